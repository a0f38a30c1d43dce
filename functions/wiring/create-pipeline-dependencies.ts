import directoryFile from '../../config/directory.json' with { type: 'json' };
import { LOCAL_OFFICES } from '../../forms/local-offices.js';
import { type AwsClients, createAwsClients } from '../adapters/aws-clients.js';
import { clientKeyer, clientKeySecretReader } from '../adapters/client-key.js';
import { DynamoDbCaseRepository } from '../adapters/dynamodb-case-repository.js';
import { LambdaReportRequester } from '../adapters/lambda-report-requester.js';
import { S3FragmentStore } from '../adapters/s3-fragment-store.js';
import { S3MailStore } from '../adapters/s3-mail-store.js';
import { Sesv2Mailer } from '../adapters/sesv2-mailer.js';
import { SfnPolicyClocks } from '../adapters/sfn-policy-clocks.js';
import { WorkerMessageReader } from '../adapters/worker-message-reader.js';
import type { PipelineConfig } from '../config.js';
import { newCaseId } from '../domain/case-tag.js';
import { parseDirectory } from '../domain/directory.js';
import type { FragmentStore } from '../domain/fragment-store.js';
import type { PipelineDependencies } from '../domain/pipeline-dependencies.js';
import type { CaseRepository, MailStore, MessageReader, PolicyClocks, ReportRequester } from '../domain/ports.js';
import type { Mailer } from '../notices/mailer.js';
import { createNoticeSender } from '../notices/notice-sender.js';
import { BoundedWorkerPool } from '../reading/bounded-worker-pool.js';
import { type ReadingWorker, readingWorkerEntry } from '../reading/reading-worker-entry.js';

/** The adapters to the AWS services (their local stand-ins, or in-memory ones in tests). */
export interface PipelineAdapters {
  readonly mailStore: MailStore;
  readonly cases: CaseRepository;
  readonly fragments: FragmentStore;
  readonly mailer: Mailer;
  readonly policyClocks: PolicyClocks;
  readonly reports: ReportRequester;
  /** Its workers stop with the process, or when a local stack closes it. */
  readonly reader: MessageReader & { start(): void; close(): Promise<void> };
}

/** The reader of untrusted input: warm worker threads under the configured limits. */
export function createMessageReader(
  config: PipelineConfig,
  worker: ReadingWorker = readingWorkerEntry(),
): WorkerMessageReader {
  const { reading } = config;
  return new WorkerMessageReader(
    () => new BoundedWorkerPool({ ...worker, size: reading.threads, heapMb: reading.heapMb }),
    { ...reading, maxMessageBytes: config.maxMessageBytes, maxPdfBytes: config.maxPdfBytes },
  );
}

/** The real adapters, the same in Lambda, in the local stack and in tests; only the configuration differs. */
export function createPipelineAdapters(
  config: PipelineConfig,
  clients: AwsClients = createAwsClients(config),
  readingWorker?: ReadingWorker,
): PipelineAdapters {
  return {
    mailStore: new S3MailStore(clients.s3, config.bucketName),
    cases: new DynamoDbCaseRepository(
      clients.dynamodb,
      config.tableName,
      () => new Date(),
      clientKeyer(clientKeySecretReader(config.clientKeySecret, clients.secretsManager)),
    ),
    fragments: new S3FragmentStore(clients.s3, config.bucketName),
    mailer: new Sesv2Mailer(clients.sesv2, config.noticeFrom, config.configurationSet),
    policyClocks: new SfnPolicyClocks(clients.sfn, config.clocksStateMachineArn),
    reports: new LambdaReportRequester(clients.lambda, config.reportFunctionName),
    reader: createMessageReader(config, readingWorker),
  };
}

/** The domain's ports on those adapters, with the notice sender that writes through the mailer. */
export function createPipelineDependencies(
  config: PipelineConfig,
  adapters: PipelineAdapters = createPipelineAdapters(config),
): PipelineDependencies {
  const directory = parseDirectory(
    directoryFile,
    LOCAL_OFFICES.map((office) => office.code),
  );
  return {
    mailStore: adapters.mailStore,
    cases: adapters.cases,
    fragments: adapters.fragments,
    notices: createNoticeSender({
      ...adapters,
      directory,
      replyAddress: config.noticeFrom,
      noticeLeaseMs: config.noticeLeaseMs,
      originals: config.originals,
    }),
    wallClock: { now: () => new Date() },
    policyClocks: adapters.policyClocks,
    reports: adapters.reports,
    deadlineReminderDays: config.deadlineReminderDays,
    directory,
    newCaseId,
    reader: adapters.reader,
    timeZone: config.timeZone,
  };
}
