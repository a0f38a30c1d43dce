import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PipelineConfig } from '../../functions/config.js';
import type { MessageOutcome } from '../../functions/domain/case-record.js';
import type { ReportRequest } from '../../functions/domain/report-request.js';
import type { ReadingWorker } from '../../functions/reading/reading-worker-entry.js';
import type { s3ObjectCreatedEvent } from './s3-object-created-event.js';

type S3Event = ReturnType<typeof s3ObjectCreatedEvent>;
export type HandlerThreadRequest = { readonly id: number; readonly event: S3Event };
export type HandlerThreadReply =
  | { readonly id: number; readonly outcomes: MessageOutcome[]; readonly error?: undefined }
  | { readonly id: number; readonly error: { name: string; message: string; stack?: string } };
/** A handler asked for reports (`REPORT` by email): the stack's report function runs on the main thread. */
export type HandlerThreadReportRequest = { readonly reportRequest: ReportRequest };

/** As many threads as the machine has cores: Lambda gives each concurrent invocation its own. */
export const DEFAULT_HANDLER_THREADS = availableParallelism();

// The threads load the handler's TypeScript as the stack does: under tsx, unless already there.
const TYPESCRIPT_LOADER = process.execArgv.some((argument) => argument.includes('tsx'))
  ? process.execArgv
  : [...process.execArgv, '--import', 'tsx'];

interface HandlerThread {
  readonly worker: Worker;
  readonly pending: Map<number, { resolve: (outcomes: MessageOutcome[]) => void; reject: (error: Error) => void }>;
}

/**
 * The inbound handler in worker threads, so that messages arriving together are handled on every
 * core, as concurrent Lambda invocations are, while the stand-ins keep the stack's main thread.
 * Each event goes to the thread with the fewest in flight; a thread that dies fails what it held
 * (the pipeline retries those, as Lambda does) and is replaced.
 */
export class InboundHandlerThreads {
  private readonly threads: HandlerThread[];
  private nextId = 0;
  private closing = false;

  constructor(
    private readonly config: PipelineConfig,
    count: number = DEFAULT_HANDLER_THREADS,
    /** What Lambda's asynchronous invocation of the report function is locally. */
    private readonly onReportRequest: (request: ReportRequest) => void = () => undefined,
    /** The bundled reading worker each handler thread starts its readers from. */
    private readonly readingWorker?: ReadingWorker,
  ) {
    if (!Number.isInteger(count) || count < 1)
      throw new RangeError(`Handler threads: a whole number from 1, not ${count}`);
    this.threads = Array.from({ length: count }, () => this.startThread());
  }

  /** Handles one S3 event on a thread, as Lambda invokes the handler: the outcomes, or the error it threw. */
  handle(event: S3Event): Promise<MessageOutcome[]> {
    const thread = this.threads.reduce((least, candidate) =>
      candidate.pending.size < least.pending.size ? candidate : least,
    );
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      thread.pending.set(id, { resolve, reject });
      thread.worker.postMessage({ id, event } satisfies HandlerThreadRequest);
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.threads.map(({ worker }) => worker.terminate()));
  }

  private startThread(): HandlerThread {
    const worker = new Worker(new URL('./inbound-handler-thread.ts', import.meta.url), {
      // A URL does not cross threads; its address does.
      workerData: {
        config: this.config,
        readingWorker: this.readingWorker && { ...this.readingWorker, entry: this.readingWorker.entry.href },
      },
      execArgv: TYPESCRIPT_LOADER,
    });
    const thread: HandlerThread = { worker, pending: new Map() };
    worker.on('message', (reply: HandlerThreadReply | HandlerThreadReportRequest) => {
      if ('reportRequest' in reply) return this.onReportRequest(reply.reportRequest);
      const waiting = thread.pending.get(reply.id);
      thread.pending.delete(reply.id);
      if (reply.error) waiting?.reject(Object.assign(new Error(reply.error.message), reply.error));
      else waiting?.resolve(reply.outcomes);
    });
    const replace = (error: Error) => {
      for (const { reject } of thread.pending.values()) reject(error);
      thread.pending.clear();
      const index = this.threads.indexOf(thread);
      if (!this.closing && index >= 0) this.threads[index] = this.startThread();
    };
    worker.on('error', replace);
    worker.on('exit', (code) => replace(new Error(`A handler thread stopped (exit code ${code})`)));
    return thread;
  }
}
