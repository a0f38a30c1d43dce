import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_MAX_PDF_BYTES } from '../../forms/pdf/pdf-limits.js';
import { type PipelineConfig, readLimitsConfig } from '../../functions/config.js';
import { createClockDueHandler } from '../../functions/handlers/on-clock-due.js';
import { handler as planClockWaitHandler } from '../../functions/handlers/on-clock-start.js';
import { DEFAULT_MAX_MESSAGE_BYTES } from '../../functions/mime/message-limits.js';
import type { ReadingWorker } from '../../functions/reading/reading-worker-entry.js';
import { clocksStateMachineName } from '../../lib/constructs/case-clocks.js';
import { startCasesPageServer } from './cases-page-server.js';
import { clientKeySecretFile, ensureClientKeySecret } from './client-key-secret-file.js';
import { ClockExecutions } from './clock-executions.js';
import { startDynamoDbServer } from './dynamodb-server.js';
import { createLocalPipeline, type LocalPipeline } from './local-pipeline.js';
import type { LocalStackOptions } from './local-stack-options.js';
import { type LocalSweeper, startLocalSweeper } from './local-sweeper.js';
import { startOutboxServer } from './outbox-server.js';
import { bundledReadingWorker } from './reading-worker-bundle.js';
import { rearmClocks } from './rearm-clocks.js';
import { LocalReportSchedules } from './report-schedules.js';
import { startS3Server } from './s3-server.js';
import { startSesReceivingSmtpServer } from './ses-receiving-smtp-server.js';
import type { ScanVerdicts } from './ses-verdicts.js';
import { startStepFunctionsServer } from './step-functions-server.js';
import { LOCAL_ACCOUNT_ID, synthesizeClocksMachine } from './synthesized-clocks-machine.js';

export const LOCAL_BUCKET_NAME = 'jas-documents-local';
export const LOCAL_TABLE_NAME = 'jas-cases-local';
export const LOCAL_REGION = 'ca-central-1';
/** The case-clocks state machine as the CDK app names it, in the local account. */
export const LOCAL_CLOCKS_STATE_MACHINE_ARN = `arn:aws:states:${LOCAL_REGION}:${LOCAL_ACCOUNT_ID}:stateMachine:${clocksStateMachineName('JasIntake')}`;

export interface LocalEndpoints {
  readonly smtp: { readonly host: string; readonly port: number };
  readonly s3: string;
  readonly dynamodb: string;
  readonly outbox: string;
  readonly stepfunctions: string;
  /** The read-only cases page. */
  readonly cases: string;
}

export interface LocalStack {
  readonly endpoints: LocalEndpoints;
  readonly pipeline: LocalPipeline;
  /** The clocks' speed-up, and how many clocks of cases already on file were started again. */
  readonly clocks: { readonly speedup: number; readonly rearmed: number };
  /** The Monday and monthly report schedules, when this stack runs them. */
  readonly reportSchedules?: LocalReportSchedules;
  /** Sweeps stored messages without an outcome, when the stack runs on (`sweepUnfinished`). */
  readonly sweeper?: LocalSweeper;
  stop(): Promise<void>;
}

/** The pipeline's configuration when it runs against a local stack's endpoints. */
export function localPipelineConfig(
  endpoints: Omit<LocalEndpoints, 'smtp' | 'cases'>,
  options: Pick<LocalStackOptions, 'dataDir' | 'noticeFrom' | 'timeZone' | 'deadlineReminderDays'>,
): PipelineConfig {
  return {
    bucketName: LOCAL_BUCKET_NAME,
    tableName: LOCAL_TABLE_NAME,
    noticeFrom: options.noticeFrom,
    maxMessageBytes: DEFAULT_MAX_MESSAGE_BYTES,
    maxPdfBytes: DEFAULT_MAX_PDF_BYTES,
    ...readLimitsConfig(),
    timeZone: options.timeZone,
    deadlineReminderDays: options.deadlineReminderDays,
    region: LOCAL_REGION,
    clocksStateMachineArn: LOCAL_CLOCKS_STATE_MACHINE_ARN,
    // Named for completeness: locally the report function is called in process (local-pipeline.ts).
    reportFunctionName: 'JasIntake-report-function-local',
    clientKeySecret: { file: clientKeySecretFile(options.dataDir) },
    endpoints: {
      s3: endpoints.s3,
      dynamodb: endpoints.dynamodb,
      sesv2: endpoints.outbox,
      stepfunctions: endpoints.stepfunctions,
    },
  };
}

/**
 * Starts the whole pipeline on loopback, in this process: S3 (s3rver), DynamoDB (dynalite), the
 * SESv2 outbox (aws-ses-v2-local), Step Functions (aws-local-stepfunctions running the state
 * machine the CDK app synthesizes, its clock sped up by `clockSpeedup`) and SMTP playing SES
 * receiving, wired to the real handlers. `now` fixes the stack's clock (tests choose their dates).
 * `rearmClocks` starts the clocks of the cases on file again, and `sweepUnfinished` finishes the
 * messages stored without an outcome (at start, then every `sweepIntervalMs`), for a stack that
 * runs on (`jas start`) rather than for one command.
 */
