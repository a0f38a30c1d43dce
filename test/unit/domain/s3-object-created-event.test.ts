import { S3Schema } from '@aws-lambda-powertools/parser/schemas/s3';
import { describe, expect, it } from 'vitest';
import { s3ObjectCreatedEvent } from '../../../bin/local-stack/s3-object-created-event.js';

describe('the local S3 ObjectCreated event', () => {
  it('has the shape AWS delivers, key URL-encoded', () => {
    const event = s3ObjectCreatedEvent({
      bucketName: 'docs',
      key: 'raw/a message+1',
      size: 10,
      eTag: '"abc"',
      region: 'ca-central-1',
      at: new Date('2026-11-23T16:00:00Z'),
    });
    const parsed = S3Schema.parse(event);
    expect(parsed.Records[0]!.s3.object).toMatchObject({ key: 'raw/a+message%2B1', size: 10, eTag: 'abc' });
    expect(parsed.Records[0]!).toMatchObject({
      eventSource: 'aws:s3',
      eventName: 'ObjectCreated:Put',
      awsRegion: 'ca-central-1',
    });
  });
});
