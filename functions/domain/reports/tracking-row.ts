import { LATE_FLAG, LATE_NOT_CONSIDERED_FLAG } from '../../../forms/jas-recommendation/rules.js';
import { daysBetween } from '../../../kernel/policy-calendar.js';
import type { CaseRecord, CaseState } from '../case-record.js';
import type { CaseHistory } from './case-history.js';
import { type CaseTimeline, caseTimeline } from './case-timeline.js';
import { type GcmsTask, gcmsChecklist, type TaskStatus } from './gcms-tasks.js';
import { type NextDeadline, nextDeadline } from './next-deadline.js';

/**
 * One line of ROC-O's tracking spreadsheet (OB 646 step 5). It carries the UCI, codes, dates and
 * the sponsoring group, never the client's name, birth date, contact or needs.
 */
export interface TrackingRow {
  readonly caseId: string;
  readonly uci: string;
  /** The local office's code (as the recommendation form's list names it). */
  readonly office: string;
  readonly caseType: 'GAR' | 'BVOR';
  /** Free text from the form, with anything personal in it removed. */
  readonly specialProgram?: string;
  readonly state: CaseState;
  readonly daysInState: number;
  readonly arrival: string;
  readonly flags: {
    /** Received more than 8 months after arrival (GAR). */
    readonly late: boolean;
    /** Late, with neither exceptional circumstances nor a sponsor, and the office has not decided to consider it. */
    readonly lateNotConsidered: boolean;
    readonly promotionExpired: boolean;
    readonly concernRaised: boolean;
    readonly endedEarly: boolean;
  };
  readonly timeline: CaseTimeline;
  /** The sponsoring group's name once known. */
  readonly sponsorGroup?: string;
  readonly gcmsTasks: readonly { readonly task: GcmsTask; readonly status: TaskStatus }[];
  readonly nextDeadline?: NextDeadline;
}

/**
 * Removes the personal data a name or title written on the case's forms may hold (the special
 * program, the sponsoring group), keeping what names the program or the group itself.
 */
export type RedactCaseText = (caseRecord: CaseRecord, text: string) => string;

/** How a tracking line is made: as of which day, in which time zone, with which redaction. */
export interface TrackingOptions {
  /** `YYYY-MM-DD` in `timeZone`. */
  readonly today: string;
  readonly timeZone: string;
  readonly redact: RedactCaseText;
}

/** The tracking line of one case as of `options.today`. */
export function trackingRow(history: CaseHistory, options: TrackingOptions): TrackingRow {
  const { today, timeZone } = options;
  const { caseRecord, events } = history;
  const redacted = (text: string | undefined) => (text?.trim() ? options.redact(caseRecord, text.trim()) : undefined);
  const timeline = caseTimeline(caseRecord, events, timeZone);
  const { recommendation } = caseRecord;
  const sponsorName =
    caseRecord.sponsor?.name ?? (recommendation.sponsor.identified ? recommendation.sponsor.name : undefined);
  return {
    caseId: caseRecord.caseId,
    uci: recommendation.client.uci,
    office: recommendation.localOffice,
    caseType: recommendation.caseType,
    specialProgram: redacted(recommendation.specialProgram),
    state: caseRecord.state,
    daysInState: Math.max(0, daysBetween(timeline.stateSince, today)),
    arrival: recommendation.client.arrivalDate,
    flags: {
      late: caseRecord.flags.includes(LATE_FLAG),
      lateNotConsidered: caseRecord.flags.includes(LATE_NOT_CONSIDERED_FLAG),
      promotionExpired: timeline.promotionOutcome === 'expired',
      concernRaised: timeline.concerns.length > 0,
      endedEarly: timeline.endReason === 'mutual_agreement',
    },
    timeline,
    sponsorGroup: redacted(sponsorName),
    gcmsTasks: gcmsChecklist(timeline),
    nextDeadline: nextDeadline(caseRecord, timeline, today),
  };
}
