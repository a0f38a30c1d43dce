import { randomBytes } from 'node:crypto';
import { encodeS3EventKey } from '../../functions/s3-event-key.js';

/**
 * The S3 ObjectCreated notification exactly as AWS delivers it to Lambda, key URL-encoded. s3rver's
 * own events carry raw keys, so the local stack builds the event itself after storing the object.
 */
export function s3ObjectCreatedEvent(options: {
  bucketName: string;
  key: string;
  size: number;
  eTag: string;
  region: string;
  at: Date;
}) {
  return {
    Records: [
      {
        eventVersion: '2.1',
        eventSource: 'aws:s3',
        awsRegion: options.region,
        eventTime: options.at.toISOString(),
        eventName: 'ObjectCreated:Put',
        userIdentity: { principalId: 'AWS:SES' },
        requestParameters: { sourceIPAddress: '127.0.0.1' },
        responseElements: {
          'x-amz-request-id': randomBytes(8).toString('hex').toUpperCase(),
          'x-amz-id-2': randomBytes(24).toString('base64'),
        },
        s3: {
          s3SchemaVersion: '1.0',
          configurationId: 'inbound-email',
          bucket: {
            name: options.bucketName,
            ownerIdentity: { principalId: 'LOCAL' },
            arn: `arn:aws:s3:::${options.bucketName}`,
          },
          object: {
            key: encodeS3EventKey(options.key),
            size: options.size,
            eTag: options.eTag.replace(/"/g, ''),
            sequencer: options.at.getTime().toString(16).toUpperCase().padStart(16, '0'),
          },
        },
      },
    ],
  };
}
