import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDynamoDbServer } from '../../bin/local-stack/dynamodb-server.js';
import { LOCAL_CREDENTIALS } from '../../bin/local-stack/s3-server.js';
import { createAwsClients } from '../../functions/adapters/aws-clients.js';
import { clientKeyer } from '../../functions/adapters/client-key.js';
import { DynamoDbCaseRepository } from '../../functions/adapters/dynamodb-case-repository.js';
import { caseRepositoryContract } from '../helpers/contracts/case-repository-contract.js';

const TABLE = 'cases-under-test';
const CLIENT_KEY_SECRET = 'a-test-secret';
const keyer = clientKeyer(async () => CLIENT_KEY_SECRET);
let server: Awaited<ReturnType<typeof startDynamoDbServer>>;
let repository: DynamoDbCaseRepository;
let dataDir: string;

let documentClient: DynamoDBDocumentClient;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'jas-ddb-'));
  server = await startDynamoDbServer({ port: 0, directory: dataDir, tableName: TABLE, region: 'ca-central-1' });
  const { dynamodb } = createAwsClients(
    { region: 'ca-central-1', endpoints: { dynamodb: server.endpoint } },
    LOCAL_CREDENTIALS,
  );
  repository = new DynamoDbCaseRepository(dynamodb, TABLE, () => new Date(), keyer);
  documentClient = dynamodb;
});

afterAll(async () => {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

caseRepositoryContract('DynamoDB (dynalite)', {
  repository: () => repository,
  withClock: (now) => new DynamoDbCaseRepository(documentClient, TABLE, now, keyer),
});

describe('DynamoDB case repository (against dynalite): what only the table shows', () => {
  it('keys hold no personal data: linked message ids are stored by their hash', async () => {
    // Act
    await repository.writeTogether([
      { write: 'link-message-id', caseId: 'JAS-2026-AAAAAA', messageId: '<20261123.jane.doe@spo.example>' },
    ]);

    // Assess
    expect(await repository.findCaseByMessageIds(['<20261123.jane.doe@spo.example>'])).toBe('JAS-2026-AAAAAA');
    const keys = (await documentClient.send(new ScanCommand({ TableName: TABLE }))).Items!.map((item) =>
      String(item.pk),
    );
    expect(keys.filter((key) => key.startsWith('MAILID#')).join(' ')).not.toMatch(/@|spo|jane|notice/);
  });

  it('keys a client by an HMAC of the UCI under the secret: the UCI is in no key', async () => {
    await repository.claimClient('1234-5678', 'JAS-2026-EEEEEE');
    // However the UCI is written, one client.
    expect(await repository.findClientCase('12345678')).toBe('JAS-2026-EEEEEE');
    const { Items = [] } = await documentClient.send(new ScanCommand({ TableName: TABLE }));
    const keys = Items.map((item) => `${item.pk} ${item.sk}`);
    expect(keys.some((key) => /12345678|1234-5678/.test(key))).toBe(false);
    const expected = createHmac('sha256', CLIENT_KEY_SECRET).update('12345678').digest('hex');
    expect(keys).toContain(`CLIENT#${expected} #CLIENT`);
    // Another secret (another deployment) makes other keys: the hash cannot be matched from the UCI alone.
    const other = new DynamoDbCaseRepository(
      documentClient,
      TABLE,
      () => new Date(),
      clientKeyer(async () => 'other'),
    );
    expect(await other.findClientCase('1234-5678')).toBeUndefined();
  });

  it('a function without the secret cannot find a client by UCI', async () => {
    await expect(new DynamoDbCaseRepository(documentClient, TABLE).findClientCase('12345678')).rejects.toThrow(
      /no client-key secret/,
    );
  });
});
