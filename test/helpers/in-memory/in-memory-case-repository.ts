import { randomUUID } from 'node:crypto';
import type { CaseDocument, CaseEvent, CaseRecord, MessageOutcome } from '../../../functions/domain/case-record.js';
import type { CaseRepository, CaseWrite, NoticeClaim } from '../../../functions/domain/ports.js';

/** Stored values are copies, as a database gives them: a caller that mutates what it read changes nothing. */
const copy = <T>(value: T): T => structuredClone(value);

interface NoticeRecord {
  status: 'pending' | 'sent';
  leaseId?: string;
  leaseEndsAt?: number;
  messageId?: string;
}

/**
 * The case file in memory, with the DynamoDB adapter's contract (the contract tests run against
 * both): writes that must happen once are conditional, updates check the version read, lists come
 * in the adapter's order, and each notice is claimed under a lease until it is recorded sent.
 */
export class InMemoryCaseRepository implements CaseRepository {
  private readonly cases = new Map<string, CaseRecord>();
  private readonly clients = new Map<string, string>();
  private readonly messageIds = new Map<string, string>();
  private readonly outcomes = new Map<string, MessageOutcome>();
  private readonly documents = new Map<string, CaseDocument>();
  private readonly events = new Map<string, CaseEvent>();
  private readonly notices = new Map<string, NoticeRecord>();
  private readonly applied = new Map<string, string>();

  /** Leases run on elapsed time, as the adapter's do. */
  constructor(private readonly now: () => Date = () => new Date()) {}

  async findMessageOutcome(messageKey: string): Promise<MessageOutcome | undefined> {
    const outcome = this.outcomes.get(messageKey);
    return outcome && copy(outcome);
  }

  async recordMessageOutcome(outcome: MessageOutcome, alsoWrite: readonly CaseWrite[] = []): Promise<MessageOutcome> {
    // What another attempt wrote first is left out (its outcome, an event); the rest stands all the same.
    for (const write of [{ write: 'record-outcome' as const, outcome }, ...alsoWrite])
      if (this.allows(write)) this.apply(write);
    return copy(this.outcomes.get(outcome.messageKey)!);
  }

  async settleHeldOutcome(outcome: MessageOutcome): Promise<MessageOutcome> {
    if (this.outcomes.get(outcome.messageKey)?.outcome === 'held') this.outcomes.set(outcome.messageKey, copy(outcome));
    return this.recordMessageOutcome(outcome);
  }

  async claimClient(uci: string, caseId: string): Promise<string> {
    if (!this.clients.has(uci)) this.clients.set(uci, caseId);
    return this.clients.get(uci)!;
  }

  async findClientCase(uci: string): Promise<string | undefined> {
    return this.clients.get(uci);
  }

  async findCaseByMessageIds(messageIds: readonly string[]): Promise<string | undefined> {
    for (const messageId of messageIds.slice(0, 20)) {
      const caseId = this.messageIds.get(messageId.trim().toLowerCase());
      if (caseId) return caseId;
    }
    return undefined;
  }

  async getCase(caseId: string): Promise<CaseRecord | undefined> {
    const stored = this.cases.get(caseId);
    return stored && copy(stored);
  }

  async recordAppliedMessage(
    caseId: string,
    fingerprints: readonly string[],
    messageKey: string,
  ): Promise<string | undefined> {
    for (const fingerprint of fingerprints) {
      const key = `${caseId}#${fingerprint}`;
      if (!this.applied.has(key)) {
        this.applied.set(key, messageKey);
        continue;
      }
      const first = this.applied.get(key)!;
      if (first !== messageKey) return first;
    }
    return undefined;
  }

  async createCase(record: CaseRecord): Promise<CaseRecord> {
    if (!this.cases.has(record.caseId)) this.cases.set(record.caseId, copy(record));
    return copy(this.cases.get(record.caseId)!);
  }

  async updateCase(next: CaseRecord): Promise<boolean> {
    if (this.cases.get(next.caseId)?.version !== next.version - 1) return false;
    this.cases.set(next.caseId, copy(next));
    return true;
  }

  async addDocument(document: CaseDocument): Promise<void> {
    const key = `${document.caseId}#${document.documentId}`;
    if (!this.documents.has(key)) this.documents.set(key, copy(document));
  }

  async appendEvent(event: CaseEvent): Promise<void> {
    const key = `${event.caseId}#${event.eventId}`;
    if (!this.events.has(key)) this.events.set(key, copy(event));
  }

  /** Newest first, as the list index gives them. */
  async listCases(): Promise<CaseRecord[]> {
    return [...this.cases.values()]
      .sort((a, b) => `${b.createdAt}#${b.caseId}`.localeCompare(`${a.createdAt}#${a.caseId}`))
      .map(copy);
  }

  async listDocuments(caseId: string): Promise<CaseDocument[]> {
    return [...this.documents.values()]
      .filter((document) => document.caseId === caseId)
      .sort((a, b) => a.documentId.localeCompare(b.documentId))
      .sort((a, b) => a.receivedAt.localeCompare(b.receivedAt))
      .map(copy);
  }

