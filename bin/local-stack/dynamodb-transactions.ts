import { randomBytes } from 'node:crypto';
import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import { crc32 } from 'node:zlib';

/** DynamoDB's JSON wire format: attribute values as `{ S: … }`, `{ N: … }`, maps and lists of them. */
type AttributeValue = Record<string, unknown>;
type Item = Record<string, AttributeValue>;

interface TransactWriteItem {
  readonly ConditionCheck?: Operation;
  readonly Put?: Operation & { readonly Item: Item };
  readonly Update?: Operation & { readonly Key: Item; readonly UpdateExpression: string };
  readonly Delete?: Operation & { readonly Key: Item };
}

interface Operation {
  readonly TableName: string;
  readonly Key?: Item;
  readonly ConditionExpression?: string;
  readonly ExpressionAttributeNames?: Record<string, string>;
  readonly ExpressionAttributeValues?: Item;
  readonly ReturnValuesOnConditionCheckFailure?: 'ALL_OLD' | 'NONE';
}

interface TransactWriteRequest {
  readonly TransactItems?: readonly TransactWriteItem[];
  readonly ClientRequestToken?: string;
  readonly ReturnConsumedCapacity?: 'TOTAL' | 'INDEXES' | 'NONE';
}

/** An error as DynamoDB sends it: its type, and the body's other fields (message, cancellation reasons). */
class DynamoDbError extends Error {
  constructor(
    readonly type: string,
    readonly body: Record<string, unknown>,
  ) {
    super(String(body.message ?? body.Message ?? type));
  }
}

