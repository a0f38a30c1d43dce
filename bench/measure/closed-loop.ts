import { type LatencySummary, summarize } from './latency-summary.js';

export interface LoadResult extends LatencySummary {
  readonly concurrency: number;
  readonly wallMs: number;
  /** Messages completed per second of wall time: with a closed loop, the sustained rate at that concurrency. */
  readonly perSecond: number;
  readonly failures: number;
}

/**
 * Runs `send` over every item with `concurrency` senders, each starting its next item when the
 * previous one finished (a closed loop, like offices that send the next mail when the last went).
 * `send` returns the item's latency in milliseconds; a thrown error counts as a failure.
 */
export async function runClosedLoop<T>(
  items: readonly T[],
  concurrency: number,
  send: (item: T) => Promise<number>,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let next = 0;
  let failures = 0;
  const started = performance.now();
  const sender = async () => {
    while (next < items.length) {
      const item = items[next++]!;
      try {
        latencies.push(await send(item));
      } catch {
        failures += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, sender));
  const wallMs = performance.now() - started;
  return { ...summarize(latencies), concurrency, wallMs, perSecond: (latencies.length / wallMs) * 1000, failures };
}
