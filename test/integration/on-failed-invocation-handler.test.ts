import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { s3ObjectCreatedEvent } from '../../bin/local-stack/s3-object-created-event.js';
import { createFailedInvocationHandler } from '../../functions/handlers/on-failed-invocation.js';
import { startTestStack, type TestStack } from '../helpers/local-stack.js';

let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack();
});

afterAll(async () => {
  await stack.stop();
});

/** The SQS message Lambda's on-failure destination delivers for an S3-triggered invocation. */
function onFailureMessage(s3Event: ReturnType<typeof s3ObjectCreatedEvent>, errorType: string) {
  const body = JSON.stringify({
    version: '1.0',
    timestamp: new Date().toISOString(),
    requestContext: {
      requestId: 'r-1',
      functionArn: 'arn:aws:lambda:ca-central-1:123456789012:function:inbound:$LATEST',
      condition: 'RetriesExhausted',
      approximateInvokeCount: 3,
    },
    requestPayload: s3Event,
    responseContext: { statusCode: 200, executedVersion: '$LATEST', functionError: 'Unhandled' },
    responsePayload: { errorType, errorMessage: 'a message that may hold anything' },
  });
  return {
    Records: [
      {
        messageId: '0f1e2d3c-0000-4000-8000-000000000001',
        receiptHandle: 'handle',
        body,
        attributes: {
          ApproximateReceiveCount: '1',
          SentTimestamp: '1700000000000',
          SenderId: 'AIDAEXAMPLE',
          ApproximateFirstReceiveTimestamp: '1700000000001',
        },
        messageAttributes: {},
        md5OfBody: 'x',
        eventSource: 'aws:sqs',
        eventSourceARN: 'arn:aws:sqs:ca-central-1:123456789012:failed-invocations',
        awsRegion: 'ca-central-1',
      },
    ],
  };
}

describe('the on-failure queue handler', () => {
  it('quarantines a message whose every retry failed, with the error type, and keeps an outcome already recorded', async () => {
    const { bucketName, region } = stack.pipeline.config;
    const key = 'raw/failed everywhere';
    const raw = Buffer.from('From: a@spo.example\r\nSubject: x\r\n\r\nbody');
    await stack.pipeline.clients.s3.send(new PutObjectCommand({ Bucket: bucketName, Key: key, Body: raw }));
    const handler = createFailedInvocationHandler(() => stack.pipeline.dependencies);
    const event = onFailureMessage(
      s3ObjectCreatedEvent({ bucketName, key, size: raw.length, eTag: 'e', region, at: new Date() }),
      'TimeoutError',
    );
    const [outcome] = await handler(event);
    expect(outcome).toMatchObject({
      messageKey: key,
      outcome: 'quarantined',
      reasonCode: 'PROCESSING_FAILED',
      reason: expect.stringContaining('TimeoutError'),
    });
    expect(outcome!.reason).not.toContain('may hold anything');
    const triage = (await stack.outbox()).filter((notice) => notice.destination.to.includes('triage.jas@ircc.example'));
    expect(triage).toHaveLength(1);
    const [again] = await handler(event);
    expect(again).toEqual(outcome);
  });

  it('leaves for the sweeper a message whose retries waited on a notice another attempt held', async () => {
    const { bucketName, region } = stack.pipeline.config;
    const key = 'raw/waited on a notice';
    const raw = Buffer.from('From: a@spo.example\r\nSubject: x\r\n\r\nbody');
    await stack.pipeline.clients.s3.send(new PutObjectCommand({ Bucket: bucketName, Key: key, Body: raw }));
    const handler = createFailedInvocationHandler(() => stack.pipeline.dependencies);
    const event = onFailureMessage(
      s3ObjectCreatedEvent({ bucketName, key, size: raw.length, eTag: 'e', region, at: new Date() }),
      'NoticeHeldError',
    );
    expect(await handler(event)).toEqual([]);
    expect(await stack.pipeline.dependencies.cases.findMessageOutcome(key)).toBeUndefined();
  });
});
