import { MB } from '../bench-plan.js';
import type { BenchFigures } from '../run-bench.js';
import { atLeast, atMost, format, info, type TableRow } from './table-row.js';

/** Issue 7's targets on the 2-core development machine. */
export const TARGETS = {
  endToEndP50Ms: 150,
  endToEndP99Ms: 500,
  sustainedPerSecond: 50,
  handlerOverFloor: 0.3,
  formReaderRatio: 1,
  peakMemory: (messageBytes: number) => 3 * messageBytes + 100 * MB,
  bundleBytes: 1.5 * MB,
  coldStartMs: 250,
} as const;

const pdfs = (count: number) => (count === 1 ? '1 PDF' : `${count} PDFs`);
const withNote = (row: TableRow, note: string): TableRow => ({ ...row, note });

/** Every figure of the run as table rows, each beside its target where the issue sets one. */
export function tableRows(figures: BenchFigures): TableRow[] {
  const rows: TableRow[] = [];
  const ingest = 'Ingest through the local stack (SMTP accepted → case written → acknowledgement in the outbox)';
  for (const set of figures.ingest?.sets ?? []) {
    for (const run of set.runs) {
      const label = `${pdfs(set.pdfsPerMessage)}, c${run.concurrency}`;
      // The issue's latency and rate targets are for 1-PDF messages; 5-PDF figures are shown for scale.
      const targeted = set.pdfsPerMessage === 1;
      rows.push(
        targeted
          ? atMost(ingest, `${label} p50`, run.p50, TARGETS.endToEndP50Ms, 'ms')
          : info(ingest, `${label} p50`, run.p50, 'ms'),
      );
      rows.push(info(ingest, `${label} p95`, run.p95, 'ms'));
      rows.push(
        targeted
          ? atMost(ingest, `${label} p99`, run.p99, TARGETS.endToEndP99Ms, 'ms')
          : info(ingest, `${label} p99`, run.p99, 'ms'),
      );
      const rate = targeted
        ? atLeast(ingest, `${label} sustained`, run.perSecond, TARGETS.sustainedPerSecond, 'perSecond')
        : info(ingest, `${label} sustained`, run.perSecond, 'perSecond');
      rows.push(
        withNote(
          rate,
          `${run.count} messages; SMTP accepted at p50 ${format(run.smtpAcceptedP50, 'ms')}; stack process CPU ${format(run.stackCpuMsPerMessage, 'ms')} per message${run.failures > 0 ? `; ${run.failures} failed` : ''}`,
        ),
      );
    }
  }
  if (figures.ingest)
    rows.push(
      info(
        ingest,
        'acknowledgements in the outbox',
        `${figures.ingest.acknowledgementsInOutbox} / ${figures.ingest.acknowledgementsExpected}`,
      ),
    );

  const handler = 'The handler alone (S3 event → outcome, stand-ins in the same process)';
  for (const result of figures.handlerAlone ?? []) {
    for (const run of result.runs) {
      const label = `${pdfs(result.pdfsPerMessage)}, c${run.concurrency}`;
      rows.push(info(handler, `${label} p50`, run.p50, 'ms'));
      rows.push(info(handler, `${label} p95`, run.p95, 'ms'));
      rows.push(info(handler, `${label} p99`, run.p99, 'ms'));
      rows.push(
        withNote(
          info(handler, `${label} sustained`, run.perSecond, 'perSecond'),
          `${run.count} messages; process CPU ${format(run.cpuMsPerMessage, 'ms')} per message${run.failures > 0 ? `; ${run.failures} failed` : ''}`,
        ),
      );
    }
    const shares = Object.entries(result.shares)
      .filter(([, share]) => share.ms > 0)
      .sort((a, b) => b[1].share - a[1].share)
      .map(
        ([stage, share]) =>
          `${stage} ${format(share.share, 'percent')}${share.callsPerMessage > 0 ? ` (${share.callsPerMessage.toFixed(1)} calls × ${format(share.ms / share.callsPerMessage / (result.runs[0]?.count ?? 1), 'ms')})` : ''}`,
      );
    rows.push(
      withNote(info(handler, `${pdfs(result.pdfsPerMessage)} share of time, c1`, shares[0] ?? ''), shares.join(' · ')),
    );
    const floor = figures.floors?.find((entry) => entry.pdfsPerMessage === result.pdfsPerMessage);
    const handlerP50 = result.runs[0]?.p50;
    if (floor && handlerP50 !== undefined) {
      const over = atMost(
        handler,
        `${pdfs(result.pdfsPerMessage)} over the floor`,
        handlerP50 / floor.floorP50Ms - 1,
        TARGETS.handlerOverFloor,
        'percent',
      );
      rows.push(
        withNote(
          over,
          `handler p50 ${format(handlerP50, 'ms')} vs floor p50 ${format(floor.floorP50Ms, 'ms')} (MIME parse + PDF load, no I/O)`,
        ),
      );
    }
  }

  const peers = 'Peers on the same bytes (ratio = project ÷ peer; below 1 the project is faster)';
  for (const pair of figures.formReaders?.pairs ?? []) {
    const counts = figures.formReaders?.fieldCounts[pair.subject.split(' ')[0]!];
    const row = atMost(
      peers,
      `form reader ÷ pdfjs-dist, ${pair.subject}`,
      pair.ratio,
      TARGETS.formReaderRatio,
      'ratio',
    );
    rows.push(
      withNote(
        row,
        `${format(pair.projectMs, 'ms')} vs ${format(pair.peerMs, 'ms')}${counts ? `; fields found ${counts.project} vs ${counts.pdfjs}` : ''}`,
      ),
    );
  }
  for (const pair of figures.mimeParsers ?? []) {
    rows.push(
      withNote(
        info(peers, `mailparser ÷ postal-mime, ${pair.subject}`, pair.ratio, 'ratio'),
        `${format(pair.projectMs, 'ms')} vs ${format(pair.peerMs, 'ms')}`,
      ),
    );
  }

  const memory = 'Peak memory (RSS), one message, each in a fresh process';
  for (const entry of figures.memory ?? []) {
    const row = atMost(
      memory,
      `${entry.mb} MB message`,
      entry.peakRssBytes,
      TARGETS.peakMemory(entry.messageBytes),
      'mb',
    );
    rows.push(
      withNote(
        row,
        `${entry.ran}; ${format(entry.rssAfterImportBytes, 'mb')} after import; after the event: heap ${format(entry.afterEvent.heapUsed, 'mb')}, buffers ${format(entry.afterEvent.arrayBuffers, 'mb')}; handled in ${format(entry.handleMs, 'ms')}`,
      ),
    );
  }
  const [smallest, largest] = [figures.memory?.[0], figures.memory?.at(-1)];
  if (smallest && largest && largest !== smallest) {
    const slope = (largest.peakRssBytes - smallest.peakRssBytes) / (largest.messageBytes - smallest.messageBytes);
    rows.push(
      withNote(
        info(memory, 'growth per byte of message', `${slope.toFixed(2)}×`),
        `from ${smallest.mb} MB to ${largest.mb} MB: the target allows 3×`,
      ),
    );
  }

  const bundles = 'Bundles as synthesized, and cold start (fresh Node process: import + one event)';
  for (const bundle of figures.bundles ?? []) {
    const size = atMost(bundles, `${bundle.logicalId} index.mjs`, bundle.bytes, TARGETS.bundleBytes, 'mb');
    rows.push(
      withNote(
        size,
        `largest parts: ${bundle.topPackages
          .slice(0, 6)
          .map((entry) => `${entry.name} ${format(entry.bytes, 'mb')}`)
          .join(', ')}; source map ${format(bundle.sourceMapBytes, 'mb')} beside it`,
      ),
    );
    for (const start of bundle.coldStarts) {
      const how = start.nodeOptions ? 'as deployed' : 'no NODE_OPTIONS';
      const parts = `median of ${start.runs}${start.nodeOptions ? ` with ${start.nodeOptions}` : ''}: import ${format(start.importMs, 'ms')}${start.firstEventMs === undefined ? ' (no event: import only)' : ` + first event ${format(start.firstEventMs, 'ms')}`}; Node's own boot ${format(start.nodeBootMs, 'ms')} before`;
      rows.push(
        withNote(
          atMost(bundles, `${bundle.logicalId} cold start, ${how}`, start.coldStartMs, TARGETS.coldStartMs, 'ms'),
          parts,
        ),
      );
    }
  }
  return rows;
}
