import type { FormReceipt } from '../../forms/form-definition.js';
import type { FormReadError } from '../../forms/form-read-error.js';
import type { FormReading } from '../../forms/read-form.js';
import type { InboundMessage } from '../mime/inbound-message.js';
import type { CaseDocument, CaseEvent, CaseRecord, MessageOutcome } from './case-record.js';
import type { ClockPurpose } from './clock-request.js';
import type {
  CaseNoticeEffect,
  KeyedNotice,
  MessageNoticeEffect,
  NoticeEffect,
  OriginalMessage,
  SentNotice,
} from './notice-effect.js';
import type { ReportRequest } from './report-request.js';

/** Where raw messages live (SES stores them) and where case documents are kept. */
export interface MailStore {
  /** A message as SES stored it under `raw/`; `undefined` when no object has that key. */
  getRawMessage(messageKey: string): Promise<Uint8Array | undefined>;
  /** A link that downloads a stored message for `validForSeconds`, for a person who cannot be sent it. */
  rawMessageLink(messageKey: string, validForSeconds: number): Promise<string>;
  /** Every message stored under `raw/` within `[storedFrom, storedBefore)`, page by page. */
  listRawMessages(window: { readonly storedFrom: Date; readonly storedBefore: Date }): AsyncIterable<StoredMessage>;
  /** A document kept in a case file (`cases/<id>/documents/…`); `undefined` when no object has that key. */
  getCaseDocument(objectKey: string): Promise<Uint8Array | undefined>;
  putCaseDocument(objectKey: string, body: Uint8Array, contentType: string): Promise<void>;
}

/** A message SES stored: its key under `raw/`, and when. */
export interface StoredMessage {
  readonly messageKey: string;
  readonly storedAt: Date;
}

/** The case file. Writes are conditional: a redelivered message never writes twice. */
export interface CaseRepository {
  findMessageOutcome(messageKey: string): Promise<MessageOutcome | undefined>;
  /**
   * First outcome wins; returns the one that is recorded. `alsoWrite` lands in the same write (the
   * records of the notices the message just sent, the Message-IDs linked to its case); when another
   * attempt recorded an outcome first, it is written without the outcome, and that one is returned.
   */
  recordMessageOutcome(outcome: MessageOutcome, alsoWrite?: readonly CaseWrite[]): Promise<MessageOutcome>;
  /**
   * Gives a fragment held for the others of its split message (outcome `held`) its final outcome;
   * any other recorded outcome stays. Returns the one that is recorded.
   */
  settleHeldOutcome(outcome: MessageOutcome): Promise<MessageOutcome>;
  /** Binds a client (UCI) to a case id once; returns the case id that owns the client. */
  claimClient(uci: string, caseId: string): Promise<string>;
  /** The case id bound to a client, if any. */
  findClientCase(uci: string): Promise<string | undefined>;
  /** The case the first of `messageIds` that is bound to one belongs to. */
  findCaseByMessageIds(messageIds: readonly string[]): Promise<string | undefined>;
  getCase(caseId: string): Promise<CaseRecord | undefined>;
  /**
   * Remembers on the case that the message `messageKey` applies to it, by each of its
   * fingerprints (Message-ID, DKIM signature). Returns the key of the message that applied first
   * when one of them was already remembered under another key: this one is a copy of it.
   */
  recordAppliedMessage(
    caseId: string,
    fingerprints: readonly string[],
    messageKey: string,
  ): Promise<string | undefined>;
  /** Creates the case unless it exists; returns the stored case. */
  createCase(record: CaseRecord): Promise<CaseRecord>;
  /** Writes `next` only if the stored version is `next.version - 1`; false when someone else wrote first. */
  updateCase(next: CaseRecord): Promise<boolean>;
  addDocument(document: CaseDocument): Promise<void>;
  appendEvent(event: CaseEvent): Promise<void>;
  listCases(): Promise<CaseRecord[]>;
  listDocuments(caseId: string): Promise<CaseDocument[]>;
  listEvents(caseId: string): Promise<CaseEvent[]>;
  listMessageOutcomes(): Promise<MessageOutcome[]>;
  /** The outcomes recorded from `fromAt` to `toAt` (ISO 8601 instants, both included), oldest first. */
  listMessageOutcomesBetween(fromAt: string, toAt: string): Promise<MessageOutcome[]>;
  /**
   * Claims one notice for sending, under a lease of `leaseMs`: `claimed` when it was never claimed
   * or its last lease ended without a send (that attempt crashed, or gave it back), `held` while
   * another attempt's lease runs, `sent` once any attempt recorded it sent. A lease must outlast
   * the longest send, so that an attempt still alive is never overtaken.
   */
  claimNotice(noticeKey: string, leaseMs: number): Promise<NoticeClaim>;
  /**
   * Writes a change's items all or none (one DynamoDB transaction): the claim of a client, the
   * case created or updated (on its version), its documents, its events (appended, never
   * overwritten), the leases of its notices, the notices recorded sent, Message-ID links, a
   * message's outcome. `refused` lists the writes whose condition failed, for the caller to take
   * another way; nothing was written then.
   */
  writeTogether(writes: readonly CaseWrite[]): Promise<{ readonly refused: readonly CaseWrite[] }>;
  /** A message's recorded outcome and a case, in one read: a tagged message needs both first. */
  findMessageOutcomeAndCase(
    messageKey: string,
    caseId: string,
  ): Promise<{ readonly outcome?: MessageOutcome; readonly caseRecord?: CaseRecord }>;
  /** Ends this attempt's lease early after a failed send, so the next attempt need not wait it out. */
  releaseNotice(noticeKey: string, leaseId: string): Promise<void>;
}

