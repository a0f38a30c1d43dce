import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDynamoDbServer } from '../../bin/local-stack/dynamodb-server.js';
import { LOCAL_CREDENTIALS } from '../../bin/local-stack/s3-server.js';
import { createAwsClients } from '../../functions/adapters/aws-clients.js';
import { DynamoDbCaseRepository } from '../../functions/adapters/dynamodb-case-repository.js';
import type { Mailer, OutgoingNotice } from '../../functions/notices/mailer.js';
import { NoticeHeldError, sendNoticeOnce } from '../../functions/notices/send-notice-once.js';

const TABLE = 'notices-under-test';
const NOTICE: OutgoingNotice = { to: ['office@ircc.example'], subject: 'Notice', text: 'text', html: '<p>text</p>' };
let server: Awaited<ReturnType<typeof startDynamoDbServer>>;
let cases: DynamoDbCaseRepository;
let dataDir: string;
let keyNumber = 0;

/** A mailer that counts what it sends, and fails the sends it is told to. */
function countingMailer(failures = 0): Mailer & { sent: () => number } {
  let sent = 0;
  let toFail = failures;
  return {
    sent: () => sent,
    async send() {
      if (toFail > 0) {
        toFail -= 1;
        throw new Error('SES is unavailable');
      }
      sent += 1;
      return { messageId: `<${sent}@test>` };
    },
  };
}

function nextKey(): string {
  keyNumber += 1;
  return `raw/notice-${keyNumber}#ack`;
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'jas-notices-'));
  server = await startDynamoDbServer({ port: 0, directory: dataDir, tableName: TABLE, region: 'ca-central-1' });
  const { dynamodb } = createAwsClients(
    { region: 'ca-central-1', endpoints: { dynamodb: server.endpoint } },
    LOCAL_CREDENTIALS,
  );
  cases = new DynamoDbCaseRepository(dynamodb, TABLE);
});

afterAll(async () => {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('a notice is sent once, whatever happens to the attempts that send it', () => {
  it('a second attempt finds it sent and sends nothing', async () => {
    // Prepare
    const mailer = countingMailer();
    const key = nextKey();

    // Act
    await sendNoticeOnce(cases, mailer, key, NOTICE, { leaseMs: 60_000 });
    await sendNoticeOnce(cases, mailer, key, NOTICE, { leaseMs: 60_000 });

    // Assess
    expect(mailer.sent()).toBe(1);
  });

  it('attempts at once: one sends, the others wait for it and return when it is sent', async () => {
    // Prepare
    const mailer = countingMailer();
    const key = nextKey();

    // Act
    await Promise.all([1, 2, 3, 4, 5].map(() => sendNoticeOnce(cases, mailer, key, NOTICE, { leaseMs: 60_000 })));

    // Assess
    expect(mailer.sent()).toBe(1);
  });

  it('an attempt that died between its claim and its send is taken over once the lease has run out', async () => {
    // Prepare: the claim an attempt made before it crashed
    const mailer = countingMailer();
    const key = nextKey();
    const crashed = await cases.claimNotice(key, 400);

    // Act
    await sendNoticeOnce(cases, mailer, key, NOTICE, { leaseMs: 60_000 });

    // Assess
    expect(crashed.status).toBe('claimed');
    expect(mailer.sent()).toBe(1);
    expect(await cases.claimNotice(key, 60_000)).toEqual({ status: 'sent', messageId: '<1@test>' });
  });

  it('a failed send gives the lease back, so the retry sends at once', async () => {
    // Prepare
    const mailer = countingMailer(1);
    const key = nextKey();

    // Act
    const failed = await sendNoticeOnce(cases, mailer, key, NOTICE, { leaseMs: 60_000 }).catch((error) => error);
    // Without waiting: a lease still held would end this attempt with NoticeHeldError.
    await sendNoticeOnce(cases, mailer, key, NOTICE, { leaseMs: 60_000, heldWaitMs: 0 });

    // Assess
    expect(failed).toMatchObject({ message: 'SES is unavailable' });
    expect(mailer.sent()).toBe(1);
  });

  it('an attempt that finds the lease held past its wait gives up with the lease’s end, to run again later', async () => {
    // Prepare: another attempt holds the notice for a minute
    const key = nextKey();
    await cases.claimNotice(key, 60_000);

    // Act
    const error = await sendNoticeOnce(cases, countingMailer(), key, NOTICE, {
      leaseMs: 60_000,
      heldWaitMs: 300,
    }).catch((caught: unknown) => caught);

    // Assess
    expect(error).toBeInstanceOf(NoticeHeldError);
  });
});
