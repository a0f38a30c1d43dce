import { runHandlerChild } from '../children/run-handler-child.js';
import { median } from '../measure/latency-summary.js';
import { functionEnvironment } from '../stand-ins/function-environment.js';
import type { BenchStack } from '../stand-ins/start-bench-stack.js';
import { storeAsSes } from '../stand-ins/store-as-ses.js';
import { checkOutcome } from './bench-handler.js';
import type { SynthesizedBundle } from './synthesized-bundles.js';

export interface ColdStart {
  readonly nodeOptions: string;
  readonly runs: number;
  /** Median of import + first event: what Lambda bills as init and first invocation. */
  readonly coldStartMs: number;
  readonly importMs: number;
  readonly firstEventMs?: number;
  /** Node's own boot before the module, which Lambda's runtime also pays. */
  readonly nodeBootMs: number;
}

/**
 * Fresh Node processes importing the bundle and handling one event against the stand-ins, each
 * with a message of its own. Functions the bench has no event for (`undefined`) are timed on import alone.
 */
export async function benchColdStart(
  bench: BenchStack,
  bundle: SynthesizedBundle,
  messages: readonly (Buffer | undefined)[],
  options: { nodeOptions: string },
): Promise<ColdStart> {
  const figures = [];
  for (const raw of messages) {
    const event = raw ? await storeAsSes(bench, raw) : undefined;
    const child = await runHandlerChild({
      modulePath: bundle.path,
      event,
      env: functionEnvironment(bench, options.nodeOptions),
    });
    if (event) checkOutcome(child.outcome, 1);
    figures.push(child);
  }
  const firstEvents = figures.flatMap((child) => (child.handleMs === undefined ? [] : [child.handleMs]));
  return {
    nodeOptions: options.nodeOptions,
    runs: figures.length,
    coldStartMs: median(figures.map((child) => child.importMs + (child.handleMs ?? 0))),
    importMs: median(figures.map((child) => child.importMs)),
    ...(firstEvents.length > 0 ? { firstEventMs: median(firstEvents) } : {}),
    nodeBootMs: median(figures.map((child) => child.bootMs)),
  };
}
