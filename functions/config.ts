import * as z from 'zod';
import { DEFAULT_MAX_DECODED_BYTES, DEFAULT_MAX_PDF_BYTES, DEFAULT_MAX_PDF_OBJECTS } from '../forms/pdf/pdf-limits.js';
import { DEFAULT_DEADLINE_REMINDER_DAYS } from '../kernel/policy-calendar.js';
import type { ClientKeySecretSource } from './adapters/client-key.js';
import { ConfigurationError } from './domain/configuration-error.js';
import type { SweepSettings } from './domain/use-cases/sweep-unfinished-messages.js';
import { DEFAULT_MAX_MESSAGE_BYTES } from './mime/message-limits.js';
import type { OriginalLimits } from './notices/notice-attachments.js';

/** Where IRCC's ROC-O works: case dates, deadlines and the reports' schedules count in this zone unless set. */
export const DEFAULT_TIME_ZONE = 'America/Toronto';

/** How processing is bounded and made safe to repeat: the same in Lambda and in the local stack. */
const limitsSchema = z.object({
  /** Bytes one PDF's streams may decode to, all filters of all streams together. */
  JAS_MAX_DECODED_BYTES: z.coerce.number().int().positive().default(DEFAULT_MAX_DECODED_BYTES),
  /** Objects reading one PDF may build; past it the PDF is refused as too complex. */
  JAS_MAX_PDF_OBJECTS: z.coerce.number().int().positive().default(DEFAULT_MAX_PDF_OBJECTS),
  /** Seconds parsing one message's MIME may take; past it the message goes to triage. */
  JAS_MESSAGE_READ_SECONDS: z.coerce.number().positive().max(60).default(4),
  /** Seconds reading all of one message's PDFs may take; a PDF past it is refused, and those after it not read. */
  JAS_FORMS_READ_SECONDS: z.coerce.number().positive().max(60).default(6),
  /** The reading worker's V8 heap limit; a read that needs more is stopped. */
  JAS_READER_HEAP_MB: z.coerce.number().int().min(32).default(192),
  /** Reading workers kept warm: one per message handled at once. */
  JAS_READER_THREADS: z.coerce.number().int().min(1).max(16).default(1),
  /**
   * Seconds an attempt holds a notice it is sending; a crashed attempt's notice is sent again after
   * it. Longer than the inbound function's timeout (60 s), so an attempt still alive is never overtaken.
   */
  JAS_NOTICE_LEASE_SECONDS: z.coerce.number().positive().default(90),
  /** Larger originals are linked from the notices about them, not attached (SES sends at most 40 MB once encoded). */
  JAS_MAX_ATTACHED_ORIGINAL_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .max(29 * 1024 * 1024)
    .default(25 * 1024 * 1024),
  /** How long the link to an original too large to attach works (at most as long as the function's credentials). */
  JAS_ORIGINAL_LINK_HOURS: z.coerce.number().int().min(1).max(168).default(6),
  /** A stored message without an outcome is swept once it is this old (its own processing had its chance). */
  JAS_SWEEP_MIN_AGE_SECONDS: z.coerce.number().min(0).default(300),
  /** How far back each sweep looks under raw/. */
  JAS_SWEEP_LOOKBACK_DAYS: z.coerce.number().positive().default(14),
  /** Unfinished messages processed per sweep; the rest wait for the next. */
  JAS_SWEEP_MAX_MESSAGES: z.coerce.number().int().min(1).max(100).default(10),
  /** A swept message still failing this long after it was stored is quarantined. */
  JAS_SWEEP_GIVE_UP_MINUTES: z.coerce.number().positive().default(60),
  /**
   * A split message still missing fragments this long after the last one came goes to triage; well
   * within the 30 days fragments are kept (lib/constructs/documents-bucket.ts), or they would be gone first.
   */
  JAS_FRAGMENT_WAIT_HOURS: z.coerce
    .number()
    .positive()
    .max(28 * 24)
    .default(24),
});

