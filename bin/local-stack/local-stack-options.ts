import { resolve } from 'node:path';
import * as z from 'zod';
import { ConfigurationError } from '../../functions/domain/configuration-error.js';
import { DEFAULT_DEADLINE_REMINDER_DAYS } from '../../kernel/policy-calendar.js';

const port = z.coerce.number().int().min(0).max(65_535);

const localEnvironmentSchema = z.object({
  JAS_DATA_DIR: z.string().min(1).default('.jas'),
  JAS_SMTP_PORT: port.default(2525),
  JAS_S3_PORT: port.default(4568),
  JAS_DYNAMODB_PORT: port.default(4567),
  JAS_OUTBOX_PORT: port.default(8005),
  JAS_STEPFUNCTIONS_PORT: port.default(8083),
  JAS_CASES_PORT: port.default(8006),
  /** Simulated time runs this many times faster for the clocks: 175000 ≈ one calendar month in 15 s. */
  JAS_CLOCK_SPEEDUP: z.coerce.number().positive().default(1),
  JAS_DEADLINE_REMINDER_DAYS: z.coerce.number().int().min(1).max(120).default(DEFAULT_DEADLINE_REMINDER_DAYS),
  JAS_NOTICE_FROM: z.string().min(3).default('JAS Intake <jas-intake@jas.example>'),
  JAS_TIME_ZONE: z.string().min(1).default('America/Toronto'),
  /** Worker threads running the inbound handler; 0 runs it on the stack's own thread. */
  JAS_HANDLER_THREADS: z.coerce.number().int().min(0).max(64).optional(),
  /** How often a running stack sweeps stored messages that have no outcome (the schedule in AWS). */
  JAS_SWEEP_INTERVAL_SECONDS: z.coerce.number().positive().default(60),
});

export interface LocalStackOptions {
  /** Every server keeps its data under this one folder, so it survives restarts. */
  readonly dataDir: string;
  /** 0 picks a free port (the tests do). */
  readonly ports: {
    readonly smtp: number;
    readonly s3: number;
    readonly dynamodb: number;
    readonly outbox: number;
    readonly stepfunctions: number;
    /** The read-only cases page; a free port when absent. */
    readonly cases?: number;
  };
  readonly noticeFrom: string;
  readonly timeZone: string;
  /** The clocks' waits last (due − now) / clockSpeedup: 1 is real time. */
  readonly clockSpeedup: number;
  /** Days before the 8-month deadline that an SPO still owing information is reminded. */
  readonly deadlineReminderDays: number;
  /**
   * Worker threads that run the inbound handler, so that messages arriving together use every
   * core as concurrent Lambda invocations do. 0 (the default) runs it on the stack's own thread,
   * which a stack with a fixed clock needs, and a one-command stack starts faster with.
   */
  readonly handlerThreads?: number;
  /** Between two sweeps of a running stack. */
  readonly sweepIntervalMs: number;
}

/** The local stack's settings, from the environment with the README's defaults. */
export function localStackOptionsFromEnvironment(environment: NodeJS.ProcessEnv = process.env): LocalStackOptions {
  const result = localEnvironmentSchema.safeParse(environment);
  if (!result.success) {
    throw new ConfigurationError(
      `Invalid local stack settings: ${result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
    );
  }
  const env = result.data;
  return {
    dataDir: resolve(env.JAS_DATA_DIR),
    ports: {
      smtp: env.JAS_SMTP_PORT,
      s3: env.JAS_S3_PORT,
      dynamodb: env.JAS_DYNAMODB_PORT,
      outbox: env.JAS_OUTBOX_PORT,
      stepfunctions: env.JAS_STEPFUNCTIONS_PORT,
      cases: env.JAS_CASES_PORT,
    },
    noticeFrom: env.JAS_NOTICE_FROM,
    timeZone: env.JAS_TIME_ZONE,
    clockSpeedup: env.JAS_CLOCK_SPEEDUP,
    deadlineReminderDays: env.JAS_DEADLINE_REMINDER_DAYS,
    ...(env.JAS_HANDLER_THREADS !== undefined && { handlerThreads: env.JAS_HANDLER_THREADS }),
    sweepIntervalMs: env.JAS_SWEEP_INTERVAL_SECONDS * 1000,
  };
}
