import { LOCAL_CREDENTIALS } from '../../bin/local-stack/s3-server.js';
import type { BenchStack } from './start-bench-stack.js';

/**
 * The environment the deployed function gets (functions/config.ts), pointed at the bench's
 * stand-ins, and nothing of the bench's own: a child process starts as clean as a Lambda.
 */
export function functionEnvironment(bench: BenchStack, nodeOptions?: string): NodeJS.ProcessEnv {
  const { config } = bench;
  return {
    PATH: process.env.PATH,
    ...(nodeOptions ? { NODE_OPTIONS: nodeOptions } : {}),
    AWS_REGION: config.region,
    AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
    JAS_BUCKET_NAME: config.bucketName,
    JAS_TABLE_NAME: config.tableName,
    JAS_NOTICE_FROM: config.noticeFrom,
    JAS_TIME_ZONE: config.timeZone,
    JAS_CLOCKS_STATE_MACHINE_ARN: config.clocksStateMachineArn,
    ...('file' in config.clientKeySecret && { JAS_CLIENT_KEY_SECRET_FILE: config.clientKeySecret.file }),
    JAS_REPORT_FUNCTION_NAME: config.reportFunctionName,
    JAS_S3_ENDPOINT: config.endpoints.s3,
    JAS_DYNAMODB_ENDPOINT: config.endpoints.dynamodb,
    JAS_SESV2_ENDPOINT: config.endpoints.sesv2,
    JAS_STEPFUNCTIONS_ENDPOINT: config.endpoints.stepfunctions,
  };
}
