import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { LambdaClient } from '@aws-sdk/client-lambda';
import { S3Client } from '@aws-sdk/client-s3';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { SFNClient } from '@aws-sdk/client-sfn';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { PipelineConfig } from '../config.js';
import { ClientOnFirstUse } from './client-on-first-use.js';

export interface AwsClients {
  readonly s3: S3Client;
  readonly dynamodb: DynamoDBDocumentClient;
  readonly sesv2: SESv2Client;
  readonly sfn: SFNClient;
  /** Asks the report function for reports (asynchronous invocations): loaded for the first REPORT. */
  readonly lambda: ClientOnFirstUse<LambdaClient>;
  /** Reads the client-key secret, once per process (in AWS; the local stack keeps it in a file). */
  readonly secretsManager: SecretsManagerClient;
}

/**
 * One set of SDK clients per process. Endpoints (and the stand-ins' fixed credentials) are given
 * only off AWS; in Lambda the SDK's defaults apply.
 */
export function createAwsClients(
  config: Pick<PipelineConfig, 'region' | 'endpoints'>,
  credentials?: { readonly accessKeyId: string; readonly secretAccessKey: string },
): AwsClients {
  const { region, endpoints } = config;
  // Without these the SDK waits forever on a service that accepted the connection and never answers;
  // the request timeout only logs a warning unless it is told to throw.
  const requestHandler = { connectionTimeout: 3_000, requestTimeout: 20_000, throwOnRequestTimeout: true };
  return {
    // Local S3 stand-ins answer on one host name, so buckets go in the path there.
    s3: new S3Client({
      region,
      credentials,
      requestHandler,
      endpoint: endpoints.s3,
      forcePathStyle: endpoints.s3 !== undefined,
    }),
    dynamodb: DynamoDBDocumentClient.from(
      new DynamoDBClient({ region, credentials, requestHandler, endpoint: endpoints.dynamodb }),
      {
        marshallOptions: { removeUndefinedValues: true },
      },
    ),
    sesv2: new SESv2Client({ region, credentials, requestHandler, endpoint: endpoints.sesv2 }),
    sfn: new SFNClient({ region, credentials, requestHandler, endpoint: endpoints.stepfunctions }),
    lambda: new ClientOnFirstUse(async () => {
      const { LambdaClient } = await import('@aws-sdk/client-lambda');
      return new LambdaClient({ region, credentials, requestHandler });
    }),
    secretsManager: new SecretsManagerClient({ region, credentials, requestHandler }),
  };
}
