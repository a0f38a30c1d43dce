import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { synthesizeClocksMachine } from '../bin/local-stack/synthesized-clocks-machine.js';
import { todayIn } from '../kernel/policy-calendar.js';
import type { BenchFigures } from './bench-figures.js';
import { BENCH_PLAN } from './bench-plan.js';
import { createBenchMessages } from './inputs/bench-messages.js';
import { bundleFiles } from './measure/bundle-files.js';
import { bytesByPackage } from './measure/bytes-by-package.js';
import type { CallsPerMessage } from './measure/calls-per-message.js';
import { clockTransitions } from './measure/clock-transitions.js';
import { within } from './measure/within.js';
import { costPerThousand } from './report/cost-per-thousand.js';
import { describeMachine } from './report/machine.js';
import { printTable } from './report/print-table.js';
import { tableRows } from './report/table-rows.js';
import { benchColdStart } from './sections/cold-start.js';
import { benchHandlerAlone, type HandlerAloneResult } from './sections/handler-alone.js';
import { benchIngestThroughStack } from './sections/ingest-through-stack.js';
import { benchOfficerAction } from './sections/officer-action.js';
import { benchPeakMemory } from './sections/peak-memory.js';
import { benchFloor, benchFormReaders, benchMimeParsers } from './sections/peers.js';
import { synthesizeBundles } from './sections/synthesized-bundles.js';
import { startBenchStack } from './stand-ins/start-bench-stack.js';

