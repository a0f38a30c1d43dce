/**
 * How much the bench does, in one place: enough samples for a p99 to mean something, and the
 * whole run within a few minutes on 2 cores.
 */
export const BENCH_PLAN = {
  /** Issue 7: seven, so the inputs are the same from one run to the next. */
  seed: 7,
  onePdf: { warmUp: 5, concurrency1: 40, concurrency8: 120 },
  fivePdf: { warmUp: 2, concurrency1: 12, concurrency8: 40 },
  /** Cases opened, then acted on by their officer one at a time. */
  officerActions: { warmUp: 3, runs: 20 },
  concurrency: [1, 8] as const,
  peers: { warmUp: 5, runs: 30 },
  coldStartRuns: 5,
  messageSizesMb: [1, 10, 30] as const,
  /** Every section is bounded so a stuck stand-in ends the section, not the run. */
  sectionTimeoutMs: 240_000,
} as const;

export const MB = 1024 * 1024;
