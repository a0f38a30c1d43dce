import { createHash } from 'node:crypto';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { LocalMailZone } from '../../bin/local-stack/local-mail-zone.js';
import { s3ObjectCreatedEvent } from '../../bin/local-stack/s3-object-created-event.js';
import { asStoredBySes } from '../../bin/local-stack/ses-verdicts.js';
import { RECIPIENT, SENDER } from '../inputs/compose-message.js';
import type { BenchStack } from './start-bench-stack.js';

const zone = new LocalMailZone();

export type S3Event = ReturnType<typeof s3ObjectCreatedEvent>;

/**
 * Stores a message under `raw/` as SES receiving does (verified, its verdict block on top) and
 * returns the S3 event Lambda would get. Done before the clock starts: storing is SES's work, not
 * the handler's.
 */
export async function storeAsSes(bench: BenchStack, raw: Buffer, mailFrom: string = SENDER): Promise<S3Event> {
  const { config, clients } = bench;
  const messageId = createHash('sha1').update(raw).digest('hex');
  const receivedAt = new Date();
  const envelope = { mailFrom, recipients: [RECIPIENT], clientAddress: '127.0.0.1', helo: 'localhost' };
  const body = await asStoredBySes(raw, envelope, zone, { messageId, receivedAt });
  const key = `raw/${messageId}`;
  const stored = await clients.s3.send(new PutObjectCommand({ Bucket: config.bucketName, Key: key, Body: body }));
  return s3ObjectCreatedEvent({
    bucketName: config.bucketName,
    key,
    size: body.byteLength,
    eTag: stored.ETag ?? '',
    region: config.region,
    at: receivedAt,
  });
}
