// One worker thread running the inbound handler, as one Lambda execution environment does: its own
// SDK clients against the stand-ins, events in, outcomes (or the error) out.
import { parentPort, workerData } from 'node:worker_threads';
import { createAwsClients } from '../../functions/adapters/aws-clients.js';
import type { PipelineConfig } from '../../functions/config.js';
import type { ReportRequester } from '../../functions/domain/ports.js';
import { createInboundEmailHandler } from '../../functions/handlers/on-inbound-email.js';
import type { ReadingWorker } from '../../functions/reading/reading-worker-entry.js';
import {
  createPipelineAdapters,
  createPipelineDependencies,
} from '../../functions/wiring/create-pipeline-dependencies.js';
import type {
  HandlerThreadReply,
  HandlerThreadReportRequest,
  HandlerThreadRequest,
} from './inbound-handler-threads.js';
import { LOCAL_CREDENTIALS } from './s3-server.js';

const { config, readingWorker: sent } = workerData as {
  config: PipelineConfig;
  readingWorker?: Omit<ReadingWorker, 'entry'> & { entry: string };
};
const readingWorker: ReadingWorker | undefined = sent && { ...sent, entry: new URL(sent.entry) };
// REPORT by email goes to the stack's report function on the main thread, as an asynchronous invocation: posted, not awaited.
const reports: ReportRequester = {
  request: async (reportRequest) => parentPort!.postMessage({ reportRequest } satisfies HandlerThreadReportRequest),
};
const adapters = createPipelineAdapters(config, createAwsClients(config, LOCAL_CREDENTIALS), readingWorker);
// Every event reads a message: the reading worker boots while the thread waits for its first.
adapters.reader.start();
const dependencies = createPipelineDependencies(config, { ...adapters, reports });
const handler = createInboundEmailHandler(() => dependencies);

parentPort!.on('message', async ({ id, event }: HandlerThreadRequest) => {
  let reply: HandlerThreadReply;
  try {
    reply = { id, outcomes: await handler(event) };
  } catch (error) {
    const { name, message, stack } = error instanceof Error ? error : new Error(String(error));
    reply = { id, error: { name, message, stack } };
  }
  parentPort!.postMessage(reply);
});
