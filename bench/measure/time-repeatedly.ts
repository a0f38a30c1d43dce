import { median } from './latency-summary.js';

/** Median milliseconds of `work` over `runs`, after `warmUp` untimed runs (JIT, caches, lazy imports). */
export async function timeRepeatedly(
  work: () => Promise<unknown>,
  options: { warmUp: number; runs: number },
): Promise<number> {
  for (let run = 0; run < options.warmUp; run += 1) await work();
  const samples: number[] = [];
  for (let run = 0; run < options.runs; run += 1) {
    const started = performance.now();
    await work();
    samples.push(performance.now() - started);
  }
  return median(samples);
}