  async listEvents(caseId: string): Promise<CaseEvent[]> {
    return [...this.events.values()]
      .filter((event) => event.caseId === caseId)
      .sort((a, b) => a.at.localeCompare(b.at) || a.eventId.localeCompare(b.eventId))
      .map(copy);
  }

  /** Newest first, as the list index gives them. */
  async listMessageOutcomes(): Promise<MessageOutcome[]> {
    return [...this.outcomes.values()]
      .sort((a, b) => `${b.at}#${b.messageKey}`.localeCompare(`${a.at}#${a.messageKey}`))
      .map(copy);
  }

  async listMessageOutcomesBetween(fromAt: string, toAt: string): Promise<MessageOutcome[]> {
    return [...this.outcomes.values()]
      .filter((outcome) => outcome.at >= fromAt && outcome.at <= toAt)
      .sort((a, b) => `${a.at}#${a.messageKey}`.localeCompare(`${b.at}#${b.messageKey}`))
      .map(copy);
  }

  async claimNotice(noticeKey: string, leaseMs: number): Promise<NoticeClaim> {
    const now = this.now().getTime();
    const notice = this.notices.get(noticeKey);
    if (!notice || (notice.status === 'pending' && (notice.leaseEndsAt ?? 0) <= now)) {
      const leaseId = randomUUID();
      const leaseEndsAt = now + leaseMs;
      this.notices.set(noticeKey, { status: 'pending', leaseId, leaseEndsAt });
      return { status: 'claimed', leaseId, leaseEndsAt: new Date(leaseEndsAt) };
    }
    if (notice.status === 'pending') return { status: 'held', leaseEndsAt: new Date(notice.leaseEndsAt ?? now) };
    return { status: 'sent', ...(notice.messageId && { messageId: notice.messageId }) };
  }

  async findMessageOutcomeAndCase(messageKey: string, caseId: string) {
    const [outcome, caseRecord] = [await this.findMessageOutcome(messageKey), await this.getCase(caseId)];
    return { ...(outcome && { outcome }), ...(caseRecord && { caseRecord }) };
  }

  /** Every condition checked first, then every write made: all or none, as one DynamoDB transaction. */
  async writeTogether(writes: readonly CaseWrite[]): Promise<{ readonly refused: readonly CaseWrite[] }> {
    const refused = writes.filter((write) => !this.allows(write));
    if (refused.length > 0) return { refused };
    for (const write of writes) this.apply(write);
    return { refused: [] };
  }

  private allows(write: CaseWrite): boolean {
    switch (write.write) {
      case 'claim-client':
        return !this.clients.has(write.uci);
      case 'create-case':
        return !this.cases.has(write.caseRecord.caseId);
      case 'update-case':
        return this.cases.get(write.caseRecord.caseId)?.version === write.caseRecord.version - 1;
      case 'append-event':
        return !this.events.has(`${write.event.caseId}#${write.event.eventId}`);
      case 'lease-notice':
        return !this.notices.has(write.noticeKey);
      case 'record-outcome':
        return !this.outcomes.has(write.outcome.messageKey);
      case 'apply-message': {
        const first = this.applied.get(`${write.caseId}#${write.fingerprint}`);
        return first === undefined || first === write.messageKey;
      }
      case 'add-document':
      case 'mark-notice-sent':
      case 'link-message-id':
        return true;
    }
  }

  private apply(write: CaseWrite): void {
    switch (write.write) {
      case 'claim-client':
        this.clients.set(write.uci, write.caseId);
        return;
      case 'create-case':
      case 'update-case':
        this.cases.set(write.caseRecord.caseId, copy(write.caseRecord));
        return;
      case 'add-document':
        this.documents.set(`${write.document.caseId}#${write.document.documentId}`, copy(write.document));
        return;
      case 'append-event':
        this.events.set(`${write.event.caseId}#${write.event.eventId}`, copy(write.event));
        return;
      case 'lease-notice':
        this.notices.set(write.noticeKey, {
          status: 'pending',
          leaseId: write.leaseId,
          leaseEndsAt: this.now().getTime() + write.leaseMs,
        });
        return;
      case 'mark-notice-sent':
        this.notices.set(write.noticeKey, { status: 'sent', leaseId: write.leaseId, messageId: write.messageId });
        return;
      case 'link-message-id':
        if (!this.messageIds.has(write.messageId.trim().toLowerCase()))
          this.messageIds.set(write.messageId.trim().toLowerCase(), write.caseId);
        return;
      case 'record-outcome':
        this.outcomes.set(write.outcome.messageKey, copy(write.outcome));
        return;
      case 'apply-message':
        this.applied.set(`${write.caseId}#${write.fingerprint}`, write.messageKey);
        return;
    }
  }

  async releaseNotice(noticeKey: string, leaseId: string): Promise<void> {
    const notice = this.notices.get(noticeKey);
    if (notice?.status === 'pending' && notice.leaseId === leaseId) notice.leaseEndsAt = this.now().getTime();
  }
}
