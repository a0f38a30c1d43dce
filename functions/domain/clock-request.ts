/** The policy's clocks (OB 646): each fires once per case on a calendar date. */
export type ClockPurpose = 'promotion-expiry' | 'midpoint-check-in' | 'jas-end' | 'deadline-reminder';

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
