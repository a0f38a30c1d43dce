import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { HeadObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { createAwsClients } from '../../functions/adapters/aws-clients.js';
import type { PipelineConfig } from '../../functions/config.js';
import type { MessageOutcome } from '../../functions/domain/case-record.js';
import { ConfigurationError } from '../../functions/domain/configuration-error.js';
import type { ReportRequester } from '../../functions/domain/ports.js';
import type { ReportRequest } from '../../functions/domain/report-request.js';
import { recordProcessingFailure } from '../../functions/domain/use-cases/record-processing-failure.js';
import type { SweepReport } from '../../functions/domain/use-cases/sweep-unfinished-messages.js';
import { createInboundEmailHandler } from '../../functions/handlers/on-inbound-email.js';
import type { ReadingWorker } from '../../functions/reading/reading-worker-entry.js';
import { createReportDependencies } from '../../functions/reports/create-report-dependencies.js';
import type { ReportDependencies } from '../../functions/reports/deliver-reports.js';
import {
  createPipelineAdapters,
  createPipelineDependencies,
} from '../../functions/wiring/create-pipeline-dependencies.js';
import { InboundHandlerThreads } from './inbound-handler-threads.js';
import { LocalMailZone } from './local-mail-zone.js';
import { s3ObjectCreatedEvent } from './s3-object-created-event.js';
import { LOCAL_CREDENTIALS } from './s3-server.js';
import { asStoredBySes, type ScanVerdicts, type SmtpEnvelope } from './ses-verdicts.js';

/** Lambda retries a failed asynchronous invocation twice; locally the waits are short. */
const DEFAULT_RETRY_DELAYS_MS = [200, 1000];

type S3Event = ReturnType<typeof s3ObjectCreatedEvent>;

export interface ReceivedMessage {
  readonly messageKey: string;
  /**
   * Settles when the handler is done: the outcome (quarantined when every retry failed), or
   * `undefined` when not even that could be recorded, or when the message waits on a notice
   * another attempt holds or SES may have taken (the sweeper finishes it: see `leftForLater`).
   */
  readonly processed: Promise<MessageOutcome | undefined>;
}

/**
 * SES receiving and Lambda's S3 trigger, played against the local stand-ins: store the message
 * under `raw/` as SES does, then hand the real handler the S3 event AWS would deliver.
 */
export function createLocalPipeline(
  config: PipelineConfig,
  options: {
    scan?: ScanVerdicts;
    zone?: LocalMailZone;
    retryDelaysMs?: readonly number[];
    now?: () => Date;
    handlerThreads?: number;
    /** The reading worker's module; a pipeline that reads messages gets the bundled one (`bundledReadingWorker`). */
    readingWorker?: ReadingWorker;
  } = {},
) {
  const zone = options.zone ?? new LocalMailZone();
  const clients = createAwsClients(config, LOCAL_CREDENTIALS);
  // One clock for the whole stack: SES's receipt time and the pipeline's "today" (tests fix it to chosen dates).
  const now = options.now ?? (() => new Date());
  const events = new EventEmitter<{
    outcome: [MessageOutcome];
    failure: [string, unknown];
    reportFailure: [ReportRequest['kind'], unknown];
    swept: [SweepReport];
    'sweep-failed': [unknown];
  }>();
  const inFlight = new Set<Promise<unknown>>();
  const reportDependencies: ReportDependencies = { ...createReportDependencies(config, clients), clock: { now } };
  // Lambda's asynchronous invocation, in process: the request is accepted at once and the report
  // function runs on its own; its spreadsheet library loads only when a report is first asked for.
  const reports: ReportRequester = {
    async request(request) {
      const run = import('../../functions/handlers/on-report.js').then(({ createReportHandler }) =>
        createReportHandler(() => reportDependencies)(request),
      );
      inFlight.add(run);
      void run
        .catch((error: unknown) => events.emit('reportFailure', request.kind, error))
        .finally(() => inFlight.delete(run));
    },
  };
  const adapters = { ...createPipelineAdapters(config, clients, options.readingWorker), reports };
  const dependencies = { ...createPipelineDependencies(config, adapters), wallClock: { now } };
  if (options.handlerThreads && options.now)
    throw new ConfigurationError('A stack with a fixed clock runs its handler on its own thread: no handler threads');
  const threads = options.handlerThreads
    ? new InboundHandlerThreads(
        config,
        options.handlerThreads,
        (request) => void reports.request(request),
        options.readingWorker,
      )
    : undefined;
  const handler = threads ? (event: S3Event) => threads.handle(event) : createInboundEmailHandler(() => dependencies);
  const retryDelaysMs = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;

  async function invoke(event: S3Event, messageKey: string): Promise<MessageOutcome | undefined> {
    for (let attempt = 0; ; attempt += 1) {
      try {
        const [outcome] = await handler(event);
        events.emit('outcome', outcome!);
        return outcome;
      } catch (error) {
        if (attempt >= retryDelaysMs.length) {
          // What the on-failure destination does in AWS: the message is quarantined with its reason, or left for the sweeper.
          events.emit('failure', messageKey, error);
          const ref = { messageKey, receivedAt: new Date(event.Records[0]!.eventTime) };
          return recordProcessingFailure(ref, error, dependencies).catch(() => undefined);
        }
        await sleep(retryDelaysMs[attempt]);
      }
    }
  }

  /**
   * What SES receiving does with a message an SMTP client delivered: verify SPF, DKIM and DMARC,
   * write its own verdict block on top (whatever the client sent: a block in the message is the
   * sender's text, below SES's), store it under `raw/` and trigger the handler.
   */
  async function receive(raw: Uint8Array, envelope: SmtpEnvelope): Promise<ReceivedMessage> {
    const sesMessageId = randomBytes(20).toString('hex');
    const receivedAt = now();
    const stored = await asStoredBySes(raw, envelope, zone, {
      messageId: sesMessageId,
      receivedAt,
      ...(options.scan && { scan: options.scan }),
    });
    return store(sesMessageId, stored, receivedAt);
  }

  /**
   * Stores a message file as it is (`jas ingest`): one exported from the bucket starts with the
   * block SES wrote and keeps its verdicts; any other has no block, so its sender is unverified
   * and it carries no authority.
   */
  async function ingest(raw: Uint8Array): Promise<ReceivedMessage> {
    return store(randomBytes(20).toString('hex'), raw, now());
  }

  async function store(sesMessageId: string, body: Uint8Array, receivedAt: Date): Promise<ReceivedMessage> {
    const messageKey = `raw/${sesMessageId}`;
    const stored = await clients.s3.send(
      new PutObjectCommand({ Bucket: config.bucketName, Key: messageKey, Body: body }),
    );
    const event = s3ObjectCreatedEvent({
      bucketName: config.bucketName,
      key: messageKey,
      size: body.byteLength,
      eTag: stored.ETag ?? '',
      region: config.region,
      at: receivedAt,
    });
    return track(messageKey, invoke(event, messageKey));
  }

  /**
   * Runs a message already stored under `raw/` again, under its own key, as a second delivery of
   * its S3 event would (`jas ingest --key`): a message that has an outcome keeps it.
   */
  async function replay(messageKey: string): Promise<ReceivedMessage> {
    const stored = await clients.s3.send(new HeadObjectCommand({ Bucket: config.bucketName, Key: messageKey }));
    const event = s3ObjectCreatedEvent({
      bucketName: config.bucketName,
      key: messageKey,
      size: stored.ContentLength ?? 0,
      eTag: stored.ETag ?? '',
      region: config.region,
      at: stored.LastModified ?? now(),
    });
    return track(messageKey, invoke(event, messageKey));
  }

  function track(messageKey: string, processed: Promise<MessageOutcome | undefined>): ReceivedMessage {
    inFlight.add(processed);
    void processed.finally(() => inFlight.delete(processed));
    return { messageKey, processed };
  }

  /** Waits for every message already received to be processed, then closes the SDK clients. */
  async function drain(): Promise<void> {
    await Promise.allSettled([...inFlight]);
    await threads?.close();
    clients.s3.destroy();
    clients.dynamodb.destroy();
    clients.sesv2.destroy();
    clients.sfn.destroy();
    clients.lambda.destroy();
    await adapters.reader.close();
  }

  return { config, adapters, dependencies, reportDependencies, clients, events, receive, ingest, replay, drain };
}

export type LocalPipeline = ReturnType<typeof createLocalPipeline>;