const environmentSchema = limitsSchema.extend({
  JAS_BUCKET_NAME: z.string().min(3),
  JAS_TABLE_NAME: z.string().min(3),
  /** The address notices come from, and where replies come back: e.g. `JAS Intake <jas@intake.example>`. */
  JAS_NOTICE_FROM: z.string().min(3),
  JAS_CONFIGURATION_SET: z.string().min(1).optional(),
  JAS_MAX_MESSAGE_BYTES: z.coerce.number().int().positive().default(DEFAULT_MAX_MESSAGE_BYTES),
  JAS_MAX_PDF_BYTES: z.coerce.number().int().positive().default(DEFAULT_MAX_PDF_BYTES),
  /** Calendar dates (received on, policy deadlines) are counted in this zone. */
  JAS_TIME_ZONE: z.string().min(1).default(DEFAULT_TIME_ZONE),
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
  /** The report function, which `REPORT` by email is handed to. */
  JAS_REPORT_FUNCTION_NAME: z.string().min(1),
  /** The Secrets Manager secret clients' UCIs are keyed with (HMAC), so no key holds a UCI. */
  JAS_CLIENT_KEY_SECRET_ARN: z.string().startsWith('arn:').optional(),
  /** Off AWS only (the local stack, the bench): the same secret in a file. */
  JAS_CLIENT_KEY_SECRET_FILE: z.string().min(1).optional(),
});

export interface PipelineConfig {
  readonly bucketName: string;
  readonly tableName: string;
  readonly noticeFrom: string;
  readonly configurationSet?: string;
  readonly maxMessageBytes: number;
  readonly maxPdfBytes: number;
  readonly reading: ReadingConfig;
  readonly noticeLeaseMs: number;
  readonly sweep: SweepSettings;
  readonly originals: OriginalLimits;
  readonly timeZone: string;
  readonly deadlineReminderDays: number;
  readonly region: string;
  readonly clocksStateMachineArn: string;
  readonly reportFunctionName: string;
  /** Where the secret that keys clients' UCIs is (functions/adapters/client-key.ts). */
  readonly clientKeySecret: ClientKeySecretSource;
  readonly endpoints: {
    readonly s3?: string;
    readonly dynamodb?: string;
    readonly sesv2?: string;
    readonly stepfunctions?: string;
  };
}

/** How reading one message is bounded: worker threads with a heap limit, deadlines, a decode budget per PDF. */
export interface ReadingConfig {
  readonly maxDecodedBytes: number;
  readonly maxPdfObjects: number;
  readonly messageReadMs: number;
  readonly formsReadMs: number;
  readonly heapMb: number;
  readonly threads: number;
}

function parsed<Schema extends z.ZodType>(schema: Schema, environment: NodeJS.ProcessEnv): z.output<Schema> {
  const result = schema.safeParse(environment);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigurationError(`Invalid configuration: ${problems.join('; ')}`);
  }
  return result.data;
}

/** The settings the local stack shares with Lambda, beside the names and endpoints it sets itself. */
export type LimitsConfig = Pick<PipelineConfig, 'reading' | 'noticeLeaseMs' | 'sweep' | 'originals'>;

function limitsConfigOf(env: z.output<typeof limitsSchema>): LimitsConfig {
  return {
    reading: {
      maxDecodedBytes: env.JAS_MAX_DECODED_BYTES,
      maxPdfObjects: env.JAS_MAX_PDF_OBJECTS,
      messageReadMs: env.JAS_MESSAGE_READ_SECONDS * 1000,
      formsReadMs: env.JAS_FORMS_READ_SECONDS * 1000,
      heapMb: env.JAS_READER_HEAP_MB,
      threads: env.JAS_READER_THREADS,
    },
    noticeLeaseMs: env.JAS_NOTICE_LEASE_SECONDS * 1000,
    originals: { maxAttachedBytes: env.JAS_MAX_ATTACHED_ORIGINAL_BYTES, linkValidHours: env.JAS_ORIGINAL_LINK_HOURS },
    sweep: {
      minAgeMs: env.JAS_SWEEP_MIN_AGE_SECONDS * 1000,
      lookbackMs: env.JAS_SWEEP_LOOKBACK_DAYS * 24 * 3600 * 1000,
      maxMessages: env.JAS_SWEEP_MAX_MESSAGES,
      giveUpMs: env.JAS_SWEEP_GIVE_UP_MINUTES * 60 * 1000,
      fragmentWaitMs: env.JAS_FRAGMENT_WAIT_HOURS * 3600 * 1000,
    },
  };
}