const TARGET_PREFIX = 'DynamoDB_20120810.';
const MAX_ITEMS = 100;
/** AWS keeps a request token for ten minutes: the same token with the same request succeeds without writing again. */
const TOKEN_LIFETIME_MS = 10 * 60 * 1000;
const CONDITION_FAILED = { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed' };

/**
 * Requests of other operations run together; a transaction waits for those in flight, then runs
 * alone, so that no request sees a transaction half written.
 */
class TransactionGate {
  private running = 0;
  private waitingTransactions = 0;
  private transactions: Promise<unknown> = Promise.resolve();
  private drained: (() => void) | undefined;

  async shared<T>(work: () => Promise<T>): Promise<T> {
    while (this.waitingTransactions > 0) await this.transactions;
    this.running += 1;
    try {
      return await work();
    } finally {
      this.running -= 1;
      if (this.running === 0) this.drained?.();
    }
  }

  exclusive<T>(work: () => Promise<T>): Promise<T> {
    this.waitingTransactions += 1;
    const run = this.transactions.then(async () => {
      if (this.running > 0) await new Promise<void>((resolve) => (this.drained = resolve));
      this.drained = undefined;
      try {
        return await work();
      } finally {
        this.waitingTransactions -= 1;
      }
    });
    this.transactions = run.catch(() => undefined);
    return run;
  }
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, body: Record<string, unknown>): void {
  const text = JSON.stringify(body);
  response.statusCode = status;
  response.setHeader('x-amzn-RequestId', randomBytes(39).toString('base64').toUpperCase().replace(/[+/]/g, '0'));
  response.setHeader('x-amz-crc32', crc32(text));
  response.setHeader('Content-Type', 'application/x-amz-json-1.0');
  response.setHeader('Content-Length', Buffer.byteLength(text));
  response.end(text);
}

function validation(message: string): DynamoDbError {
  return new DynamoDbError('com.amazon.coral.validate#ValidationException', { message });
}

/** The names and values an expression uses: DynamoDB refuses any given that its expression does not use. */
function usedBy(expression: string, operation: Operation) {
  const names = Object.entries(operation.ExpressionAttributeNames ?? {}).filter(([name]) =>
    new RegExp(`${name}(?![A-Za-z0-9_])`).test(expression),
  );
  const values = Object.entries(operation.ExpressionAttributeValues ?? {}).filter(([value]) =>
    new RegExp(`${value}(?![A-Za-z0-9_])`).test(expression),
  );
  return {
    ...(names.length > 0 && { ExpressionAttributeNames: Object.fromEntries(names) }),
    ...(values.length > 0 && { ExpressionAttributeValues: Object.fromEntries(values) }),
  };
}

/**
 * TransactWriteItems for the local DynamoDB stand-in (dynalite has none), as DynamoDB behaves:
 * up to 100 Put, Update, Delete and ConditionCheck operations on distinct items; every condition
 * is checked before anything is written, against the items as they were; all are written or none;
 * a refused transaction is a `TransactionCanceledException` with one cancellation reason per
 * operation, in order; a request token repeated within ten minutes succeeds without writing
 * again; consumed capacity is twice that of the same writes outside a transaction. Each step is
 * one of dynalite's own operations on itself, so conditions and updates are evaluated by the same
 * code as every other request, while the gate keeps other requests out until the transaction is
 * written or undone.
 */
export function addTransactWriteItems(server: Server, endpoint: () => string): void {
  const [dynalite] = server.listeners('request') as RequestListener[];
  if (!dynalite) throw new Error('The DynamoDB stand-in has no request listener to add transactions to');
  server.removeAllListeners('request');
  const gate = new TransactionGate();
  // The transaction's own steps pass the gate: a secret of this server, not a header clients send.
  const internal = { header: 'x-jas-transaction-step', secret: randomBytes(16).toString('hex') };
  const tokens = new Map<string, { request: string; at: number }>();
  const keySchemas = new Map<string, string[]>();

  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    if (request.headers[internal.header] === internal.secret) return dynalite.call(server, request, response);
    if (request.headers['x-amz-target'] !== `${TARGET_PREFIX}TransactWriteItems`) {
      void gate.shared(
        () =>
          new Promise<void>((resolve) => {
            response.once('finish', resolve);
            response.once('close', resolve);
            dynalite.call(server, request, response);
          }),
      );
      return;
    }
    void readBody(request).then(async (text) => {
      try {
        const body = JSON.parse(text) as TransactWriteRequest;
        const step = (operation: string, input: Record<string, unknown>) =>
          call(endpoint(), operation, input, { ...authorization(request), [internal.header]: internal.secret });
        const result = await gate.exclusive(() => transact(body, text, step));
        send(response, 200, result);
      } catch (error) {
        if (error instanceof DynamoDbError) send(response, 400, { __type: error.type, ...error.body });
        else if (error instanceof SyntaxError)
          send(response, 400, { __type: 'com.amazon.coral.service#SerializationException' });
        else send(response, 500, { __type: 'com.amazon.coral.service#InternalFailure', message: String(error) });
      }
    });
  });

  async function keySchema(step: Step, tableName: string): Promise<string[]> {
    let names = keySchemas.get(tableName);
    if (!names) {
      const described = (await step('DescribeTable', { TableName: tableName })) as {
        Table: { KeySchema: { AttributeName: string }[] };
      };
      names = described.Table.KeySchema.map((key) => key.AttributeName);
      keySchemas.set(tableName, names);
    }
    return names;
  }

  async function transact(body: TransactWriteRequest, text: string, step: Step): Promise<Record<string, unknown>> {
    const items = body.TransactItems ?? [];
    if (items.length === 0 || items.length > MAX_ITEMS)
      throw validation(
        `1 validation error detected: Value at 'transactItems' failed to satisfy constraint: Member must have length between 1 and ${MAX_ITEMS}`,
      );
    const now = Date.now();
    for (const [token, seen] of tokens) if (now - seen.at > TOKEN_LIFETIME_MS) tokens.delete(token);
    if (body.ClientRequestToken !== undefined) {
      const seen = tokens.get(body.ClientRequestToken);
      if (seen && seen.request === text) return {};
      if (seen)
        throw new DynamoDbError('com.amazonaws.dynamodb.v20120810#IdempotentParameterMismatchException', {
          message: 'The request uses the same client token as a previous, but non-identical request.',
        });
    }

    const operations = [];
    const seenKeys = new Set<string>();
    for (const item of items) {
      const kinds = (['ConditionCheck', 'Put', 'Update', 'Delete'] as const).filter((kind) => item[kind]);
      if (kinds.length !== 1) throw validation('TransactItems can only contain one of Check, Put, Update or Delete');
      const kind = kinds[0]!;
      const operation = item[kind]! as Operation & { Item?: Item; UpdateExpression?: string };
      if (kind === 'ConditionCheck' && !operation.ConditionExpression)
        throw validation('The ConditionCheck operation requires a ConditionExpression');
      const keyNames = await keySchema(step, operation.TableName);
      const source = kind === 'Put' ? operation.Item : operation.Key;
      if (!source || keyNames.some((name) => source[name] === undefined))
        throw validation('The provided key element does not match the schema');
      const key = Object.fromEntries(keyNames.map((name) => [name, source[name]!]));
      const identity = JSON.stringify([operation.TableName, key]);
      if (seenKeys.has(identity))
        throw validation('Transaction request cannot include multiple operations on one item');
      seenKeys.add(identity);
      operations.push({ kind, operation, key });
    }

    // Every condition, against the items as they are before any write.
    const before = await Promise.all(
      operations.map(
        async ({ operation, key }) =>
          (
            (await step('GetItem', { TableName: operation.TableName, Key: key, ConsistentRead: true })) as {
              Item?: Item;
            }
          ).Item,
      ),
    );
    // Each condition on its own item, so they are checked at once.
    const reasons: Record<string, unknown>[] = await Promise.all(
      operations.map(async ({ operation, key }, index) => {
        const condition = operation.ConditionExpression;
        if (!condition) return { Code: 'None' };
        const old = before[index];
        // Checked without a change: the item written back as it is, or, when there is none, deleted (nothing to delete).
        const check = old
          ? {
              TableName: operation.TableName,
              Item: old,
              ConditionExpression: condition,
              ...usedBy(condition, operation),
            }
          : {
              TableName: operation.TableName,
              Key: key,
              ConditionExpression: condition,
              ...usedBy(condition, operation),
            };
        try {
          await step(old ? 'PutItem' : 'DeleteItem', check);
          return { Code: 'None' };
        } catch (error) {
          if (!(error instanceof DynamoDbError) || !error.type.endsWith('#ConditionalCheckFailedException'))
            throw error;
          const returnOld = operation.ReturnValuesOnConditionCheckFailure === 'ALL_OLD' && old !== undefined;
          return { ...CONDITION_FAILED, ...(returnOld && { Item: old }) };
        }
      }),
    );
    if (reasons.some((reason) => reason.Code !== 'None')) {
      throw new DynamoDbError('com.amazonaws.dynamodb.v20120810#TransactionCanceledException', {
        Message: `Transaction cancelled, please refer cancellation reasons for specific reasons [${reasons.map((reason) => reason.Code).join(', ')}]`,
        CancellationReasons: reasons,
      });
    }

    // The writes, without their conditions (checked above, and nothing else runs meanwhile), each on its own
    // item, so at once; those made are undone if one fails.
    const writes = await Promise.allSettled(
      operations.map(async ({ kind, operation, key }) => {
        if (kind === 'ConditionCheck') return 0;
        const common = { TableName: operation.TableName, ReturnConsumedCapacity: 'TOTAL' };
        const result = (await (kind === 'Put'
          ? step('PutItem', { ...common, Item: operation.Item })
          : kind === 'Delete'
            ? step('DeleteItem', { ...common, Key: key })
            : step('UpdateItem', {
                ...common,
                Key: key,
                UpdateExpression: operation.UpdateExpression,
                ...usedBy(operation.UpdateExpression!, operation),
              }))) as { ConsumedCapacity?: { CapacityUnits?: number } };
        return result.ConsumedCapacity?.CapacityUnits ?? 1;
      }),
    );
    const failed = writes.find((write) => write.status === 'rejected');
    if (failed) {
      await Promise.all(
        operations.flatMap(({ kind, operation, key }, index) => {
          if (kind === 'ConditionCheck' || writes[index]!.status === 'rejected') return [];
          const old = before[index];
          return [
            old
              ? step('PutItem', { TableName: operation.TableName, Item: old })
              : step('DeleteItem', { TableName: operation.TableName, Key: key }),
          ];
        }),
      );
      throw failed.reason;
    }
    const units = new Map<string, number>();
    for (const [index, { operation }] of operations.entries()) {
      const write = writes[index]!;
      if (write.status === 'fulfilled' && write.value > 0)
        units.set(operation.TableName, (units.get(operation.TableName) ?? 0) + 2 * write.value);
    }
    if (body.ClientRequestToken !== undefined) tokens.set(body.ClientRequestToken, { request: text, at: now });
    const wantsCapacity = body.ReturnConsumedCapacity === 'TOTAL' || body.ReturnConsumedCapacity === 'INDEXES';
    return wantsCapacity
      ? {
          ConsumedCapacity: [...units].map(([TableName, CapacityUnits]) => ({ TableName, CapacityUnits })),
        }
      : {};
  }
}

type Step = (operation: string, input: Record<string, unknown>) => Promise<unknown>;

/** The caller's signature headers: the stand-in checks that they are there, not what they sign. */
function authorization(request: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const name of ['authorization', 'x-amz-date', 'x-amz-security-token']) {
    const value = request.headers[name];
    if (typeof value === 'string') headers[name] = value;
  }
  return headers;
}

async function call(
  endpoint: string,
  operation: string,
  input: Record<string, unknown>,
  headers: Record<string, string>,
): Promise<unknown> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: {
      ...headers,
      'content-type': 'application/x-amz-json-1.0',
      'x-amz-target': `${TARGET_PREFIX}${operation}`,
    },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as Record<string, unknown>;
  if (!response.ok) throw new DynamoDbError(String(body.__type ?? 'UnknownError'), body);
  return body;
}
