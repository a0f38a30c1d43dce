import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepUnfinishedMessages } from '../../functions/domain/use-cases/sweep-unfinished-messages.js';
import { failNextCalls } from '../helpers/fault-injection.js';
import { startTestStack, type TestStack } from '../helpers/local-stack.js';
import { recommendationPdf, SPO, TRIAGE_MAILBOX } from '../helpers/scenario.js';

const run = promisify(execFile);
let messageNumber = 0;
// A process has one local outbox: every stack of this file runs on the same data folder.
const dataDir = mkdtempSync(join(tmpdir(), 'jas-unfinished-'));

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

/** A message SES stored whose S3 event never reached the handler (or whose handler died): no outcome. */
async function storedWithoutOutcome(on: TestStack) {
  messageNumber += 1;
  const uci = `5000-${String(messageNumber).padStart(4, '0')}`;
  const raw = await new MailComposer({
    from: SPO,
    to: 'jas@intake.example',
    subject: 'JAS recommendation',
    attachments: [await recommendationPdf(uci)],
  })
    .compile()
    .build();
  const messageKey = `raw/unfinished-${messageNumber}`;
  const { bucketName } = on.pipeline.config;
  await on.pipeline.clients.s3.send(new PutObjectCommand({ Bucket: bucketName, Key: messageKey, Body: raw }));
  return messageKey;
}

const everything = (extra: Partial<Parameters<typeof sweepUnfinishedMessages>[1]> = {}) => ({
  storedFrom: new Date(0),
  storedBefore: new Date(Date.now() + 60_000),
  maxMessages: 100,
  giveUpStoredBefore: new Date(0),
  fragmentsKeptBefore: new Date(0),
  ...extra,
});

