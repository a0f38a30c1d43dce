import { describe, expect, it } from 'vitest';
import { readConfig, readLimitsConfig } from '../../../functions/config.js';
import { ConfigurationError } from '../../../functions/domain/configuration-error.js';

describe('configuration', () => {
  it('reads the Lambda environment with defaults for what is optional', () => {
    const clocks = 'arn:aws:states:ca-central-1:123456789012:stateMachine:case-clocks';
    const config = readConfig({
      JAS_BUCKET_NAME: 'docs-bucket',
      JAS_TABLE_NAME: 'cases',
      JAS_NOTICE_FROM: 'JAS <jas@intake.example>',
      JAS_CLOCKS_STATE_MACHINE_ARN: clocks,
      JAS_REPORT_FUNCTION_NAME: 'JasIntake-ReportsHandler',
      JAS_CLIENT_KEY_SECRET_ARN: 'arn:aws:secretsmanager:ca-central-1:123456789012:secret:client-key-AbCdEf',
    });
    expect(config).toMatchObject({
      bucketName: 'docs-bucket',
      tableName: 'cases',
      region: 'ca-central-1',
      timeZone: 'America/Toronto',
      maxMessageBytes: 40 * 1024 * 1024,
      maxPdfBytes: 20 * 1024 * 1024,
      reading: { maxDecodedBytes: 64 * 1024 * 1024, messageReadMs: 4000, formsReadMs: 6000, heapMb: 192, threads: 1 },
      noticeLeaseMs: 90_000,
      originals: { maxAttachedBytes: 25 * 1024 * 1024, linkValidHours: 6 },
      sweep: {
        minAgeMs: 300_000,
        lookbackMs: 14 * 24 * 3600 * 1000,
        maxMessages: 10,
        giveUpMs: 3_600_000,
        fragmentWaitMs: 24 * 3600 * 1000,
      },
      deadlineReminderDays: 30,
      clocksStateMachineArn: clocks,
      reportFunctionName: 'JasIntake-ReportsHandler',
      clientKeySecret: { secretArn: 'arn:aws:secretsmanager:ca-central-1:123456789012:secret:client-key-AbCdEf' },
      endpoints: { s3: undefined, dynamodb: undefined, sesv2: undefined, stepfunctions: undefined },
    });
  });

  it('reads the limits alone for the local stack, in the same units', () => {
    expect(
      readLimitsConfig({ JAS_MESSAGE_READ_SECONDS: '2.5', JAS_READER_THREADS: '2', JAS_NOTICE_LEASE_SECONDS: '3' }),
    ).toMatchObject({ reading: { messageReadMs: 2500, threads: 2 }, noticeLeaseMs: 3000 });
    expect(() => readLimitsConfig({ JAS_READER_HEAP_MB: '8' })).toThrow(/JAS_READER_HEAP_MB/);
  });

  it('fails at start-up naming every missing or invalid variable', () => {
    const attempt = () =>
      readConfig({ JAS_TABLE_NAME: 'cases', JAS_MAX_PDF_BYTES: 'lots', JAS_S3_ENDPOINT: 'not a url' });
    expect(attempt).toThrow(ConfigurationError);
    expect(attempt).toThrow(
      /JAS_BUCKET_NAME.*JAS_NOTICE_FROM.*JAS_MAX_PDF_BYTES.*JAS_S3_ENDPOINT.*JAS_CLOCKS_STATE_MACHINE_ARN.*JAS_REPORT_FUNCTION_NAME/s,
    );
  });

  it('needs the client-key secret: the Secrets Manager secret in AWS, a file off AWS', () => {
    const rest = {
      JAS_BUCKET_NAME: 'docs-bucket',
      JAS_TABLE_NAME: 'cases',
      JAS_NOTICE_FROM: 'JAS <jas@intake.example>',
      JAS_CLOCKS_STATE_MACHINE_ARN: 'arn:aws:states:ca-central-1:123456789012:stateMachine:case-clocks',
      JAS_REPORT_FUNCTION_NAME: 'JasIntake-ReportsHandler',
    };
    expect(() => readConfig(rest)).toThrow(/JAS_CLIENT_KEY_SECRET_ARN: required/);
    expect(readConfig({ ...rest, JAS_CLIENT_KEY_SECRET_FILE: '/tmp/key' }).clientKeySecret).toEqual({
      file: '/tmp/key',
    });
  });
});
