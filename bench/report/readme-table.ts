import type { TableRow } from './table-row.js';

/** What `bench/results.json` holds that the README's table is made of. */
export interface BenchResults {
  readonly date: string;
  readonly machine: {
    readonly cpuModel: string;
    readonly cores: number;
    readonly node: string;
    /** At the end of the run. */
    readonly loadAverage: readonly number[];
  };
  readonly loadAverageAtStart: readonly number[];
  readonly table: readonly TableRow[];
}

const cell = (text: string) => text.replaceAll('|', '\\|');

/**
 * The README's performance table, from a run's results: every figure that has a target, then the
 * cost rows, each with what the bench measured beside it. The "from the bench" column is the
 * row's own note, so a miss is explained by the same run's data.
 */
export function readmeTable(results: BenchResults): string {
  const day = results.date.slice(0, 10);
  const load = results.loadAverageAtStart[0]?.toFixed(1) ?? '?';
  const loadAtEnd = results.machine.loadAverage[0]?.toFixed(1) ?? '?';
  const rows = results.table.filter((row) => row.target !== undefined);
  return [
    `Figures of **${day}** (\`bench/results.json\`): ${results.machine.cores}-core ${results.machine.cpuModel}, Node ${results.machine.node.replace(/^v/, '')}, load average ${load} at the start and ${loadAtEnd} at the end (other work on the machine shares its 2 cores).`,
    '',
    '| figure | measured | target | | from the bench |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map(
      (row) =>
        `| ${cell(row.figure)} | ${cell(row.value)} | ${cell(row.target ?? '')} | ${cell(row.verdict ?? '')} | ${cell(row.note ?? '')} |`,
    ),
  ].join('\n');
}