describe('a sweep of stored messages', () => {
  // One local stack per process (its outbox is one per process): these share it.
  let local: TestStack;

  beforeAll(async () => {
    local = await startTestStack({ dataDir });
  });

  afterAll(async () => {
    await local.stop({ keepData: true });
  });

  it('finishes each stored message that has no outcome, under its own key, and leaves the others alone', async () => {
    // Prepare
    const finished = await local.outcomeOf(
      await local.sendMail({ from: SPO, to: 'jas@intake.example', subject: 'hi', text: 'no form' }),
    );
    const unfinished = [await storedWithoutOutcome(local), await storedWithoutOutcome(local)];

    // Act
    const report = await sweepUnfinishedMessages(local.pipeline.dependencies, everything());
    const again = await sweepUnfinishedMessages(local.pipeline.dependencies, everything());

    // Assess
    expect([...report.found].sort()).toEqual([...unfinished].sort());
    expect(report.finished.map((outcome) => outcome.messageKey).sort()).toEqual([...unfinished].sort());
    for (const messageKey of unfinished)
      expect(await local.pipeline.dependencies.cases.findMessageOutcome(messageKey)).toMatchObject({ messageKey });
    expect(await local.pipeline.dependencies.cases.findMessageOutcome(finished.messageKey)).toEqual(finished);
    expect(again.found).toEqual([]);
  });

  it('takes only messages old enough, at most so many per run', async () => {
    // Prepare
    for (let index = 0; index < 3; index += 1) await storedWithoutOutcome(local);

    // Act
    const tooYoung = await sweepUnfinishedMessages(
      local.pipeline.dependencies,
      everything({ storedBefore: new Date(Date.now() - 60_000) }),
    );
    const bounded = await sweepUnfinishedMessages(local.pipeline.dependencies, everything({ maxMessages: 2 }));
    const rest = await sweepUnfinishedMessages(local.pipeline.dependencies, everything());

    // Assess
    expect(tooYoung.found).toEqual([]);
    expect(bounded.found).toHaveLength(2);
    expect(rest.found).toHaveLength(1);
  });

  it('tries a message that keeps failing again later, and quarantines it once it is old enough', async () => {
    // Prepare: S3 fails every read of the raw message
    const messageKey = await storedWithoutOutcome(local);
    const fault = failNextCalls(local.pipeline.dependencies.mailStore, 'getRawMessage', 1000);

    // Act
    const failing = await sweepUnfinishedMessages(local.pipeline.dependencies, everything());
    const givenUp = await sweepUnfinishedMessages(
      local.pipeline.dependencies,
      everything({ giveUpStoredBefore: new Date(Date.now() + 60_000) }),
    );
    fault.restore();

    // Assess
    expect(failing.failed).toEqual([messageKey]);
    expect(await local.pipeline.dependencies.cases.findMessageOutcome(messageKey)).toMatchObject({
      outcome: 'quarantined',
      reasonCode: 'PROCESSING_FAILED',
    });
    expect(givenUp.finished.map((outcome) => outcome.messageKey)).toEqual([messageKey]);
  });
  it('hands a split message whose missing part never came to triage, parts kept, and each held part quarantined', async () => {
    // Prepare: parts 1 and 3 of a form mpack split in three arrive over SMTP; part 2 does not.
    const part = (number: number) =>
      readFileSync(new URL(`../fixtures/containers/partial-0${number}.eml`, import.meta.url));
    const send = async (number: number) =>
      local.outcomeOf(
        await local.sendMail({ envelope: { from: SPO, to: ['jas-intake@jas.example'] }, raw: part(number) }),
      );
    const held = [await send(1), await send(3)];
    expect(held.map((outcome) => outcome.outcome)).toEqual(['held', 'held']);
    const before = (await local.outbox()).length;

    // Act: a sweep after the wait (every fragment kept before it), then another.
    const handedOver = await sweepUnfinishedMessages(
      local.pipeline.dependencies,
      everything({ fragmentsKeptBefore: new Date(Date.now() + 60_000) }),
    );
    const again = await sweepUnfinishedMessages(
      local.pipeline.dependencies,
      everything({ fragmentsKeptBefore: new Date(Date.now() + 60_000) }),
    );

    // Assess
    const keys = held.map((outcome) => outcome.messageKey);
    expect(handedOver.incompleteSplitMessages.outcomes.map((outcome) => outcome.messageKey).sort()).toEqual(
      [...keys].sort(),
    );
    expect(again.incompleteSplitMessages.outcomes).toEqual([]);
    const notices = (await local.outbox()).slice(before);
    expect(notices.map((notice) => notice.destination.to)).toEqual([[TRIAGE_MAILBOX]]);
    expect(notices[0]!.body.text).toContain(`parts 1 and 3 of 3 arrived, part 2 never did`);
    expect(notices[0]!.body.text).toContain(`1: ${keys[0]}, 3: ${keys[1]}`);
    for (const messageKey of keys)
      expect(await local.pipeline.dependencies.cases.findMessageOutcome(messageKey)).toMatchObject({
        outcome: 'quarantined',
        reasonCode: 'MESSAGE_FRAGMENTS_INCOMPLETE',
      });
    // Nothing lost: the parts that came are still kept with the others of their message.
    const groups = [];
    for await (const group of local.pipeline.dependencies.fragments.keptGroups()) groups.push(group);
    expect(groups.flatMap((group) => group.fragments.map((fragment) => fragment.messageKey))).toEqual(
      expect.arrayContaining(keys),
    );
  });
});

describe('a local stack that stopped mid-work', () => {
  it('started again on the same data, finishes that work first', async () => {
    // Prepare: messages stored, then the stack gone before they were processed
    const first = await startTestStack({ dataDir });
    const unfinished = [await storedWithoutOutcome(first), await storedWithoutOutcome(first)];
    await first.stop({ keepData: true });

    // Act
    const restarted = await startTestStack({ dataDir });
    const atStart = await restarted.sweeper?.atStart;

    // Assess
    try {
      expect([...(atStart?.found ?? [])].sort()).toEqual([...unfinished].sort());
      for (const messageKey of unfinished) await restarted.outcomeOf(messageKey);
    } finally {
      await restarted.stop({ keepData: true });
    }
  });

  it('has its stored messages run again by jas ingest --key, each under its own key', async () => {
    // Prepare: a message stored with no outcome, in a data folder no stack runs on
    const stopped = await startTestStack({ dataDir });
    const messageKey = await storedWithoutOutcome(stopped);
    await stopped.stop({ keepData: true });

    // Act
    const replayed = await run(
      process.execPath,
      ['--import', 'tsx', 'bin/jas.ts', 'ingest', '--key', messageKey, '--json'],
      {
        env: { ...process.env, JAS_DATA_DIR: dataDir },
        timeout: 60_000,
      },
    );

    // Assess
    const [result] = JSON.parse(replayed.stdout) as { messageKey: string; outcome: { messageKey: string } }[];
    expect(result).toMatchObject({ messageKey, outcome: { messageKey } });
  });
});
