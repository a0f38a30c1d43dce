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
  readonly uci: string;
  readonly state: CaseState;
  readonly caseType: 'GAR' | 'BVOR';
  readonly clientName: string;
  readonly arrivalDate: string;
  readonly preferredLanguage: 'en' | 'fr';
  readonly localOffice: string;
  readonly specialProgram?: string;
  readonly sponsorIdentified: boolean;
  readonly submitter: { readonly organization: string; readonly email: string };
  /** Conditions an officer must see, e.g. `late` (received more than 8 months after arrival). */
  readonly flags: readonly string[];
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Optimistic-concurrency counter: every write states the version it read. */
  readonly version: number;
}

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

export interface Actor {
  readonly address: string;
  readonly role: 'sender' | 'pipeline' | 'officer';
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

export type MessageOutcomeKind = 'case_updated' | 'rejected' | 'quarantined';

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
  readonly at: string;
}
