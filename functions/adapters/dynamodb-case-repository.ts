import { createHash, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  type TransactWriteCommandInput,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { CaseDocument, CaseEvent, CaseRecord, MessageOutcome } from '../domain/case-record.js';
import type { CaseRepository, CaseWrite, NoticeClaim } from '../domain/ports.js';
import { CASE_TABLE_KEYS, EVENT_PARTITION_PREFIX, NOTICE_PARTITION_PREFIX } from './case-table-keys.js';

const { partitionKey: PK, sortKey: SK } = CASE_TABLE_KEYS;
const { name: LIST_INDEX, partitionKey: LIST_PK, sortKey: LIST_SK } = CASE_TABLE_KEYS.listIndex;
const KEY_ATTRIBUTES = new Set<string>([PK, SK, LIST_PK, LIST_SK]);
const NOT_YET_WRITTEN = `attribute_not_exists(${PK})`;

const caseKey = (caseId: string) => ({ [PK]: `CASE#${caseId}`, [SK]: '#CASE' });
const clientKey = (keyedUci: string) => ({ [PK]: `CLIENT#${keyedUci}`, [SK]: '#CLIENT' });
const outcomeKey = (messageKey: string) => ({ [PK]: `MESSAGE#${messageKey}`, [SK]: '#OUTCOME' });
const noticeKey = (key: string) => ({ [PK]: `${NOTICE_PARTITION_PREFIX}${key}`, [SK]: '#NOTICE' });
// Message-IDs can hold names: the key holds their hash.
const appliedKey = (caseId: string, fingerprint: string) => ({
  [PK]: `CASE#${caseId}`,
  [SK]: `APPLIED#${createHash('sha256').update(fingerprint).digest('hex')}`,
});
const eventKey = (caseId: string, eventId: string) => ({ [PK]: `${EVENT_PARTITION_PREFIX}${caseId}`, [SK]: eventId });
// Message ids may carry a person's address (`<20261123.jane.doe@example.org>`): keys hold their hash.
const messageIdKey = (messageId: string) => ({
  [PK]: `MAILID#${createHash('sha256').update(messageId.trim().toLowerCase()).digest('hex')}`,
  [SK]: '#MAILID',
});
type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];
type TransactPut = NonNullable<TransactItem['Put']>;

/** DynamoDB's limit on the items of one transaction. */
const MAX_TRANSACTION_ITEMS = 100;
/** Tries of a transaction that another one writing the same items at the same moment cancelled. */
const MAX_TRANSACTION_ATTEMPTS = 5;
/** Replies name their whole thread in References; the newest few are enough to find it. */
const MESSAGE_IDS_LOOKED_UP = 20;

/** A notice's record: `pending` under a lease until an attempt records it `sent`. */
interface NoticeItem {
  readonly status?: 'pending' | 'sent';
  readonly leaseId?: string;
  readonly leaseEndsAt?: string;
  readonly messageId?: string;
}

