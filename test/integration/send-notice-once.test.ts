import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDynamoDbServer } from '../../bin/local-stack/dynamodb-server.js';
import { LOCAL_CREDENTIALS } from '../../bin/local-stack/s3-server.js';
import { createAwsClients } from '../../functions/adapters/aws-clients.js';
import { DynamoDbCaseRepository } from '../../functions/adapters/dynamodb-case-repository.js';
import { NoticeHeldError, NoticeSendUncertainError } from '../../functions/domain/notice-not-sent-yet.js';
import type { Mailer, OutgoingNotice } from '../../functions/notices/mailer.js';
import { sendNoticesOnce } from '../../functions/notices/send-notice-once.js';

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

/** One notice sent once under `key`. */
function sendNoticeOnce(mailer: Mailer, key: string, timing: { leaseMs: number; heldWaitMs?: number }) {
  return sendNoticesOnce(cases, mailer, [{ key, notice: NOTICE }], timing);
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
    await sendNoticeOnce(mailer, key, { leaseMs: 60_000 });
    await sendNoticeOnce(mailer, key, { leaseMs: 60_000 });

    // Assess
    expect(mailer.sent()).toBe(1);
  });

  it('attempts at once: one sends, the others wait for it and return when it is sent', async () => {
    // Prepare
    const mailer = countingMailer();
    const key = nextKey();

    // Act
    await Promise.all([1, 2, 3, 4, 5].map(() => sendNoticeOnce(mailer, key, { leaseMs: 60_000 })));

    // Assess
    expect(mailer.sent()).toBe(1);
  });

  it('an attempt that died between its claim and its send is taken over once the lease has run out', async () => {
    // Prepare: the claim an attempt made before it crashed
    const mailer = countingMailer();
    const key = nextKey();
    const crashed = await cases.claimNotice(key, 400);

    // Act
    await sendNoticeOnce(mailer, key, { leaseMs: 60_000 });

    // Assess
    expect(crashed.status).toBe('claimed');
    expect(mailer.sent()).toBe(1);
    expect(await cases.claimNotice(key, 60_000)).toEqual({ status: 'sent', messageId: '<1@test>' });
  });

  it('a send SES refused gives the lease back, so the retry sends at once', async () => {
    // Prepare
    const mailer = countingMailer(1);
    const key = nextKey();

    // Act
    const failed = await sendNoticeOnce(mailer, key, { leaseMs: 60_000 }).catch((error) => error);
    // Without waiting: a lease still held would end this attempt with NoticeHeldError.
    await sendNoticeOnce(mailer, key, { leaseMs: 60_000, heldWaitMs: 0 });

    // Assess
    expect(failed).toMatchObject({ message: 'SES is unavailable' });
    expect(mailer.sent()).toBe(1);
  });

  it('a send SES may have taken keeps the lease: no attempt sends again until it has run out', async () => {
    // Prepare: SES takes the first send but its answer never comes
    let taken = 0;
    const mailer: Mailer = {
      async send() {
        taken += 1;
        if (taken === 1) throw new NoticeSendUncertainError('no answer');
        return { messageId: `<${taken}@test>` };
      },
    };
    const key = nextKey();
    const attempt = (heldWaitMs: number) => sendNoticeOnce(mailer, key, { leaseMs: 500, heldWaitMs });

    // Act
    const uncertain = await attempt(0).catch((error: unknown) => error);
    const meanwhile = await attempt(0).catch((error: unknown) => error);
    const later = await attempt(5_000);

    // Assess: sent again only once the lease ran out, the one duplicate the window allows
    expect(uncertain).toBeInstanceOf(NoticeSendUncertainError);
    expect(meanwhile).toBeInstanceOf(NoticeHeldError);
    expect(later).toEqual([{ messageId: '<2@test>' }]);
    expect(taken).toBe(2);
  });

  it('an attempt that finds the lease held past its wait gives up with the lease’s end, to run again later', async () => {
    // Prepare: another attempt holds the notice for a minute
    const key = nextKey();
    await cases.claimNotice(key, 60_000);

    // Act
    const error = await sendNoticeOnce(countingMailer(), key, {
      leaseMs: 60_000,
      heldWaitMs: 300,
    }).catch((caught: unknown) => caught);

    // Assess
    expect(error).toBeInstanceOf(NoticeHeldError);
  });

  it('notices leased with their change go out together without a claim, and land sent in one write with what comes with them', async () => {
    // Prepare: two notices leased in the write of the change that causes them
    const mailer = countingMailer();
    const [first, second] = [nextKey(), nextKey()];
    await cases.writeTogether([
      { write: 'lease-notice', noticeKey: first, leaseId: 'change-lease', leaseMs: 60_000 },
      { write: 'lease-notice', noticeKey: second, leaseId: 'change-lease', leaseMs: 60_000 },
    ]);
    const written: number[] = [];

    // Act
    const sent = await sendNoticesOnce(
      cases,
      mailer,
      [
        { key: first, notice: NOTICE, leaseId: 'change-lease' },
        { key: second, notice: NOTICE, leaseId: 'change-lease' },
      ],
      {
        leaseMs: 60_000,
        alsoRecord: (now) =>
          now.map(({ messageId }) => ({ write: 'link-message-id', caseId: 'JAS-2026-SENT00', messageId })),
        record: async (records) => {
          written.push(records.length);
          await cases.writeTogether(records);
        },
      },
    );

    // Assess
    expect(mailer.sent()).toBe(2);
    expect(written).toEqual([4]);
    expect(await cases.claimNotice(first, 60_000)).toEqual({ status: 'sent', messageId: sent[0]!.messageId });
    expect(await cases.findCaseByMessageIds([sent[1]!.messageId!])).toBe('JAS-2026-SENT00');
  });

  it('of notices sent together, one that fails gives its lease back; the others are recorded sent', async () => {
    // Prepare
    const mailer = countingMailer(1);
    const [failing, passing] = [nextKey(), nextKey()];

    // Act
    const failed = await sendNoticesOnce(
      cases,
      mailer,
      [
        { key: failing, notice: NOTICE },
        { key: passing, notice: NOTICE },
      ],
      { leaseMs: 60_000 },
    ).catch((error: unknown) => error);

    // Assess
    expect(failed).toMatchObject({ message: 'SES is unavailable' });
    expect((await cases.claimNotice(passing, 60_000)).status).toBe('sent');
    expect((await cases.claimNotice(failing, 60_000)).status).toBe('claimed');
  });
});