/**
 * One write of a change that lands whole or not at all (see `CaseRepository.writeTogether`), with
 * the condition each write carries on its own: a client claimed once, a case created once and
 * updated from the version read, an event appended once, a notice leased afresh, an outcome
 * recorded once, a fingerprint applied by one message. Documents, sent notices and links are
 * written as they are (a link keeps its first case).
 */
export type CaseWrite =
  | { readonly write: 'claim-client'; readonly uci: string; readonly caseId: string }
  | { readonly write: 'create-case'; readonly caseRecord: CaseRecord }
  | { readonly write: 'update-case'; readonly caseRecord: CaseRecord }
  | { readonly write: 'add-document'; readonly document: CaseDocument }
  | { readonly write: 'append-event'; readonly event: CaseEvent }
  /** A notice leased to the attempt writing the change that causes it, for `leaseMs` from the write (see `claimNotice`). */
  | { readonly write: 'lease-notice'; readonly noticeKey: string; readonly leaseId: string; readonly leaseMs: number }
  /** The notice recorded sent, with the Message-ID SES gave it: from then on every claim finds it `sent`. */
  | {
      readonly write: 'mark-notice-sent';
      readonly noticeKey: string;
      readonly leaseId: string;
      readonly messageId: string;
    }
  /**
   * A message id (`<…>` as in Message-ID headers) bound to a case: a notice sent about it or a
   * message filed to it, so that a reply naming it in In-Reply-To or References finds the case.
   * The first binding of an id wins; a later one is left as it is, never refused.
   */
  | { readonly write: 'link-message-id'; readonly caseId: string; readonly messageId: string }
  | { readonly write: 'record-outcome'; readonly outcome: MessageOutcome }
  /** A message's fingerprint applied to a case: refused when another message applied it first. */
  | {
      readonly write: 'apply-message';
      readonly caseId: string;
      readonly fingerprint: string;
      readonly messageKey: string;
    };

/** Where a notice stands for an attempt that wants to send it (see `CaseRepository.claimNotice`). */
export type NoticeClaim =
  | { readonly status: 'claimed'; readonly leaseId: string; readonly leaseEndsAt: Date }
  | { readonly status: 'held'; readonly leaseEndsAt: Date }
  | { readonly status: 'sent'; readonly messageId?: string };

