import { personalDataScrubber } from '../../notices/scrub-personal-data.js';
import type { CaseRecord, CaseState } from '../case-record.js';
import { daysBetween } from './calendar-days.js';
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

/** A name or title from the case with the client’s and the submitter’s personal data and any contact detail removed; the sponsor’s own name stays, and other capitalized words are not taken for names. */
function scrubbedText(caseRecord: CaseRecord, text: string | undefined): string | undefined {
  if (!text?.trim()) return undefined;
  const withoutSponsor: CaseRecord = {
    ...caseRecord,
    sponsor: undefined,
    recommendation: { ...caseRecord.recommendation, sponsor: { identified: false } },
  };
  return personalDataScrubber(withoutSponsor)(text.trim(), 'place').en;
}

/** The tracking line of one case as of `today` (YYYY-MM-DD in `timeZone`). */
export function trackingRow(history: CaseHistory, today: string, timeZone: string): TrackingRow {
  const { caseRecord, events } = history;
  const timeline = caseTimeline(caseRecord, events, timeZone);
  const { recommendation } = caseRecord;
  const sponsorName =
    caseRecord.sponsor?.name ?? (recommendation.sponsor.identified ? recommendation.sponsor.name : undefined);
  return {
    caseId: caseRecord.caseId,
    uci: recommendation.client.uci,
    office: recommendation.localOffice,
    caseType: recommendation.caseType,
    specialProgram: scrubbedText(caseRecord, recommendation.specialProgram),
    state: caseRecord.state,
    daysInState: Math.max(0, daysBetween(timeline.stateSince, today)),
    arrival: recommendation.client.arrivalDate,
    flags: {
      late: caseRecord.flags.includes('late'),
      promotionExpired: timeline.promotionOutcome === 'expired',
      concernRaised: timeline.concerns.length > 0,
      endedEarly: timeline.endReason === 'mutual_agreement',
    },
    timeline,
    sponsorGroup: scrubbedText(caseRecord, sponsorName),
    gcmsTasks: gcmsChecklist(timeline),
    nextDeadline: nextDeadline(caseRecord, timeline, today),
  };
}
