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

describe('S3 mail store (against s3rver)', () => {
  it('reads a stored raw message byte for byte, and says undefined for a missing key', async () => {
    const store = new S3MailStore(clients.s3, BUCKET);
    const raw = Buffer.from('Subject: é\r\n\r\nbody\u0000\u00ff', 'latin1');
    await clients.s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'raw/with space', Body: raw }));
    expect(Buffer.from((await store.getRawMessage('raw/with space'))!)).toEqual(raw);
    expect(await store.getRawMessage('raw/missing')).toBeUndefined();
  });

  it('reads a message of many chunks whole, into one buffer of its length', async () => {
    const store = new S3MailStore(clients.s3, BUCKET);
    const raw = Buffer.alloc(3 * 1024 * 1024 + 7, 'abcdefghij');
    await clients.s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'raw/large', Body: raw }));
    const read = (await store.getRawMessage('raw/large'))!;
    expect(read.buffer.byteLength).toBe(raw.byteLength);
    expect(Buffer.from(read).equals(raw)).toBe(true);
  });

  it('writes case documents under their key', async () => {
    const store = new S3MailStore(clients.s3, BUCKET);
    await store.putCaseDocument('cases/JAS-2026-000001/documents/form.pdf', Buffer.from('%PDF-1.7'), 'application/pdf');
    expect(Buffer.from((await store.getCaseDocument('cases/JAS-2026-000001/documents/form.pdf'))!).toString()).toBe(
      '%PDF-1.7',
    );
  });
});

describe('S3 fragment store (against s3rver)', () => {
  it('keeps fragments by group, lists what arrived with the total, and gives each back', async () => {
    // Prepare
    const store = new S3FragmentStore(clients.s3, BUCKET);
    const group = 'a1b2c3';
    // Act
    await store.keepFragment(group, { number: 2 }, Buffer.from('second'));
    await store.keepFragment(group, { number: 3, total: 3 }, Buffer.from('third'));
    await store.keepFragment(group, { number: 2 }, Buffer.from('second'));
    await store.keepFragment('another', { number: 1 }, Buffer.from('other'));
    // Assess
    const kept = await store.keptFragments(group);
    expect(kept.sort((a, b) => a.number - b.number)).toEqual([{ number: 2 }, { number: 3, total: 3 }]);
    expect(Buffer.from((await store.getFragment(group, 3))!).toString()).toBe('third');
    expect(await store.getFragment(group, 1)).toBeUndefined();
    expect(await store.keptFragments('nothing-here')).toEqual([]);
  });
});

describe('SESv2 mailer (against aws-ses-v2-local)', () => {
  it('sends raw MIME with text, HTML and attachments, and the outbox keeps it', async () => {
    const mailer = new Sesv2Mailer(clients.sesv2, 'JAS Intake <jas-intake@jas.example>');
    const { messageId } = await mailer.send({
      to: ['office@ircc.example'],
      subject: '[JAS-2026-7K3Q9M] Recommandation PAC reçue',
      text: 'Bonjour — texte',
      html: '<p>Bonjour — HTML</p>',
      attachments: [
        { fileName: 'form.pdf', contentType: 'application/pdf', content: Buffer.from('%PDF-1.7 attachment') },
      ],
    });
    const sent = (await readOutbox(outbox.endpoint)).at(-1)!;
    expect(sent.subject).toBe('[JAS-2026-7K3Q9M] Recommandation PAC reçue');
    expect(sent.destination.to).toEqual(['office@ircc.example']);
    expect(sent.body.text).toContain('Bonjour — texte');
    expect(sent.body.html).toContain('Bonjour — HTML');
    expect(sent.attachments.map((attachment) => attachment.filename)).toEqual(['form.pdf']);
    // SES replaces the Message-ID with its own, from the MessageId it returned and the region's domain.
    expect(messageId).toBe(`<${sent.messageId}@ca-central-1.amazonses.com>`);
  });
});
