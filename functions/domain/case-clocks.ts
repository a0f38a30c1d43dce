import { addCalendarDays, recommendationDeadline, todayIn } from '../../kernel/policy-calendar.js';
import type { CaseRecord, CaseState } from './case-record.js';
import { caseTimeZone } from './case-time-zone.js';
import { CLOCK_PURPOSES, type ClockDue, type ClockPurpose, type ClockRequest } from './clock-request.js';
import type { ChangeDecision } from './workflow/change-decision.js';

/** What the clocks depend on beyond the case: the reminder's lead time, and the zone days are counted in. */
export interface ClockSettings {
  /** How many days before the step-1 deadline an SPO still owing information is reminded. */
  readonly deadlineReminderDays: number;
  /** The deployment's time zone: a case's dates are its office's (see `caseTimeZone`). */
  readonly timeZone: string;
}

/** The types of the events already in the case's audit trail: a clock that did its work is not running. */
export type CaseHistory = ReadonlySet<string>;

interface ClockDefinition {
  /** The date the clock fires on while the case has it running; `undefined` when it is not running. */
  runningUntil(caseRecord: CaseRecord, history: CaseHistory, settings: ClockSettings): string | undefined;
  /** Why nothing happens when the clock comes due on a case that no longer has it running. */
  readonly notRunning: string;
  /** What the clock does to the case on its date (the case as it is then). */
  fire(caseRecord: CaseRecord, due: ClockDue): ChangeDecision<string>;
}

/**
 * States in which a GAR case still waits for its recommendation to go forward: the deadline
 * reminder's window. An SPO that answered an information request may be asked again while the
 * office reviews, so the reminder runs through the review, and on its date reminds only an SPO
 * that still owes information then; it stops once the office recommends.
 */
const BEFORE_RECOMMENDATION: ReadonlySet<CaseState> = new Set(['received', 'local_review', 'info_requested']);

/**
 * OB 646's clocks: when each is running and fires, and what it does then. Every clock a decision
 * starts is one of these, and re-arming (the local stack's restart) starts exactly what
 * `runningClocksOf` derives from here, so a new clock is re-armed once it has its row.
 * The periods themselves are in kernel/policy-calendar.ts.
 */
const CASE_CLOCKS: Readonly<Record<ClockPurpose, ClockDefinition>> = {
  /**
   * Step 1: a GAR case opened before its 8-month deadline, while it waits for its recommendation,
   * fires `deadlineReminderDays` before the deadline; the SPO is reminded only if it still owes
   * information then.
   */
  'deadline-reminder': {
    runningUntil(caseRecord, history, settings) {
      if (caseRecord.recommendation.caseType !== 'GAR' || !BEFORE_RECOMMENDATION.has(caseRecord.state)) return;
      if (history.has('deadline_reminder')) return;
      const remindOn = addCalendarDays(
        recommendationDeadline(caseRecord.recommendation.client.arrivalDate),
        -settings.deadlineReminderDays,
      );
      // Set only when the case was opened before the reminder's date.
      return remindOn > todayIn(caseTimeZone(caseRecord, settings.timeZone), new Date(caseRecord.createdAt))
        ? remindOn
        : undefined;
    },
    notRunning: 'nothing is waiting on the SPO',
    fire(caseRecord) {
      // Only a case still waiting on the SPO needs reminding.
      if (caseRecord.state !== 'info_requested') return { applied: false, refusal: 'nothing is waiting on the SPO' };
      const deadline = recommendationDeadline(caseRecord.recommendation.client.arrivalDate);
      return {
        applied: true,
        next: caseRecord,
        events: [{ type: 'deadline_reminder', summary: `SPO reminded of the ${deadline} deadline` }],
        effects: [{ notice: 'deadline-reminder', deadline }],
      };
    },
  },
  /**
   * Steps 4–5: started at designation, stopped by a sponsor found; at its end promotion stops. RSTP
   * is told to stop only a promotion it started: one whose profile ROC-O approved (step 5).
   */
  'promotion-expiry': {
    runningUntil: (caseRecord) => (caseRecord.state === 'promotion' ? caseRecord.promotion?.endsBy : undefined),
    notRunning: 'promotion already ended',
    fire: (caseRecord, due) => {
      const promoted = Boolean(caseRecord.promotion?.profileApprovedOn);
      return {
        applied: true,
        next: { ...caseRecord, state: 'designated', flags: [...new Set([...caseRecord.flags, 'promotion_expired'])] },
        events: [
          {
            type: 'promotion_expired',
            summary: promoted
              ? `No sponsor found in ${caseRecord.promotion?.startedOn} – ${due.dueOn}: promotion stopped`
              : `The promotion period ${caseRecord.promotion?.startedOn} – ${due.dueOn} ended before ROC-O approved the profile: the case was never promoted, RSTP not told`,
          },
        ],
        effects: [
          ...(promoted ? [{ notice: 'promotion-stop-to-rstp', reason: 'expired', on: due.dueOn } as const] : []),
          { notice: 'promotion-expired-to-office', on: due.dueOn, promoted },
        ],
      };
    },
  },
  /** Step 11: 12 months after arrival in an active JAS, the sponsor is checked in with, once. */
  'midpoint-check-in': {
    runningUntil: (caseRecord, history) =>
      caseRecord.state === 'active' && !history.has('midpoint_check_in') ? caseRecord.jasPeriod?.midpointOn : undefined,
    notRunning: 'the JAS is not running',
    fire: (caseRecord) => ({
      applied: true,
      next: caseRecord,
      events: [{ type: 'midpoint_check_in', summary: 'Mid-point check-in sent to the sponsor' }],
      effects: [{ notice: 'midpoint-check-in' }],
    }),
  },
  /** "JAS duration": 24 months after arrival an active JAS ends, unless it ended early. */
  'jas-end': {
    runningUntil: (caseRecord) => (caseRecord.state === 'active' ? caseRecord.jasPeriod?.endsOn : undefined),
    notRunning: 'the JAS already ended',
    fire: (caseRecord, due) => ({
      applied: true,
      next: { ...caseRecord, state: 'ended', ended: { on: due.dueOn, reason: 'period_completed' } },
      events: [{ type: 'ended', summary: 'The 24-month JAS period is complete' }],
      effects: [{ notice: 'jas-ended', on: due.dueOn, reason: 'period_completed' }],
    }),
  },
};