export async function startLocalStack(
  options: LocalStackOptions & {
    scan?: ScanVerdicts;
    retryDelaysMs?: readonly number[];
    now?: () => Date;
    rearmClocks?: boolean;
    /** Runs the report schedules (Monday, the 1st) on the sped-up clock, as `jas start` does. */
    reportSchedules?: boolean;
    sweepUnfinished?: boolean;
    /** A reading worker already bundled (a test starting many stacks); by default it is bundled here. */
    readingWorker?: ReadingWorker;
  },
): Promise<LocalStack> {
  const startedAt = new Date();
  mkdirSync(options.dataDir, { recursive: true });
  ensureClientKeySecret(options.dataDir);
  // Built while the servers start; a failure is reported where it is awaited.
  const readingWorker = options.readingWorker ? Promise.resolve(options.readingWorker) : bundledReadingWorker();
  readingWorker.catch(() => undefined);
  const stops: (() => Promise<void>)[] = [];
  try {
    const s3 = await startS3Server({
      port: options.ports.s3,
      directory: join(options.dataDir, 's3'),
      bucketName: LOCAL_BUCKET_NAME,
    });
    stops.push(s3.stop);
    const dynamodb = await startDynamoDbServer({
      port: options.ports.dynamodb,
      directory: join(options.dataDir, 'dynamodb'),
      tableName: LOCAL_TABLE_NAME,
      region: LOCAL_REGION,
    });
    stops.push(dynamodb.stop);
    const outbox = await startOutboxServer({ port: options.ports.outbox, file: join(options.dataDir, 'outbox.jsonl') });
    stops.push(outbox.stop);
    let pipeline: LocalPipeline | undefined;
    let executions: ClockExecutions | undefined;
    // Synthesizing the CDK app takes seconds: done when the first clock is asked for, not for `jas cases list`.
    const clockExecutions = () => (executions ??= createClockExecutions(options, () => pipeline));
    const stepFunctions = await startStepFunctionsServer({
      port: options.ports.stepfunctions,
      stateMachineArn: LOCAL_CLOCKS_STATE_MACHINE_ARN,
      executions: clockExecutions,
    });
    stops.push(stepFunctions.stop);
    const config = localPipelineConfig(
      { s3: s3.endpoint, dynamodb: dynamodb.endpoint, outbox: outbox.endpoint, stepfunctions: stepFunctions.endpoint },
      options,
    );
    pipeline = createLocalPipeline(config, { ...options, readingWorker: await readingWorker });
    pipeline.adapters.reader.start();
    // Stopped in reverse: the clocks stop (and their running tasks finish) before the clients close.
    stops.push(pipeline.drain, async () => executions?.stopAll());
    const rearmed = options.rearmClocks ? await rearmClocks(pipeline.dependencies) : 0;
    const casesPage = await startCasesPageServer({
      port: options.ports.cases ?? 0,
      cases: pipeline.dependencies.cases,
      timeZone: options.timeZone,
      now: options.now ?? (() => new Date()),
    });
    stops.push(casesPage.stop);
    const reportSchedules = options.reportSchedules ? startReportSchedules(options, pipeline) : undefined;
    if (reportSchedules) stops.push(() => reportSchedules.stop());
    const sweeper = options.sweepUnfinished
      ? startLocalSweeper(pipeline, { settings: config.sweep, intervalMs: options.sweepIntervalMs, startedAt })
      : undefined;
    if (sweeper) stops.push(sweeper.stop);
    const smtp = await startSesReceivingSmtpServer({
      port: options.ports.smtp,
      maxMessageBytes: config.maxMessageBytes,
      receive: pipeline.receive,
    });
    stops.push(smtp.stop);
    return {
      endpoints: {
        smtp: { host: smtp.host, port: smtp.port },
        s3: s3.endpoint,
        dynamodb: dynamodb.endpoint,
        outbox: outbox.endpoint,
        stepfunctions: stepFunctions.endpoint,
        cases: casesPage.endpoint,
      },
      pipeline,
      clocks: { speedup: options.clockSpeedup, rearmed },
      reportSchedules,
      ...(sweeper && { sweeper }),
      stop: () => stopAll(stops),
    };
  } catch (error) {
    await stopAll(stops);
    throw error;
  }
}

/** The executions of the synthesized case-clocks state machine, calling the real clock handlers with the pipeline's dependencies. */
function createClockExecutions(
  options: Pick<LocalStackOptions, 'clockSpeedup'> & { now?: () => Date },
  pipeline: () => LocalPipeline | undefined,
): ClockExecutions {
  const machine = synthesizeClocksMachine(LOCAL_REGION);
  if (machine.stateMachineArn !== LOCAL_CLOCKS_STATE_MACHINE_ARN)
    throw new Error(`The synthesized clocks are ${machine.stateMachineArn}, not ${LOCAL_CLOCKS_STATE_MACHINE_ARN}`);
  const dependencies = () => {
    const wired = pipeline();
    if (!wired) throw new Error('A clock fired before the local pipeline was wired');
    return wired.dependencies;
  };
  return new ClockExecutions({
    machine,
    speedup: options.clockSpeedup,
    now: options.now ?? (() => new Date()),
    functions: { start: planClockWaitHandler, due: createClockDueHandler(dependencies) },
  });
}

/** The report function, called in process by the schedules with the simulated instant each fires at. */
function startReportSchedules(
  options: Pick<LocalStackOptions, 'clockSpeedup' | 'timeZone'> & { now?: () => Date },
  pipeline: LocalPipeline,
): LocalReportSchedules {
  return new LocalReportSchedules({
    timeZone: options.timeZone,
    speedup: options.clockSpeedup,
    now: options.now ?? (() => new Date()),
    deliver: async (request, at) => {
      // The spreadsheet library loads when a report is first due, not for every command that starts a stack.
      const { createReportHandler } = await import('../../functions/handlers/on-report.js');
      return createReportHandler(() => ({ ...pipeline.reportDependencies, clock: { now: () => at } }))(request);
    },
  });
}

async function stopAll(stops: (() => Promise<void>)[]): Promise<void> {
  for (const stop of stops.reverse()) await stop().catch(() => undefined);
  stops.length = 0;
}