const progress = (text: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${text}\n`);

async function section<T>(name: string, figures: BenchFigures, work: () => Promise<T>): Promise<T | undefined> {
  progress(`${name}…`);
  try {
    return await within(BENCH_PLAN.sectionTimeoutMs, name, work());
  } catch (error) {
    figures.errors[name] = error instanceof Error ? error.message : String(error);
    progress(`${name} failed: ${figures.errors[name]}`);
    return undefined;
  }
}

const started = performance.now();
const loadAverageAtStart = loadavg().map((load) => Number(load.toFixed(2)));
const today = todayIn('America/Toronto');
const figures: BenchFigures = { errors: {} };
progress(`inputs (seed ${BENCH_PLAN.seed}, forms dated ${today})…`);
const messages = await createBenchMessages(today);
const sets = [messages.onePdf, messages.fivePdf];

figures.ingest = await section('ingest through the local stack', figures, () => benchIngestThroughStack(sets));

const bench = await startBenchStack();
const synthDir = mkdtempSync(join(tmpdir(), 'jas-bench-synth-'));
try {
  figures.handlerAlone = await section('the handler alone', figures, async () => {
    const results: HandlerAloneResult[] = [];
    for (const set of sets) results.push(await benchHandlerAlone(bench, set));
    return results;
  });
  figures.officerAction = await section('an officer’s action', figures, () =>
    benchOfficerAction(bench, messages.officerActionCases),
  );
  figures.floors = await section('the floor (reading the message and its forms, no I/O)', figures, async () => {
    const floors = [];
    for (const set of sets)
      floors.push({ pdfsPerMessage: set.pdfsPerMessage, floorP50Ms: await benchFloor(set.warmUp, set.concurrency1) });
    return floors;
  });
  figures.formReaders = await section('form reader vs pdfjs-dist', figures, () => benchFormReaders(today));
  figures.mimeParsers = await section('mailparser vs postal-mime', figures, () =>
    benchMimeParsers([
      { label: '1 PDF', raw: messages.onePdf.concurrency1[0]! },
      { label: '5 PDFs', raw: messages.fivePdf.concurrency1[0]! },
      ...messages.bySize.filter(({ mb }) => mb === 10).map(({ mb, raw }) => ({ label: `${mb} MB message`, raw })),
    ]),
  );
  const bundles = await section('cdk synth', figures, () => synthesizeBundles(synthDir));
  const inbound = bundles?.find((bundle) => bundle.logicalId.includes('Inbound'));
  if (bundles) {
    figures.bundles = [];
    for (const bundle of bundles) {
      const coldStartMessages =
        bundle === inbound ? messages.coldStart : Array.from<undefined>({ length: BENCH_PLAN.coldStartRuns * 2 });
      const coldStarts = await section(`cold start of ${bundle.logicalId}`, figures, async () => {
        // As deployed (the function's NODE_OPTIONS, source maps on), then without, to show what they cost.
        const deployed = await benchColdStart(bench, bundle, coldStartMessages.slice(0, BENCH_PLAN.coldStartRuns), {
          nodeOptions: bundle.nodeOptions ?? '',
        });
        if (!bundle.nodeOptions) return [deployed];
        return [
          deployed,
          await benchColdStart(bench, bundle, coldStartMessages.slice(BENCH_PLAN.coldStartRuns), { nodeOptions: '' }),
        ];
      });
      // Bytes by package over everything a cold start loads, each file through its own source map.
      const byPackage = new Map<string, number>();
      for (const file of bundleFiles(bundle.path).atStart) {
        const sourceMap = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { sources: string[]; mappings: string };
        for (const [name, bytes] of bytesByPackage(readFileSync(file, 'utf8'), sourceMap))
          byPackage.set(name, (byPackage.get(name) ?? 0) + bytes);
      }
      const topPackages = [...byPackage]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 8)
        .map(([name, bytes]) => ({ name, bytes }));
      figures.bundles.push({ ...bundle, topPackages, coldStarts: coldStarts ?? [] });
    }
  }
  figures.memory = await section('peak memory per message size', figures, () =>
    benchPeakMemory(bench, messages.bySize, inbound),
  );
  figures.cost = await section('cost per 1,000 messages', figures, async () => {
    if (!inbound) throw new Error('no synthesized inbound function to read its memory and architecture from');
    const transitionsPerClock = clockTransitions(synthesizeClocksMachine(bench.config.region).definition);
    const oneForm = figures.handlerAlone?.find((result) => result.pdfsPerMessage === 1);
    const costOf = (handlerMs: number, calls: CallsPerMessage) =>
      costPerThousand({
        handlerMs,
        memoryMb: inbound.memoryMb,
        architecture: inbound.architecture,
        calls,
        transitionsPerClock,
      });
    return {
      ...(oneForm?.runs[0] ? { newCase: costOf(oneForm.runs[0].mean, oneForm.serviceCalls) } : {}),
      ...(figures.officerAction
        ? { officerAction: costOf(figures.officerAction.latency.mean, figures.officerAction.serviceCalls) }
        : {}),
    };
  });
} finally {
  await bench.stop();
  rmSync(synthDir, { recursive: true, force: true });
}

const rows = tableRows(figures);
console.log(printTable(rows));
const failed = Object.entries(figures.errors);
if (failed.length > 0)
  console.log(`\nSections that failed:\n${failed.map(([name, reason]) => `  ${name}: ${reason}`).join('\n')}`);
const results = {
  date: new Date().toISOString(),
  machine: describeMachine(),
  loadAverageAtStart,
  seed: BENCH_PLAN.seed,
  plan: BENCH_PLAN,
  durationS: Math.round((performance.now() - started) / 1000),
  table: rows,
  figures,
};
writeFileSync(fileURLToPath(new URL('./results.json', import.meta.url)), `${JSON.stringify(results, null, 2)}\n`);
console.log(
  `\n${rows.filter((row) => row.met === false).length} of ${rows.filter((row) => row.met !== undefined).length} targets missed · ${results.durationS} s · load average ${loadAverageAtStart.join(' ')} at start, ${results.machine.loadAverage.join(' ')} at end on ${results.machine.cores} cores · bench/results.json`,
);
// The stand-ins' sockets and timers may linger after stop(); the figures are written, so end here.
process.exit(0);