/** The clocks a case has running, with the date each fires on, derived from the case and its history. */
export function runningClocksOf(
  caseRecord: CaseRecord,
  history: CaseHistory,
  settings: ClockSettings,
): { purpose: ClockPurpose; dueOn: string }[] {
  return Object.entries(CASE_CLOCKS).flatMap(([purpose, clock]) => {
    const dueOn = clock.runningUntil(caseRecord, history, settings);
    return dueOn ? [{ purpose: purpose as ClockPurpose, dueOn }] : [];
  });
}

/**
 * What a clock does when its date comes, decided on the case as it is then: a clock the case no
 * longer has running for that date (a sponsor was found, the JAS ended early) does nothing. Dates
 * are the clock's own, never the wall clock's, so a sped-up local clock decides exactly as AWS
 * would on the day.
 */
export function decideClock(
  caseRecord: CaseRecord,
  due: ClockDue,
  history: CaseHistory,
  settings: ClockSettings,
): ChangeDecision<string> {
  const clock = CASE_CLOCKS[due.purpose];
  if (clock.runningUntil(caseRecord, history, settings) !== due.dueOn)
    return { applied: false, refusal: clock.notRunning };
  return clock.fire(caseRecord, due);
}

const NO_HISTORY: CaseHistory = new Set();

/**
 * What one change of a case does to its clocks, derived from the case before and after it by the
 * table above (each clock's `runningUntil`): a clock the change stops is cancelled, one it starts
 * is started, one it moves to another date is cancelled and started for the new date.
 * test/unit/use-cases/clocks-per-change.test.ts lists it for every change OB 646 makes.
 *
 * A change a clock's firing made cancels no clock due on or before that clock's date: that is the
 * clock itself, which ends by itself, or one that fired already. The audit history is left out:
 * whether a clock already did its work is the same on both sides of one change, and its check on
 * the day reads it.
 */
export function clockRequestsBetween(
  before: CaseRecord,
  after: CaseRecord,
  settings: ClockSettings,
  /** The date of the clock whose firing made the change, if one did. */
  firedOn?: string,
): ClockRequest[] {
  const running = (caseRecord: CaseRecord) =>
    new Map(runningClocksOf(caseRecord, NO_HISTORY, settings).map(({ purpose, dueOn }) => [purpose, dueOn]));
  const was = running(before);
  const is = running(after);
  return CLOCK_PURPOSES.flatMap((purpose): ClockRequest[] => {
    const from = was.get(purpose);
    const to = is.get(purpose);
    if (from === to) return [];
    const stop = from !== undefined && !(firedOn && from <= firedOn);
    return [
      ...(stop ? [{ action: 'cancel', purpose } as const] : []),
      ...(to ? [{ action: 'start', purpose, dueOn: to } as const] : []),
    ];
  });
}

/** Requests that start every clock the case has running: for a case just opened, and to re-arm a stack's clocks. */
export function startRunningClocks(
  caseRecord: CaseRecord,
  history: CaseHistory,
  settings: ClockSettings,
): ClockRequest[] {
  return runningClocksOf(caseRecord, history, settings).map(({ purpose, dueOn }) => ({
    action: 'start',
    purpose,
    dueOn,
  }));
}
