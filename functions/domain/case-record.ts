import type { JasCaseProfile } from '../../forms/jas-case-profile/schema.js';
import type { JasRecommendation } from '../../forms/jas-recommendation/schema.js';
import type { CaseSponsor } from './case-sponsor.js';
import type { ClockRequest } from './clock-request.js';
import type { CaseNoticeEffect } from './notice-effect.js';

/** The case file as the pipeline keeps it. Dates are ISO strings; calendar dates are YYYY-MM-DD. */

/** DESIGN.md's states; the workflow issue fills in the later ones' transitions. */
export type CaseState =
  | 'received'
  | 'local_review'
  | 'info_requested'
  | 'recommended_to_in'
  | 'designated'
  | 'declined'
  | 'promotion'
  | 'sponsor_found'
  | 'undertaking_submitted'
  | 'undertaking_approved'
  | 'case_conference'
  | 'active'
  | 'ended';

export interface CaseRecord {
  readonly caseId: string;
  readonly state: CaseState;
  /** The content of the latest valid JAS In-Canada Recommendation Form: client, office, needs. */
  readonly recommendation: JasRecommendation;
  readonly sponsor?: CaseSponsor;
  /** An officer recommended; the recommendation goes to IN once a supervisor concurs. */
  readonly concurrencePendingFrom?: string;
  /**
   * Promotion to sponsors (steps 4–5): at most 4 calendar months. ROC-O approves the profile before
   * RSTP promotes the case (`profileApprovedOn`), as drafted or as it corrected it (`correctedProfile`).
   */
  readonly promotion?: {
    readonly startedOn: string;
    readonly endsBy: string;
    readonly profileApprovedOn?: string;
    readonly correctedProfile?: ProfileFacts;
  };
  /** The sponsor's forms received so far (step 6), by form id → document id. */
  readonly undertakingForms?: Readonly<Partial<Record<SponsorFormId, string>>>;
  /** The JAS period: 24 months from arrival, check-in at 12 (steps 10–11). */
  readonly jasPeriod?: { readonly startsOn: string; readonly midpointOn: string; readonly endsOn: string };
  readonly ended?: { readonly on: string; readonly reason: CaseEndReason };
  /** Step 6: IMM 5494 "if required"; required unless ROC-O waives it. */
  readonly settlementPlanRequired?: boolean;
  /** "JAS duration": an early end needs the sponsor's and the refugee's agreement, recorded here. */
  readonly endAgreement?: {
    readonly sponsor?: { readonly by: string; readonly on: string };
    readonly client?: { readonly by: string; readonly on: string };
  };
  /** Step 2: what the officer and the supervisor wrote when recommending; IN reads it with the form. */
  readonly recommendationNotes?: readonly { readonly by: string; readonly text: string }[];
  /**
   * The last messages that changed the case, written in the same conditional put as the change: a
   * redelivered message finds its change here and only finishes what it started (events, notices).
   */
  readonly recentChanges?: readonly CaseChange[];
  /** Conditions an officer must see, e.g. `late` (received more than 8 months after arrival). */
  readonly flags: readonly string[];
  /** The key of the message that opened the case. */
  readonly createdBy: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Optimistic-concurrency counter: every write states the version it read. */
  readonly version: number;
}

/** Why a case ended: its 24 months, the mutual agreement, or the client put on the RAP instead (BVOR breakdown). */
export type CaseEndReason = 'period_completed' | 'mutual_agreement' | 'placed_on_rap';

/** One message's change to a case: what was recorded and what must be sent. */
export interface CaseChange {
  /** The message (or clock) that made the change. */
  readonly messageKey: string;
  readonly events: readonly { readonly type: string; readonly summary: string }[];
  readonly effects: readonly CaseNoticeEffect[];
  readonly clocks?: readonly ClockRequest[];
}

export type SponsorFormId = 'imm1324' | 'imm5492' | 'imm5494';

/** A case profile's lines as ROC-O sent them on the profile form, checked to hold no personal data. */
export type ProfileFacts = NonNullable<JasCaseProfile['profile']>;

export interface CaseDocument {
  readonly caseId: string;
  readonly documentId: string;
  readonly formId: string;
  readonly formVersion: string;
  readonly fileName: string;
  readonly objectKey: string;
  readonly messageKey: string;
  readonly receivedAt: string;
}

/** Who did something to a case: the address, and the capacity the directory or the case gives it. */
export interface Actor {
  readonly address: string;
  /** e.g. `spo`, `sponsor`, `TORONTO officer`, `rocO officer`, `pipeline`, `unknown`. */
  readonly role: string;
}

export interface CaseEvent {
  readonly caseId: string;
  /** Deterministic per message and step, so a redelivered event is written once. */
  readonly eventId: string;
  readonly at: string;
  readonly type: string;
  readonly actor: Actor;
  readonly messageKey?: string;
  readonly summary: string;
}

/**
 * `routed`: passed on to the office that handles it (urgent protection cases); `held`: one
 * fragment of a split message, kept until the others arrive (the last one's outcome is the message's);
 * `duplicate`: a copy of a message already applied to the case (same Message-ID or DKIM
 * signature), which applied and sent nothing.
 */
export type MessageOutcomeKind = 'case_updated' | 'rejected' | 'quarantined' | 'routed' | 'held' | 'duplicate';

/** Exactly one per stored message: what became of it. */
export interface MessageOutcome {
  readonly messageKey: string;
  readonly outcome: MessageOutcomeKind;
  readonly caseIds: readonly string[];
  /** Stable code of why it was rejected or quarantined. */
  readonly reasonCode?: string;
  /** Operator-facing reason; names fields and limits, never personal values. */
  readonly reason?: string;
  readonly formsFound: readonly { readonly formId: string; readonly version: string; readonly valid: boolean }[];
  readonly problems: readonly { readonly field: string; readonly code: string; readonly message: string }[];
  readonly noticesSent: readonly { readonly purpose: string; readonly to: string }[];
  /** Urgent protection: ROC-O responds within one day (seed 002). */
  readonly respondBy?: string;
  readonly at: string;
}