/**
 * Delivers the notices decisions return, each once under its key: the notices side (catalogue,
 * templates, rendering) implements it, so the domain says what to tell and never how.
 */
export interface NoticeSender {
  /**
   * Leases the notices a change causes, for the change's own write: the writes to add to it, and
   * the notices with their lease, which this attempt then sends without claiming them again.
   */
  lease<Effect extends NoticeEffect>(
    notices: readonly KeyedNotice<Effect>[],
  ): { readonly notices: KeyedNotice<Effect>[]; readonly writes: CaseWrite[] };
  /** Ends the leases of notices that will not be sent now (what came before them failed), so that the retry sends them at once. */
  giveBack(notices: readonly KeyedNotice<NoticeEffect>[]): Promise<void>;
  /** Notices about a case, written from the case as it now is. */
  sendAboutCase(
    caseRecord: CaseRecord,
    notices: readonly KeyedNotice<CaseNoticeEffect>[],
    original?: OriginalMessage,
  ): Promise<SentNotice[]>;
  /** Notices about a message that joined no case. */
  sendAboutMessage(
    notices: readonly KeyedNotice<MessageNoticeEffect>[],
    original: OriginalMessage,
  ): Promise<SentNotice[]>;
  /**
   * A message's last notices, then its outcome: the notices are sent, and recorded sent in the same
   * write as the outcome (see `CaseRepository.recordMessageOutcome`), as soon as SES has taken
   * them. Returns the outcome recorded: another attempt's, when one recorded it first.
   */
  settleMessage(settlement: MessageSettlement): Promise<MessageOutcome>;
}

/** What ends a message (see `NoticeSender.settleMessage`). */
export interface MessageSettlement {
  /** Notices about the cases it changed, each written from its case as it now is. */
  readonly aboutCases?: readonly {
    readonly caseRecord: CaseRecord;
    readonly notices: readonly KeyedNotice<CaseNoticeEffect>[];
  }[];
  /** Notices about the message itself (its problems, its triage). */
  readonly aboutMessage?: readonly KeyedNotice<MessageNoticeEffect>[];
  readonly original: OriginalMessage;
  /** The message's outcome, given every notice it sent: these, and any it sent before them. */
  readonly outcome: (sent: readonly SentNotice[]) => MessageOutcome;
  /** Written with the outcome (the message's own Message-ID linked to the case it changed). */
  readonly alsoWrite?: readonly CaseWrite[];
}

/** The current time: what "now" and "today" are for the pipeline (tests and the local stack fix it). */
export interface WallClock {
  now(): Date;
}

/**
 * Runs the policy's clocks (Step Functions in AWS, the same state machine in the local
 * interpreter). Starting the same clock twice for a case starts it once; cancelling one that is
 * not running does nothing.
 */
export interface PolicyClocks {
  /** `dueAt` is the instant the clock fires: the start of `dueOn` in the case's time zone. */
  start(request: {
    readonly caseId: string;
    readonly purpose: ClockPurpose;
    readonly dueOn: string;
    readonly dueAt: string;
  }): Promise<void>;
  cancel(request: { readonly caseId: string; readonly purpose: ClockPurpose }): Promise<void>;
}

/**
 * Reads untrusted input under a time and memory budget (a worker thread with a deadline and a heap
 * limit in production): the MIME parse of one message, and each of its PDFs as a form.
 */
export interface MessageReader {
  /** Parses one raw message; throws `UnreadableMessageError` when it is not mail, too large, or too costly to read. */
  readMessage(raw: Uint8Array): Promise<InboundMessage>;
  /** Reads one message's PDFs as forms, in order: each its reading, or the `FormReadError` that says why not. */
  readForms(pdfs: readonly Uint8Array[], receipt: FormReceipt): Promise<(FormReading | FormReadError)[]>;
}

/**
 * Hands a report request to the report function, which builds and mails the reports on its own
 * (an asynchronous invocation in AWS, an in-process call locally): the inbound function never
 * builds a spreadsheet.
 */
export interface ReportRequester {
  request(request: ReportRequest): Promise<void>;
}
