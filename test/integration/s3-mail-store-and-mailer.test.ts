import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readOutbox, startOutboxServer } from '../../bin/local-stack/outbox-server.js';
import { LOCAL_CREDENTIALS, startS3Server } from '../../bin/local-stack/s3-server.js';
import { type AwsClients, createAwsClients } from '../../functions/adapters/aws-clients.js';
import { S3FragmentStore } from '../../functions/adapters/s3-fragment-store.js';
import { S3MailStore } from '../../functions/adapters/s3-mail-store.js';
import { Sesv2Mailer } from '../../functions/adapters/sesv2-mailer.js';
import { fragmentStoreContract, mailStoreContract } from '../helpers/contracts/mail-store-contract.js';
import { mailerContract } from '../helpers/contracts/mailer-contract.js';

const BUCKET = 'docs-under-test';
let dataDir: string;
let s3: Awaited<ReturnType<typeof startS3Server>>;
let outbox: Awaited<ReturnType<typeof startOutboxServer>>;
let clients: AwsClients;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'jas-s3-'));
  s3 = await startS3Server({ port: 0, directory: join(dataDir, 's3'), bucketName: BUCKET });
  outbox = await startOutboxServer({ port: 0, file: join(dataDir, 'outbox.jsonl') });
  clients = createAwsClients(
    { region: 'ca-central-1', endpoints: { s3: s3.endpoint, sesv2: outbox.endpoint } },
    LOCAL_CREDENTIALS,
  );
});

afterAll(async () => {
  await s3.stop();
  await outbox.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

mailStoreContract('S3 (s3rver)', {
  store: () => new S3MailStore(clients.s3, BUCKET),
  // What SES receiving does: the object is written to the bucket directly, not through the pipeline's port.
  storeRawMessage: async (key, raw) => {
    await clients.s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: raw }));
  },
});

describe('S3 mail store (against s3rver): what only S3 shows', () => {
  it('reads a message of many chunks whole, into one buffer of its length', async () => {
    const store = new S3MailStore(clients.s3, BUCKET);
    const raw = Buffer.alloc(3 * 1024 * 1024 + 7, 'abcdefghij');
    await clients.s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'raw/large', Body: raw }));
    const read = (await store.getRawMessage('raw/large'))!;
    expect(read.buffer.byteLength).toBe(raw.byteLength);
    expect(Buffer.from(read).equals(raw)).toBe(true);
  });
});

fragmentStoreContract('S3 (s3rver)', () => new S3FragmentStore(clients.s3, BUCKET));

mailerContract('SESv2 (aws-ses-v2-local)', {
  mailer: () => new Sesv2Mailer(clients.sesv2, 'JAS Intake <jas-intake@jas.example>'),
  delivered: async () =>
    (await readOutbox(outbox.endpoint)).map((sent) => ({
      to: sent.destination.to,
      subject: sent.subject,
      text: sent.body.text ?? '',
      attachmentNames: sent.attachments.map((attachment) => attachment.filename ?? ''),
      // SES replaces the Message-ID with its own, from the MessageId it returned and the region's domain.
      messageId: `<${sent.messageId}@ca-central-1.amazonses.com>`,
    })),
});
