import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeHttpServer } from '../../bin/local-stack/close-http-server.js';
import { readOutbox, startOutboxServer } from '../../bin/local-stack/outbox-server.js';
import { LOCAL_CREDENTIALS, startS3Server } from '../../bin/local-stack/s3-server.js';
import { type AwsClients, createAwsClients } from '../../functions/adapters/aws-clients.js';
import { S3FragmentStore } from '../../functions/adapters/s3-fragment-store.js';
import { S3MailStore } from '../../functions/adapters/s3-mail-store.js';
import { Sesv2Mailer } from '../../functions/adapters/sesv2-mailer.js';
import { NoticeSendUncertainError } from '../../functions/domain/notice-not-sent-yet.js';
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

describe('SESv2 mailer: a failed send says whether SES may have taken the notice', () => {
  const NOTICE = { to: ['office@ircc.example'], subject: 'Notice', text: 'text', html: '<p>text</p>' };

  /** An SES endpoint that answers its requests in turn with `answers` (never, for `undefined`), the last one from then on. */
  async function sesAnswering(...answers: ({ status: number; type: string } | undefined)[]) {
    let requests = 0;
    const server = createServer((request, response) => {
      request.resume();
      const answer = answers[Math.min(requests, answers.length - 1)];
      requests += 1;
      if (!answer) return;
      response.writeHead(answer.status, { 'content-type': 'application/json', 'x-amzn-errortype': answer.type });
      response.end(JSON.stringify({ message: `${answer.type} from the test` }));
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    return { endpoint: `http://127.0.0.1:${port}`, close: () => closeHttpServer(server) };
  }

  function mailerAt(endpoint: string, maxAttempts = 1): Sesv2Mailer {
    const sesv2 = new SESv2Client({
      region: 'ca-central-1',
      credentials: LOCAL_CREDENTIALS,
      endpoint,
      maxAttempts,
      requestHandler: { connectionTimeout: 1_000, requestTimeout: 300, throwOnRequestTimeout: true },
    });
    return new Sesv2Mailer(sesv2, 'JAS Intake <jas-intake@jas.example>');
  }

  it.each([
    ['refused (400 MessageRejected)', 'sent nothing', { status: 400, type: 'MessageRejected' }],
    ['throttled (429 TooManyRequestsException)', 'sent nothing', { status: 429, type: 'TooManyRequestsException' }],
    ['unavailable (503)', 'sent nothing', { status: 503, type: 'ServiceUnavailable' }],
    ['failed inside SES (500 InternalFailure)', 'may have sent it', { status: 500, type: 'InternalFailure' }],
    ['never answered (the request timed out)', 'may have sent it', undefined],
  ])('%s: SES %s', async (_case, verdict, answer) => {
    // Prepare
    const ses = await sesAnswering(answer);

    // Act
    const error = await mailerAt(ses.endpoint)
      .send(NOTICE)
      .catch((caught: unknown) => caught);
    await ses.close();

    // Assess
    expect(error).toBeInstanceOf(Error);
    expect(error instanceof NoticeSendUncertainError).toBe(verdict === 'may have sent it');
  });

  it('a refusal after the SDK retried a send that got no answer may still have been sent', async () => {
    // Prepare: the first attempt is never answered, the SDK's second is refused
    const ses = await sesAnswering(undefined, { status: 400, type: 'MessageRejected' });

    // Act
    const error = await mailerAt(ses.endpoint, 2)
      .send(NOTICE)
      .catch((caught: unknown) => caught);
    await ses.close();

    // Assess
    expect(error).toBeInstanceOf(NoticeSendUncertainError);
  });

  it('a connection refused sent nothing', async () => {
    // Prepare: a port nothing listens on any more
    const ses = await sesAnswering();
    await ses.close();

    // Act
    const error = await mailerAt(ses.endpoint)
      .send(NOTICE)
      .catch((caught: unknown) => caught);

    // Assess
    expect(error).toMatchObject({ code: 'ECONNREFUSED' });
    expect(error).not.toBeInstanceOf(NoticeSendUncertainError);
  });
});
