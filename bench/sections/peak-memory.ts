import { fileURLToPath } from 'node:url';
import { runHandlerChild } from '../children/run-handler-child.js';
import { functionEnvironment } from '../stand-ins/function-environment.js';
import type { BenchStack } from '../stand-ins/start-bench-stack.js';
import { storeAsSes } from '../stand-ins/store-as-ses.js';
import { checkOutcome } from './bench-handler.js';
import type { SynthesizedBundle } from './synthesized-bundles.js';

export interface PeakMemory {
  readonly mb: number;
  readonly messageBytes: number;
  readonly peakRssBytes: number;
  readonly rssAfterImportBytes: number;
  readonly afterEvent: NodeJS.MemoryUsage;
  readonly handleMs: number;
  /** What ran: the synthesized bundle as deployed, or the source under tsx when synth failed. */
  readonly ran: string;
}

const HANDLER_SOURCE = fileURLToPath(new URL('../../functions/handlers/on-inbound-email.ts', import.meta.url));

/**
 * Peak RSS of one message, each size in a fresh process so that one peak cannot hide another. The
 * bundle runs with its deployed NODE_OPTIONS, as Lambda runs it; without a bundle (synth failed)
 * the source runs under tsx, which is heavier.
 */
export async function benchPeakMemory(
  bench: BenchStack,
  bySize: readonly { mb: number; raw: Buffer }[],
  bundle: SynthesizedBundle | undefined,
): Promise<PeakMemory[]> {
  const results: PeakMemory[] = [];
  for (const { mb, raw } of bySize) {
    const event = await storeAsSes(bench, raw);
    const child = await runHandlerChild({
      modulePath: bundle?.path ?? HANDLER_SOURCE,
      event,
      env: functionEnvironment(bench, bundle?.nodeOptions),
      execArgv: bundle ? [] : ['--import', 'tsx'],
    });
    checkOutcome(child.outcome, 1);
    results.push({
      mb,
      messageBytes: raw.length,
      peakRssBytes: child.peakRssBytes,
      rssAfterImportBytes: child.rssAfterImportBytes,
      afterEvent: child.memoryAfterEvent,
      handleMs: child.handleMs ?? Number.NaN,
      ran: bundle ? `bundle ${bundle.nodeOptions ?? ''}`.trim() : 'source under tsx',
    });
  }
  return results;
}
