import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { s3ObjectCreatedEvent } from '../../bin/local-stack/s3-object-created-event.js';
import { createInboundEmailHandler } from '../../functions/handlers/on-inbound-email.js';
import { startTestStack, type TestStack } from '../helpers/local-stack.js';

// Metrics on for this file only (the suite turns them off), before the handler's module is loaded.
vi.hoisted(() => {
  process.env.POWERTOOLS_METRICS_DISABLED = 'false';
});

let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack();
});

afterAll(async () => {
  await stack.stop();
});

describe('the inbound-email Lambda handler', () => {
  it('decodes the URL-encoded key, records one outcome per record and publishes outcome metrics', async () => {
    // Prepare: a stored message whose key needs encoding
    const handler = createInboundEmailHandler(() => stack.pipeline.dependencies);
    const key = 'raw/forwarded message+1';
    const raw = Buffer.from('From: a@spo.example\r\nSubject: no form\r\n\r\nhello\r\n');
    const { bucketName, region } = stack.pipeline.config;
    await stack.pipeline.clients.s3.send(new PutObjectCommand({ Bucket: bucketName, Key: key, Body: raw }));
    const event = s3ObjectCreatedEvent({ bucketName, key, size: raw.byteLength, eTag: 'e', region, at: new Date() });
    const written: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    // Act
    let outcomes: Awaited<ReturnType<typeof handler>>;
    try {
      outcomes = await handler(event);
    } finally {
      spy.mockRestore();
    }
    // Assess
    expect(outcomes).toEqual([
      expect.objectContaining({ messageKey: key, outcome: 'quarantined', reasonCode: 'NO_PDF_ATTACHED' }),
    ]);
    const emf = written.map((line) => JSON.parse(line) as Record<string, unknown>).find((entry) => '_aws' in entry)!;
    expect(emf).toMatchObject({ QuarantinedMessages: 1, service: 'jas-intake' });
    expect(JSON.stringify(emf)).toContain('"Namespace":"JasIntake"');
  });

  it('refuses an event that is not an S3 notification, changing nothing', async () => {
    const handler = createInboundEmailHandler(() => stack.pipeline.dependencies);
    await expect(handler({ Records: [{ eventSource: 'aws:sqs' }] })).rejects.toThrow();
  });
});
