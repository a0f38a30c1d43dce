import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { PipelineConfig } from '../config.js';

export interface AwsClients {
  readonly s3: S3Client;
  readonly dynamodb: DynamoDBDocumentClient;
  readonly sesv2: SESv2Client;
}

/** One set of SDK clients per process; endpoints are overridden only off AWS. */
export function createAwsClients(config: Pick<PipelineConfig, 'region' | 'endpoints'>): AwsClients {
  const { region, endpoints } = config;
  return {
    // Local S3 stand-ins answer on one host name, so buckets go in the path there.
    s3: new S3Client({ region, endpoint: endpoints.s3, forcePathStyle: endpoints.s3 !== undefined }),
    dynamodb: DynamoDBDocumentClient.from(new DynamoDBClient({ region, endpoint: endpoints.dynamodb }), {
      marshallOptions: { removeUndefinedValues: true },
    }),
    sesv2: new SESv2Client({ region, endpoint: endpoints.sesv2 }),
  };
}