/** The case file in one DynamoDB table; every write that must happen once is conditional. */
export class DynamoDbCaseRepository implements CaseRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    /** Leases run on elapsed time, not on the pipeline's (possibly fixed) wall clock. */
    private readonly now: () => Date = () => new Date(),
    /** How a client's UCI becomes their key (see `clientKeyer`); functions that never find a client hold no secret. */
    private readonly clientKeyOf: (uci: string) => Promise<string> = async () => {
      throw new Error('This function holds no client-key secret: it may not find clients by UCI');
    },
  ) {}

  async findMessageOutcome(messageKey: string): Promise<MessageOutcome | undefined> {
    return this.get<MessageOutcome>(outcomeKey(messageKey));
  }

  async recordMessageOutcome(outcome: MessageOutcome, alsoWrite: readonly CaseWrite[] = []): Promise<MessageOutcome> {
    const record: CaseWrite = { write: 'record-outcome', outcome };
    // What another attempt wrote first is left out (its outcome, an event); the rest (notices sent) stands all the same.
    const refused = await this.writeWhatStands([record, ...alsoWrite]);
    return refused.includes(record) ? (await this.findMessageOutcome(outcome.messageKey))! : outcome;
  }

  async settleHeldOutcome(outcome: MessageOutcome): Promise<MessageOutcome> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: this.outcomeItem(outcome),
          ConditionExpression: '#outcome = :held',
          ExpressionAttributeNames: { '#outcome': 'outcome' },
          ExpressionAttributeValues: { ':held': 'held' },
        }),
      );
      return outcome;
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
    return (await this.findMessageOutcome(outcome.messageKey)) ?? this.recordMessageOutcome(outcome);
  }

  async claimClient(uci: string, caseId: string): Promise<string> {
    const key = clientKey(await this.clientKeyOf(uci));
    if (await this.putOnce({ ...key, caseId })) return caseId;
    const owner = await this.get<{ caseId: string }>(key);
    return owner!.caseId;
  }

  async findClientCase(uci: string): Promise<string | undefined> {
    return (await this.get<{ caseId: string }>(clientKey(await this.clientKeyOf(uci))))?.caseId;
  }

  async findCaseByMessageIds(messageIds: readonly string[]): Promise<string | undefined> {
    for (const messageId of messageIds.slice(0, MESSAGE_IDS_LOOKED_UP)) {
      const linked = await this.get<{ caseId: string }>(messageIdKey(messageId));
      if (linked) return linked.caseId;
    }
    return undefined;
  }

  async getCase(caseId: string): Promise<CaseRecord | undefined> {
    return this.get<CaseRecord>(caseKey(caseId));
  }

  async recordAppliedMessage(
    caseId: string,
    fingerprints: readonly string[],
    messageKey: string,
  ): Promise<string | undefined> {
    for (const fingerprint of fingerprints) {
      if (await this.putOnce({ ...appliedKey(caseId, fingerprint), messageKey })) continue;
      const first = await this.get<{ messageKey: string }>(appliedKey(caseId, fingerprint));
      if (first && first.messageKey !== messageKey) return first.messageKey;
    }
    return undefined;
  }

  async createCase(record: CaseRecord): Promise<CaseRecord> {
    if (await this.putOnce(this.caseItem(record))) return record;
    return (await this.getCase(record.caseId))!;
  }

  async updateCase(next: CaseRecord): Promise<boolean> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: this.caseItem(next),
          ConditionExpression: '#version = :read',
          ExpressionAttributeNames: { '#version': 'version' },
          ExpressionAttributeValues: { ':read': next.version - 1 },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  async addDocument(document: CaseDocument): Promise<void> {
    await this.putOnce(this.documentItem(document));
  }

  /** Appends once: a put conditional on the key being new, never an overwrite (IAM forbids the rest). */
  async appendEvent(event: CaseEvent): Promise<void> {
    await this.putOnce({ ...eventKey(event.caseId, event.eventId), ...event });
  }

  async listCases(): Promise<CaseRecord[]> {
    return this.queryIndex<CaseRecord>('CASE');
  }

  async listDocuments(caseId: string): Promise<CaseDocument[]> {
    const documents = await this.queryCase<CaseDocument>(caseId, 'DOC#');
    return documents.sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
  }

  async listEvents(caseId: string): Promise<CaseEvent[]> {
    const events = await this.queryAll<CaseEvent>({
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': PK },
      ExpressionAttributeValues: { ':pk': `${EVENT_PARTITION_PREFIX}${caseId}` },
      ConsistentRead: true,
    });
    return events.sort((a, b) => a.at.localeCompare(b.at) || a.eventId.localeCompare(b.eventId));
  }

  async listMessageOutcomes(): Promise<MessageOutcome[]> {
    return this.queryIndex<MessageOutcome>('MESSAGE');
  }

  async listMessageOutcomesBetween(fromAt: string, toAt: string): Promise<MessageOutcome[]> {
    // The list key is `<at>#<message key>`: every key of an instant up to `toAt` sorts before `toAt` + '$' ('#' < '$').
    return this.queryAll<MessageOutcome>({
      IndexName: LIST_INDEX,
      KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :from AND :to',
      ExpressionAttributeNames: { '#pk': LIST_PK, '#sk': LIST_SK },
      ExpressionAttributeValues: { ':pk': 'MESSAGE', ':from': fromAt, ':to': `${toAt}$` },
    });
  }

  async claimNotice(key: string, leaseMs: number): Promise<NoticeClaim> {
    const now = this.now();
    const leaseId = randomUUID();
    const leaseEndsAt = new Date(now.getTime() + leaseMs);
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: noticeKey(key),
          // Never leased, or leased by an attempt whose lease ran out before it recorded a send.
          ConditionExpression: `${NOT_YET_WRITTEN} OR (#status = :pending AND #leaseEndsAt <= :now)`,
          UpdateExpression:
            'SET #status = :pending, #leaseId = :leaseId, #leaseEndsAt = :leaseEndsAt ADD #attempts :one',
          ExpressionAttributeNames: {
            '#status': 'status',
            '#leaseId': 'leaseId',
            '#leaseEndsAt': 'leaseEndsAt',
            '#attempts': 'attempts',
          },
          ExpressionAttributeValues: {
            ':pending': 'pending',
            ':now': now.toISOString(),
            ':leaseId': leaseId,
            ':leaseEndsAt': leaseEndsAt.toISOString(),
            ':one': 1,
          },
        }),
      );
      return { status: 'claimed', leaseId, leaseEndsAt };
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
    const notice = await this.get<NoticeItem>(noticeKey(key));
    if (notice?.status === 'pending' && notice.leaseEndsAt)
      return { status: 'held', leaseEndsAt: new Date(notice.leaseEndsAt) };
    return { status: 'sent', ...(notice?.messageId && { messageId: notice.messageId }) };
  }

  async writeTogether(writes: readonly CaseWrite[]): Promise<{ readonly refused: readonly CaseWrite[] }> {
    if (writes.length === 0) return { refused: [] };
    if (writes.length > MAX_TRANSACTION_ITEMS)
      throw new RangeError(`One change writes at most ${MAX_TRANSACTION_ITEMS} items, not ${writes.length}`);
    const TransactItems = await Promise.all(writes.map((write) => this.transactItem(write)));
    for (let attempt = 1; ; attempt += 1) {
      try {
        await this.client.send(new TransactWriteCommand({ TransactItems }));
        return { refused: [] };
      } catch (error) {
        if (
          !(
            error instanceof TransactionCanceledException ||
            (error as { name?: string }).name === 'TransactionCanceledException'
          )
        )
          throw error;
        const reasons = (error as TransactionCanceledException).CancellationReasons ?? [];
        const refused = writes.filter((_, index) => reasons[index]?.Code === 'ConditionalCheckFailed');
        if (refused.length > 0) return { refused };
        // Another transaction was writing one of these items at the same moment: its conditions are checked again.
        const conflict = reasons.some((reason) => reason.Code === 'TransactionConflict');
        if (!conflict || attempt >= MAX_TRANSACTION_ATTEMPTS) throw error;
        await sleep(Math.random() * 10 * 2 ** attempt);
      }
    }
  }

  /** Writes `writes` whole, leaving out each that is refused (written first by someone else) until the rest lands; returns those left out. */
  private async writeWhatStands(writes: readonly CaseWrite[]): Promise<CaseWrite[]> {
    const leftOut: CaseWrite[] = [];
    let pending = writes;
    while (pending.length > 0) {
      const { refused } = await this.writeTogether(pending);
      if (refused.length === 0) break;
      leftOut.push(...refused);
      pending = pending.filter((write) => !refused.includes(write));
    }
    return leftOut;
  }

  async findMessageOutcomeAndCase(messageKey: string, caseId: string) {
    const keys = [outcomeKey(messageKey), caseKey(caseId)];
    const found: Record<string, unknown>[] = [];
    let request: Record<string, { Keys: Record<string, string>[]; ConsistentRead: boolean }> | undefined = {
      [this.tableName]: { Keys: keys, ConsistentRead: true },
    };
    // BatchGetItem may leave keys unprocessed under load: they are asked for again.
    while (request && Object.keys(request).length > 0) {
      const page = await this.client.send(new BatchGetCommand({ RequestItems: request }));
      found.push(...(page.Responses?.[this.tableName] ?? []));
      request = page.UnprocessedKeys as typeof request;
    }
    const item = (key: Record<string, string>) =>
      found.find((candidate) => candidate[PK] === key[PK] && candidate[SK] === key[SK]);
    const outcome = item(keys[0]!);
    const caseRecord = item(keys[1]!);
    return {
      ...(outcome && { outcome: withoutKeys<MessageOutcome>(outcome) }),
      ...(caseRecord && { caseRecord: withoutKeys<CaseRecord>(caseRecord) }),
    };
  }

  /** One write as a transaction item, with the condition it carries (see `CaseWrite`). */
  private async transactItem(write: CaseWrite): Promise<TransactItem> {
    const put = (Item: Record<string, unknown>, condition?: Partial<TransactPut>) => ({
      Put: { TableName: this.tableName, Item, ...condition },
    });
    const once = { ConditionExpression: NOT_YET_WRITTEN };
    switch (write.write) {
      case 'claim-client':
        return put({ ...clientKey(await this.clientKeyOf(write.uci)), caseId: write.caseId }, once);
      case 'create-case':
        return put(this.caseItem(write.caseRecord), once);
      case 'update-case':
        return put(this.caseItem(write.caseRecord), {
          ConditionExpression: '#version = :read',
          ExpressionAttributeNames: { '#version': 'version' },
          ExpressionAttributeValues: { ':read': write.caseRecord.version - 1 },
        });
      case 'add-document':
        return put(this.documentItem(write.document));
      case 'append-event':
        return put({ ...eventKey(write.event.caseId, write.event.eventId), ...write.event }, once);
      case 'lease-notice':
        return put(
          {
            ...noticeKey(write.noticeKey),
            status: 'pending',
            leaseId: write.leaseId,
            leaseEndsAt: new Date(this.now().getTime() + write.leaseMs).toISOString(),
            attempts: 1,
          },
          once,
        );
      case 'mark-notice-sent':
        // An update, as the claim is: unconditional, since whichever attempt's lease it was, the notice went out.
        return {
          Update: {
            TableName: this.tableName,
            Key: noticeKey(write.noticeKey),
            UpdateExpression:
              'SET #status = :sent, #sentAt = :sentAt, #sentBy = :leaseId, #messageId = :messageId REMOVE #leaseEndsAt',
            ExpressionAttributeNames: {
              '#status': 'status',
              '#sentAt': 'sentAt',
              '#sentBy': 'sentBy',
              '#messageId': 'messageId',
              '#leaseEndsAt': 'leaseEndsAt',
            },
            ExpressionAttributeValues: {
              ':sent': 'sent',
              ':sentAt': this.now().toISOString(),
              ':leaseId': write.leaseId,
              ':messageId': write.messageId,
            },
          },
        };
      case 'link-message-id':
        // Never refused, so that a link made before never cancels the change it comes with: the first case stays.
        return {
          Update: {
            TableName: this.tableName,
            Key: messageIdKey(write.messageId),
            UpdateExpression: 'SET #caseId = if_not_exists(#caseId, :caseId)',
            ExpressionAttributeNames: { '#caseId': 'caseId' },
            ExpressionAttributeValues: { ':caseId': write.caseId },
          },
        };
      case 'record-outcome':
        return put(this.outcomeItem(write.outcome), once);
      case 'apply-message':
        return put(
          { ...appliedKey(write.caseId, write.fingerprint), messageKey: write.messageKey },
          {
            ConditionExpression: `${NOT_YET_WRITTEN} OR #messageKey = :messageKey`,
            ExpressionAttributeNames: { '#messageKey': 'messageKey' },
            ExpressionAttributeValues: { ':messageKey': write.messageKey },
          },
        );
    }
  }

  async releaseNotice(key: string, leaseId: string): Promise<void> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: noticeKey(key),
          ConditionExpression: '#status = :pending AND #leaseId = :leaseId',
          UpdateExpression: 'SET #leaseEndsAt = :now',
          ExpressionAttributeNames: { '#status': 'status', '#leaseId': 'leaseId', '#leaseEndsAt': 'leaseEndsAt' },
          ExpressionAttributeValues: { ':pending': 'pending', ':leaseId': leaseId, ':now': this.now().toISOString() },
        }),
      );
    } catch (error) {
      // Sent meanwhile, or leased again by another attempt: either way the lease is no longer this one's.
      if (!isConditionFailure(error)) throw error;
    }
  }

  private outcomeItem(outcome: MessageOutcome) {
    return {
      ...outcomeKey(outcome.messageKey),
      [LIST_PK]: 'MESSAGE',
      [LIST_SK]: `${outcome.at}#${outcome.messageKey}`,
      ...outcome,
    };
  }

  private documentItem(document: CaseDocument) {
    return { [PK]: `CASE#${document.caseId}`, [SK]: `DOC#${document.documentId}`, ...document };
  }

  private caseItem(record: CaseRecord) {
    return {
      ...caseKey(record.caseId),
      [LIST_PK]: 'CASE',
      [LIST_SK]: `${record.createdAt}#${record.caseId}`,
      ...record,
    };
  }

  /** Writes the item unless one with its key exists; true when this call wrote it. */
  private async putOnce(item: Record<string, unknown>): Promise<boolean> {
    try {
      await this.client.send(
        new PutCommand({ TableName: this.tableName, Item: item, ConditionExpression: NOT_YET_WRITTEN }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  private async get<T>(key: Record<string, string>): Promise<T | undefined> {
    const result = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: key, ConsistentRead: true }),
    );
    return result.Item ? withoutKeys<T>(result.Item) : undefined;
  }

  private async queryCase<T>(caseId: string, prefix: string): Promise<T[]> {
    return this.queryAll<T>({
      KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :prefix)',
      ExpressionAttributeNames: { '#pk': PK, '#sk': SK },
      ExpressionAttributeValues: { ':pk': `CASE#${caseId}`, ':prefix': prefix },
      ConsistentRead: true,
    });
  }

  private async queryIndex<T>(listName: string): Promise<T[]> {
    return this.queryAll<T>({
      IndexName: LIST_INDEX,
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': LIST_PK },
      ExpressionAttributeValues: { ':pk': listName },
      ScanIndexForward: false,
    });
  }

  private async queryAll<T>(query: Omit<ConstructorParameters<typeof QueryCommand>[0], 'TableName'>): Promise<T[]> {
    const items: T[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await this.client.send(
        new QueryCommand({ ...query, TableName: this.tableName, ExclusiveStartKey: startKey }),
      );
      for (const item of page.Items ?? []) items.push(withoutKeys<T>(item));
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return items;
  }
}

function withoutKeys<T>(item: Record<string, unknown>): T {
  return Object.fromEntries(Object.entries(item).filter(([name]) => !KEY_ATTRIBUTES.has(name))) as T;
}

function isConditionFailure(error: unknown): boolean {
  return (
    error instanceof ConditionalCheckFailedException ||
    (error as { name?: string }).name === 'ConditionalCheckFailedException'
  );
}
