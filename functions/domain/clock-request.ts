/**
 * The policy's clocks (OB 646): each fires once per case on a calendar date. When each runs and
 * what it does are in case-clocks.ts; the clock-due handler accepts exactly these.
 */
export const CLOCK_PURPOSES = ['promotion-expiry', 'midpoint-check-in', 'jas-end', 'deadline-reminder'] as const;

export type ClockPurpose = (typeof CLOCK_PURPOSES)[number];

/** Start a clock that fires on `dueOn`, or cancel one that is no longer needed. */
export type ClockRequest =
  | { readonly action: 'start'; readonly purpose: ClockPurpose; readonly dueOn: string }
  | { readonly action: 'cancel'; readonly purpose: ClockPurpose };

/** What a running clock hands back to the pipeline when its date comes. */
export interface ClockDue {
  readonly caseId: string;
  readonly purpose: ClockPurpose;
  /** The calendar date it was set for (YYYY-MM-DD): the date the check is made as of. */
  readonly dueOn: string;
}
