import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../helpers/local-stack.js';
import { recommendationPdf, SPO, TRIAGE_MAILBOX } from '../helpers/scenario.js';

const MB = 1024 * 1024;
let stack: TestStack;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'jas-triage-'));
  // A small limit, so that a message of a few megabytes is one too large to attach.
  const limit = process.env.JAS_MAX_ATTACHED_ORIGINAL_BYTES;
  process.env.JAS_MAX_ATTACHED_ORIGINAL_BYTES = String(MB);
  try {
    stack = await startTestStack({ dataDir });
  } finally {
    if (limit === undefined) delete process.env.JAS_MAX_ATTACHED_ORIGINAL_BYTES;
    else process.env.JAS_MAX_ATTACHED_ORIGINAL_BYTES = limit;
  }
});

afterAll(async () => {
  await stack.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function received(raw: Buffer) {
  const message = await stack.pipeline.ingest(raw);
  return (await message.processed)!;
}

async function triageNoticeAbout(messageKey: string) {
  const notices = await stack.outbox();
  return notices.find(
    (notice) => notice.destination.to.includes(TRIAGE_MAILBOX) && (notice.body.text ?? '').includes(messageKey),
  );
}

describe('what no sender can be told, or no notice can carry, still reaches a person', () => {
  it('a form with problems from a message with no From goes to triage, saying so, and nobody is told it was rejected', async () => {
    // Prepare
    const raw = await new MailComposer({
      to: 'jas@intake.example',
      subject: 'JAS',
      attachments: [await recommendationPdf('6000-0001', { 'client.dateOfBirth': 'never' })],
    })
      .compile()
      .build();

    // Act
    const outcome = await received(raw);

    // Assess
    expect(outcome).toMatchObject({ outcome: 'quarantined', reasonCode: 'FROM_AMBIGUOUS' });
    expect(outcome.reason).toContain('The message has no From header.');
    expect(outcome.reason).not.toContain('the sender was told');
    expect(await triageNoticeAbout(outcome.messageKey)).toBeDefined();
  });

  it('a message too large to attach is named and linked in the triage notice, and the link downloads it', async () => {
    // Prepare: 2 MB of scans and no form, over the 1 MB this stack may attach
    const raw = await new MailComposer({
      from: SPO,
      to: 'jas@intake.example',
      subject: 'Scans',
      attachments: [{ filename: 'scan.jpg', content: Buffer.alloc(2 * MB, 7), contentType: 'image/jpeg' }],
    })
      .compile()
      .build();

    // Act
    const outcome = await received(raw);
    const notice = await triageNoticeAbout(outcome.messageKey);
    const link = /Download \(valid 6 hours\): (\S+)/.exec(notice?.body.text ?? '')?.[1];
    const downloaded = Buffer.from(await (await fetch(link!)).arrayBuffer());

    // Assess
    expect(outcome).toMatchObject({ outcome: 'quarantined', reasonCode: 'NO_PDF_ATTACHED' });
    expect(notice?.attachments).toEqual([]);
    expect(notice?.body.text).toContain(`It is stored under ${outcome.messageKey}`);
    expect(downloaded.subarray(downloaded.length - raw.length)).toEqual(raw);
  });

  it('a message that fits is attached, as before', async () => {
    // Prepare
    const raw = await new MailComposer({ from: SPO, to: 'jas@intake.example', subject: 'Hello', text: 'No form.' })
      .compile()
      .build();

    // Act
    const outcome = await received(raw);

    // Assess
    // The outbox's MIME parser shows an attached message inline, not as a file: the notice says which it is.
    const notice = await triageNoticeAbout(outcome.messageKey);
    expect(notice?.body.text).toContain('The original message is attached.');
    expect(notice?.body.text).not.toContain('Download (valid');
  });
});