/** The limits alone, for the local stack, which takes the rest of its settings elsewhere. */
export function readLimitsConfig(environment: NodeJS.ProcessEnv = process.env): LimitsConfig {
  return limitsConfigOf(parsed(limitsSchema, environment));
}

/** Reads every setting from the environment once, failing with the list of what is missing or wrong. */
export function readConfig(environment: NodeJS.ProcessEnv = process.env): PipelineConfig {
  const env = parsed(
    environmentSchema.refine(
      (values) => Boolean(values.JAS_CLIENT_KEY_SECRET_ARN || values.JAS_CLIENT_KEY_SECRET_FILE),
      {
        path: ['JAS_CLIENT_KEY_SECRET_ARN'],
        message: 'required (or JAS_CLIENT_KEY_SECRET_FILE off AWS)',
      },
    ),
    environment,
  );
  return {
    bucketName: env.JAS_BUCKET_NAME,
    tableName: env.JAS_TABLE_NAME,
    noticeFrom: env.JAS_NOTICE_FROM,
    configurationSet: env.JAS_CONFIGURATION_SET,
    maxMessageBytes: env.JAS_MAX_MESSAGE_BYTES,
    maxPdfBytes: env.JAS_MAX_PDF_BYTES,
    ...limitsConfigOf(env),
    timeZone: env.JAS_TIME_ZONE,
    deadlineReminderDays: env.JAS_DEADLINE_REMINDER_DAYS,
    region: env.AWS_REGION,
    clocksStateMachineArn: env.JAS_CLOCKS_STATE_MACHINE_ARN,
    reportFunctionName: env.JAS_REPORT_FUNCTION_NAME,
    clientKeySecret: env.JAS_CLIENT_KEY_SECRET_FILE
      ? { file: env.JAS_CLIENT_KEY_SECRET_FILE }
      : { secretArn: env.JAS_CLIENT_KEY_SECRET_ARN! },
    endpoints: {
      s3: env.JAS_S3_ENDPOINT,
      dynamodb: env.JAS_DYNAMODB_ENDPOINT,
      sesv2: env.JAS_SESV2_ENDPOINT,
      stepfunctions: env.JAS_STEPFUNCTIONS_ENDPOINT,
    },
  };
}

/** What the report function reads: the case table, how to send mail, the case time zone. */
export type ReportConfig = Pick<
  PipelineConfig,
  'tableName' | 'noticeFrom' | 'configurationSet' | 'timeZone' | 'region' | 'noticeLeaseMs'
> & {
  readonly endpoints: Pick<PipelineConfig['endpoints'], 'dynamodb' | 'sesv2'>;
};

const reportEnvironmentSchema = environmentSchema.pick({
  JAS_TABLE_NAME: true,
  JAS_NOTICE_FROM: true,
  JAS_CONFIGURATION_SET: true,
  JAS_TIME_ZONE: true,
  JAS_NOTICE_LEASE_SECONDS: true,
  AWS_REGION: true,
  JAS_DYNAMODB_ENDPOINT: true,
  JAS_SESV2_ENDPOINT: true,
});

/** The report function's settings, read as `readConfig` reads the pipeline's: once, every problem named. */
export function readReportConfig(environment: NodeJS.ProcessEnv = process.env): ReportConfig {
  const result = reportEnvironmentSchema.safeParse(environment);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigurationError(`Invalid configuration: ${problems.join('; ')}`);
  }
  const env = result.data;
  return {
    tableName: env.JAS_TABLE_NAME,
    noticeFrom: env.JAS_NOTICE_FROM,
    configurationSet: env.JAS_CONFIGURATION_SET,
    timeZone: env.JAS_TIME_ZONE,
    region: env.AWS_REGION,
    noticeLeaseMs: env.JAS_NOTICE_LEASE_SECONDS * 1000,
    endpoints: { dynamodb: env.JAS_DYNAMODB_ENDPOINT, sesv2: env.JAS_SESV2_ENDPOINT },
  };
}
