import { z } from 'zod';
import { DEFAULT_DEADLINE_REMINDER_DAYS } from '../kernel/policy-calendar.js';
import { ConfigurationError } from './domain/configuration-error.js';
import { DEFAULT_MAX_MESSAGE_BYTES } from './mime/message-limits.js';

const MEGABYTE = 1024 * 1024;

const environmentSchema = z.object({
  JAS_BUCKET_NAME: z.string().min(3),
  JAS_TABLE_NAME: z.string().min(3),
  /** The address notices come from, and where replies come back: e.g. `JAS Intake <jas@intake.example>`. */
  JAS_NOTICE_FROM: z.string().min(3),
  JAS_CONFIGURATION_SET: z.string().min(1).optional(),
  JAS_MAX_MESSAGE_BYTES: z.coerce.number().int().positive().default(DEFAULT_MAX_MESSAGE_BYTES),
  JAS_MAX_PDF_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(20 * MEGABYTE),
  /** Calendar dates (received on, policy deadlines) are counted in this zone. */
  JAS_TIME_ZONE: z.string().min(1).default('America/Toronto'),
  /** Days before the 8-month deadline that an SPO still owing information is reminded. */
  JAS_DEADLINE_REMINDER_DAYS: z.coerce.number().int().min(1).max(120).default(DEFAULT_DEADLINE_REMINDER_DAYS),
  AWS_REGION: z.string().min(1).default('ca-central-1'),
  // Set only off AWS (the local stack, tests): the same SDK clients then talk to the local stand-ins.
  JAS_S3_ENDPOINT: z.url().optional(),
  JAS_DYNAMODB_ENDPOINT: z.url().optional(),
  JAS_SESV2_ENDPOINT: z.url().optional(),
  JAS_STEPFUNCTIONS_ENDPOINT: z.url().optional(),
  /** The case-clocks state machine. */
  JAS_CLOCKS_STATE_MACHINE_ARN: z.string().startsWith('arn:'),
});

export interface PipelineConfig {
  readonly bucketName: string;
  readonly tableName: string;
  readonly noticeFrom: string;
  readonly configurationSet?: string;
  readonly maxMessageBytes: number;
  readonly maxPdfBytes: number;
  readonly timeZone: string;
  readonly deadlineReminderDays: number;
  readonly region: string;
  readonly clocksStateMachineArn: string;
  readonly endpoints: {
    readonly s3?: string;
    readonly dynamodb?: string;
    readonly sesv2?: string;
    readonly stepfunctions?: string;
  };
}

/** Reads every setting from the environment once, failing with the list of what is missing or wrong. */
export function readConfig(environment: NodeJS.ProcessEnv = process.env): PipelineConfig {
  const result = environmentSchema.safeParse(environment);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigurationError(`Invalid configuration: ${problems.join('; ')}`);
  }
  const env = result.data;
  return {
    bucketName: env.JAS_BUCKET_NAME,
    tableName: env.JAS_TABLE_NAME,
    noticeFrom: env.JAS_NOTICE_FROM,
    configurationSet: env.JAS_CONFIGURATION_SET,
    maxMessageBytes: env.JAS_MAX_MESSAGE_BYTES,
    maxPdfBytes: env.JAS_MAX_PDF_BYTES,
    timeZone: env.JAS_TIME_ZONE,
    deadlineReminderDays: env.JAS_DEADLINE_REMINDER_DAYS,
    region: env.AWS_REGION,
    clocksStateMachineArn: env.JAS_CLOCKS_STATE_MACHINE_ARN,
    endpoints: {
      s3: env.JAS_S3_ENDPOINT,
      dynamodb: env.JAS_DYNAMODB_ENDPOINT,
      sesv2: env.JAS_SESV2_ENDPOINT,
      stepfunctions: env.JAS_STEPFUNCTIONS_ENDPOINT,
    },
  };
}
