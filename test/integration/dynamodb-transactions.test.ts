import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  TransactWriteCommand,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDynamoDbServer } from '../../bin/local-stack/dynamodb-server.js';
import { LOCAL_CREDENTIALS } from '../../bin/local-stack/s3-server.js';

// The contract is DynamoDB's (TransactWriteItems in the API reference): the local stand-in must
// refuse and apply exactly what the service would, so that code proven here holds on AWS.
const TABLE = 'transactions-contract';
const dataDir = mkdtempSync(join(tmpdir(), 'jas-transactions-'));
let server: Awaited<ReturnType<typeof startDynamoDbServer>>;
let client: DynamoDBDocumentClient;

beforeAll(async () => {
  server = await startDynamoDbServer({ port: 0, directory: dataDir, tableName: TABLE, region: 'ca-central-1' });
  client = DynamoDBDocumentClient.from(
    new DynamoDBClient({ endpoint: server.endpoint, region: 'ca-central-1', credentials: LOCAL_CREDENTIALS }),
  );
});

afterAll(async () => {
  client.destroy();
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const key = (pk: string, sk = '#ITEM') => ({ pk, sk });
const get = async (pk: string, sk = '#ITEM') =>
  (await client.send(new GetCommand({ TableName: TABLE, Key: key(pk, sk), ConsistentRead: true }))).Item;
const transact = (TransactItems: TransactWriteCommandInput['TransactItems'], more: object = {}) =>
  client.send(new TransactWriteCommand({ TransactItems, ...more }));

async function cancellation(work: Promise<unknown>): Promise<TransactionCanceledException> {
  const error = await work.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(TransactionCanceledException);
  return error as TransactionCanceledException;
}

describe('TransactWriteItems on the local DynamoDB stand-in', () => {
  it('writes every item, and bills twice the units of the same writes alone', async () => {
    const result = await transact(
      [
        { Put: { TableName: TABLE, Item: { ...key('a1'), n: 1 }, ConditionExpression: 'attribute_not_exists(pk)' } },
        { Put: { TableName: TABLE, Item: { ...key('a2'), n: 2 } } },
      ],
      { ReturnConsumedCapacity: 'TOTAL' },
    );
    expect(await get('a1')).toMatchObject({ n: 1 });
    expect(await get('a2')).toMatchObject({ n: 2 });
    expect(result.ConsumedCapacity).toEqual([{ TableName: TABLE, CapacityUnits: 4 }]);
  });

  it('writes nothing when one condition fails, and gives a reason for each operation in order', async () => {
    await client.send(new PutCommand({ TableName: TABLE, Item: { ...key('b-taken'), owner: 'first' } }));
    const error = await cancellation(
      transact([
        { Put: { TableName: TABLE, Item: { ...key('b-new'), n: 1 }, ConditionExpression: 'attribute_not_exists(pk)' } },
        {
          Put: {
            TableName: TABLE,
            Item: { ...key('b-taken'), owner: 'second' },
            ConditionExpression: 'attribute_not_exists(pk)',
            ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
          },
        },
        { Delete: { TableName: TABLE, Key: key('b-other') } },
      ]),
    );
    expect(error.CancellationReasons?.map((reason) => reason.Code)).toEqual(['None', 'ConditionalCheckFailed', 'None']);
    expect(error.CancellationReasons?.[1]?.Item).toMatchObject({ owner: { S: 'first' } });
    expect(error.message).toContain('[None, ConditionalCheckFailed, None]');
    expect(await get('b-new')).toBeUndefined();
    expect(await get('b-taken')).toMatchObject({ owner: 'first' });
  });

  it('checks every condition against the items as they were, before any write', async () => {
    await client.send(new PutCommand({ TableName: TABLE, Item: { ...key('c-case'), version: 1 } }));
    await client.send(new PutCommand({ TableName: TABLE, Item: { ...key('c-client'), caseId: 'c-case' } }));
    const update = (read: number) =>
      transact([
        {
          Update: {
            TableName: TABLE,
            Key: key('c-case'),
            UpdateExpression: 'SET version = :next, #state = :state',
            ConditionExpression: 'version = :read',
            ExpressionAttributeNames: { '#state': 'state' },
            ExpressionAttributeValues: { ':next': read + 1, ':read': read, ':state': 'reviewed' },
          },
        },
        {
          Put: {
            TableName: TABLE,
            Item: { ...key('c-case', `EVENT#${read}`) },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        { ConditionCheck: { TableName: TABLE, Key: key('c-client'), ConditionExpression: 'attribute_exists(caseId)' } },
      ]);
    await update(1);
    expect(await get('c-case')).toMatchObject({ version: 2, state: 'reviewed' });
    expect(await get('c-case', 'EVENT#1')).toBeDefined();
    // A writer that read version 1 too comes second: refused, and its event is not written.
    const stale = await cancellation(update(1));
    expect(stale.CancellationReasons?.map((reason) => reason.Code)).toEqual([
      'ConditionalCheckFailed',
      'ConditionalCheckFailed',
      'None',
    ]);
    expect(await get('c-case')).toMatchObject({ version: 2 });
  });

  it('refuses two operations on one item, and a ConditionCheck without a condition, writing nothing', async () => {
    await expect(
      transact([
        { Put: { TableName: TABLE, Item: { ...key('d1'), n: 1 } } },
        { Delete: { TableName: TABLE, Key: key('d1') } },
      ]),
    ).rejects.toMatchObject({ name: 'ValidationException' });
    await expect(
      transact([{ ConditionCheck: { TableName: TABLE, Key: key('d2'), ConditionExpression: '' } }]),
    ).rejects.toMatchObject({ name: 'ValidationException' });
    expect(await get('d1')).toBeUndefined();
  });

  it('applies a request once when its client token comes again, and refuses the token on another request', async () => {
    await client.send(new PutCommand({ TableName: TABLE, Item: { ...key('e-counter'), n: 0 } }));
    const increment = {
      Update: {
        TableName: TABLE,
        Key: key('e-counter'),
        UpdateExpression: 'SET n = n + :one',
        ExpressionAttributeValues: { ':one': 1 },
      },
    };
    await transact([increment], { ClientRequestToken: 'token-e' });
    await transact([increment], { ClientRequestToken: 'token-e' });
    expect(await get('e-counter')).toMatchObject({ n: 1 });
    await expect(
      transact([{ Put: { TableName: TABLE, Item: { ...key('e-other') } } }], { ClientRequestToken: 'token-e' }),
    ).rejects.toMatchObject({ name: 'IdempotentParameterMismatchException' });
  });

  it('applies concurrent transactions one at a time: none lost, none half applied', async () => {
    await client.send(new PutCommand({ TableName: TABLE, Item: { ...key('f-left'), n: 0 } }));
    await client.send(new PutCommand({ TableName: TABLE, Item: { ...key('f-right'), n: 0 } }));
    const increment = (pk: string, read: number) => ({
      Update: {
        TableName: TABLE,
        Key: key(pk),
        UpdateExpression: 'SET n = :next',
        ConditionExpression: 'n = :read',
        ExpressionAttributeValues: { ':next': read + 1, ':read': read },
      },
    });
    // Ten writers, each reading the counters and moving both on by one, retrying when refused.
    const writer = async () => {
      for (;;) {
        const read = Number((await get('f-left'))?.n);
        try {
          return await transact([increment('f-left', read), increment('f-right', read)]);
        } catch (error) {
          if (!(error instanceof TransactionCanceledException)) throw error;
        }
      }
    };
    await Promise.all(Array.from({ length: 10 }, writer));
    expect(await get('f-left')).toMatchObject({ n: 10 });
    expect(await get('f-right')).toMatchObject({ n: 10 });
  });
});
