import { todayIn } from '../../../kernel/policy-calendar.js';
import type { CaseEndReason, CaseEvent, CaseRecord, CaseState } from '../case-record.js';

/**
 * The date of every OB 646 step a case has reached, as calendar dates (YYYY-MM-DD) in the case's
 * time zone, read from its audit trail and record. A step not reached is absent.
 */
export interface CaseTimeline {
  /** Step 1: the recommendation form arrived. */
  readonly received: string;
  /** Step 2: an officer recommended (a supervisor's own recommendation carries its concurrence). */
  readonly recommended?: string;
  /** Step 2: a supervisor or manager concurred. */
  readonly concurrence?: string;
  /** Step 2: the recommendation went to IN (the pipeline sends it when the supervisor concurs). */
  readonly sentToIn?: string;
  /** Step 3: IN's decision. */
  readonly designated?: string;
  readonly declined?: string;
  /** Steps 4–5: promotion to sponsors. */
  readonly promotionStart?: string;
  /** The day promotion stopped: a sponsor was found, or the 4 months ran out. */
  readonly promotionEnd?: string;
  readonly promotionOutcome?: 'running' | 'sponsor_found' | 'expired';
  /** Step 5: ROC-O approved (or corrected) the profile, and RSTP was told to start. */
  readonly profileApproved?: string;
  /** Step 5 (or at designation when a sponsor was already identified or a BVOR sponsor continues). */
  readonly sponsorFound?: string;
  /** Step 6: IMM 1324, IMM 5492 and IMM 5494 all in. */
  readonly undertakingReceived?: string;
  /** Step 7. */
  readonly undertakingApproved?: string;
  /** Step 9: the roles and responsibilities checklist arrived. */
  readonly caseConference?: string;
  /** Step 10: the office confirmed the checklist; the JAS runs. */
  readonly jasActive?: string;
  /** The JAS period: 24 months from arrival, check-in at 12 (OB 646, "JAS duration"). */
  readonly jasStart?: string;
  readonly midpoint?: string;
  readonly jasEndPlanned?: string;
  /** Step 11: the mid-point check-in went to the sponsor. */
  readonly midpointCheckIn?: string;
  readonly ended?: string;
  readonly endReason?: CaseEndReason;
  /** ROC-O recorded its GCMS work done (`GCMS DONE`): after designation (the step-5 note), after the undertaking's approval (step 7). */
  readonly gcmsNoteDone?: string;
  readonly gcmsStep7Done?: string;
  /** Concerns reported to IN, one date each. */
  readonly concerns: readonly string[];
  /** The day the case entered the state it is in. */
  readonly stateSince: string;
}

/** The state each audit event moves a case into; events that change no state are absent. */
const STATE_ENTERED: Readonly<Record<string, CaseState>> = {
  recommendation_received: 'received',
  info_requested: 'info_requested',
  info_received: 'local_review',
  recommended_to_in: 'recommended_to_in',
  designated: 'designated',
  declined: 'declined',
  promotion_started: 'promotion',
  promotion_expired: 'designated',
  sponsor_found: 'sponsor_found',
  undertaking_submitted: 'undertaking_submitted',
  undertaking_approved: 'undertaking_approved',
  case_conference: 'case_conference',
  jas_active: 'active',
  ended: 'ended',
};

/**
 * Reads a case's step dates from its audit trail (events in the order they happened) and its
 * record (the policy's own dates: promotion end, JAS period, end). Events are dated in `timeZone`.
 */
export function caseTimeline(caseRecord: CaseRecord, events: readonly CaseEvent[], timeZone: string): CaseTimeline {
  const dated = events.map((event) => ({ type: event.type, on: todayIn(timeZone, new Date(event.at)) }));
  const first = (type: string) => dated.find((event) => event.type === type)?.on;
  const last = (type: string) => dated.findLast((event) => event.type === type)?.on;

  const sentToIn = first('recommended_to_in');
  const promotionStart = caseRecord.promotion?.startedOn ?? first('promotion_started');
  const sponsorFound = first('sponsor_found');
  const expired = first('promotion_expired') !== undefined || caseRecord.flags.includes('promotion_expired');
  const promotionEnd = promotionStart
    ? expired
      ? caseRecord.promotion?.endsBy
      : sponsorFound !== undefined && sponsorFound >= promotionStart
        ? sponsorFound
        : undefined
    : undefined;
  // Recorded after a step, in the trail's order: the same day can hold the step and the record of earlier work.
  const doneAfter = (step: string) => {
    const at = dated.findIndex((event) => event.type === step);
    return at < 0 ? undefined : dated.slice(at + 1).find((event) => event.type === 'gcms_tasks_done')?.on;
  };
  const stateEvents = dated.filter((event) => STATE_ENTERED[event.type] === caseRecord.state);

  return {
    received: first('recommendation_received') ?? todayIn(timeZone, new Date(caseRecord.createdAt)),
    recommended: first('recommended_pending_concurrence') ?? sentToIn,
    concurrence: sentToIn,
    sentToIn,
    designated: first('designated'),
    declined: first('declined'),
    promotionStart,
    promotionEnd,
    promotionOutcome: promotionStart ? (expired ? 'expired' : promotionEnd ? 'sponsor_found' : 'running') : undefined,
    profileApproved: caseRecord.promotion?.profileApprovedOn,
    sponsorFound,
    undertakingReceived: first('undertaking_submitted'),
    undertakingApproved: first('undertaking_approved'),
    caseConference: first('case_conference'),
    jasActive: first('jas_active'),
    jasStart: caseRecord.jasPeriod?.startsOn,
    midpoint: caseRecord.jasPeriod?.midpointOn,
    jasEndPlanned: caseRecord.jasPeriod?.endsOn,
    midpointCheckIn: first('midpoint_check_in'),
    ended: caseRecord.ended?.on ?? last('ended'),
    endReason: caseRecord.ended?.reason,
    gcmsNoteDone: doneAfter('designated'),
    gcmsStep7Done: doneAfter('undertaking_approved'),
    concerns: dated.filter((event) => event.type === 'concern_reported').map((event) => event.on),
    stateSince: stateEvents.at(-1)?.on ?? todayIn(timeZone, new Date(caseRecord.updatedAt)),
  };
}
