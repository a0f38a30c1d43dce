import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { PipelineConfig } from '../../functions/config.js';
import { DEFAULT_MAX_MESSAGE_BYTES } from '../../functions/mime/read-inbound-message.js';
import { startDynamoDbServer } from './dynamodb-server.js';
import { createLocalPipeline, type LocalPipeline } from './local-pipeline.js';
import type { LocalStackOptions } from './local-stack-options.js';
import { startOutboxServer } from './outbox-server.js';
import { startS3Server } from './s3-server.js';
import { startSesReceivingSmtpServer } from './ses-receiving-smtp-server.js';
import type { SesVerdicts } from './ses-verdicts.js';

export const LOCAL_BUCKET_NAME = 'jas-documents-local';
export const LOCAL_TABLE_NAME = 'jas-cases-local';
export const LOCAL_REGION = 'ca-central-1';

export interface LocalEndpoints {
  readonly smtp: { readonly host: string; readonly port: number };
  readonly s3: string;
  readonly dynamodb: string;
  readonly outbox: string;
}

export interface LocalStack {
  readonly endpoints: LocalEndpoints;
  readonly pipeline: LocalPipeline;
  stop(): Promise<void>;
}

/** The pipeline's configuration when it runs against a local stack's endpoints. */
export function localPipelineConfig(endpoints: Omit<LocalEndpoints, 'smtp'>, options: Pick<LocalStackOptions, 'noticeFrom' | 'timeZone'>): PipelineConfig {
  return {
    bucketName: LOCAL_BUCKET_NAME,
    tableName: LOCAL_TABLE_NAME,
    noticeFrom: options.noticeFrom,
    maxMessageBytes: DEFAULT_MAX_MESSAGE_BYTES,
    maxPdfBytes: 20 * 1024 * 1024,
    timeZone: options.timeZone,
    region: LOCAL_REGION,
    endpoints: { s3: endpoints.s3, dynamodb: endpoints.dynamodb, sesv2: endpoints.outbox },
  };
}

/**
 * Starts the whole pipeline on loopback, in this process: S3 (s3rver), DynamoDB (dynalite), the
 * SESv2 outbox (aws-ses-v2-local) and SMTP playing SES receiving, wired to the real handler.
 */
export async function startLocalStack(options: LocalStackOptions & { verdicts?: SesVerdicts; retryDelaysMs?: readonly number[] }): Promise<LocalStack> {
  mkdirSync(options.dataDir, { recursive: true });
  const stops: (() => Promise<void>)[] = [];
  try {
    const s3 = await startS3Server({ port: options.ports.s3, directory: join(options.dataDir, 's3'), bucketName: LOCAL_BUCKET_NAME });
    stops.push(s3.stop);
    const dynamodb = await startDynamoDbServer({ port: options.ports.dynamodb, directory: join(options.dataDir, 'dynamodb'), tableName: LOCAL_TABLE_NAME, region: LOCAL_REGION });
    stops.push(dynamodb.stop);
    const outbox = await startOutboxServer({ port: options.ports.outbox, file: join(options.dataDir, 'outbox.jsonl') });
    stops.push(outbox.stop);
    const config = localPipelineConfig({ s3: s3.endpoint, dynamodb: dynamodb.endpoint, outbox: outbox.endpoint }, options);
    const pipeline = createLocalPipeline(config, options);
    stops.push(pipeline.drain);
    const smtp = await startSesReceivingSmtpServer({ port: options.ports.smtp, maxMessageBytes: config.maxMessageBytes, receive: pipeline.receive });
    stops.push(smtp.stop);
    return {
      endpoints: { smtp: { host: smtp.host, port: smtp.port }, s3: s3.endpoint, dynamodb: dynamodb.endpoint, outbox: outbox.endpoint },
      pipeline,
      stop: () => stopAll(stops),
    };
  } catch (error) {
    await stopAll(stops);
    throw error;
  }
}

async function stopAll(stops: (() => Promise<void>)[]): Promise<void> {
  for (const stop of stops.reverse()) await stop().catch(() => undefined);
  stops.length = 0;
}
