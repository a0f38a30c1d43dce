import type { TableRow } from './table-row.js';

/** The figures as an aligned table, one section after another; notes go on the line below. */
export function printTable(rows: readonly TableRow[]): string {
  const width = (pick: (row: TableRow) => string | undefined) =>
    Math.max(0, ...rows.map((row) => pick(row)?.length ?? 0));
  const widths = {
    figure: width((row) => row.figure),
    value: width((row) => row.value),
    target: width((row) => row.target),
  };
  const lines: string[] = [];
  let section = '';
  for (const row of rows) {
    if (row.section !== section) {
      section = row.section;
      lines.push('', `── ${section}`);
    }
    lines.push(
      `  ${row.figure.padEnd(widths.figure)}  ${row.value.padStart(widths.value)}  ${(row.target ?? '').padEnd(widths.target)}  ${row.verdict ?? ''}`.trimEnd(),
    );
    if (row.note) lines.push(`  ${''.padEnd(widths.figure)}  ↳ ${row.note}`);
  }
  return lines.join('\n');
}
