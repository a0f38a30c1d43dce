/**
 * How long one execution of the case-clocks state machine may wait. A Standard execution lives at
 * most one year, and the JAS end is up to 24 months away: an execution waits at most
 * `MAX_WAIT_DAYS` (about 11 months), then hands the same clock to a continuation execution, which
 * plans again. 330 days leaves a month of the year for the task's retries after the wake-up.
 */
export const MAX_WAIT_DAYS = 330;

/** Legs a clock can need: the longest policy clock (24 months, ~731 days) spans three waits of 330 days. */
export const MAX_CLOCK_LEGS = 3;

const DAY_MS = 24 * 60 * 60 * 1000;

/** What an execution waits for: the clock's own instant, or the hop after which a continuation takes over. */
export interface ClockWait {
  /** The instant the execution wakes up (ISO 8601, UTC). */
  readonly wakeAt: string;
  /** The name of the continuation execution to start at `wakeAt`, or null when the clock is due then. */
  readonly continueAs: string | null;
}

/**
 * Plans one execution's wait from its own start time (never the wall clock, so a retried task and
 * the local interpreter's simulated clock plan the same). A clock due within `MAX_WAIT_DAYS` waits
 * for its instant; a later one waits `MAX_WAIT_DAYS` and continues as `<name>-2`, `<name>-3`, ….
 */
export function planClockWait(request: {
  readonly dueAt: string;
  readonly startedAt: string;
  readonly executionName: string;
}): ClockWait {
  const due = Date.parse(request.dueAt);
  const hop = Date.parse(request.startedAt) + MAX_WAIT_DAYS * DAY_MS;
  if (Number.isNaN(due) || Number.isNaN(hop))
    throw new RangeError(`Not an instant: dueAt ${request.dueAt}, startedAt ${request.startedAt}`);
  if (due <= hop) return { wakeAt: new Date(due).toISOString(), continueAs: null };
  return { wakeAt: new Date(hop).toISOString(), continueAs: continuationName(request.executionName) };
}

/** `JAS-…-jas-end` → `JAS-…-jas-end-2` → `JAS-…-jas-end-3`: unique per leg, so a retried start is refused as a duplicate. */
export function continuationName(executionName: string): string {
  const leg = /^(.*)-(\d+)$/.exec(executionName);
  return leg ? `${leg[1]}-${Number(leg[2]) + 1}` : `${executionName}-2`;
}
