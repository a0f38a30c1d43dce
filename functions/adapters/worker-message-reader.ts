import type { FormReceipt } from '../../forms/form-definition.js';
import { FormReadError } from '../../forms/form-read-error.js';
import { pdfNotReadInTime, pdfTooComplex } from '../../forms/read-errors.js';
import type { FormReading } from '../../forms/read-form.js';
import type { MessageReader } from '../domain/ports.js';
import type { InboundMessage } from '../mime/inbound-message.js';
import { UnreadableMessageError } from '../mime/unreadable-message-error.js';
import { type BoundedWorkerPool, WorkerTaskError } from '../reading/bounded-worker-pool.js';
import type { FormReadingResult, MessageReadingResult, ReadingRequest } from '../reading/reading-requests.js';

/** How much reading one message may cost; the worker pool's heap limit is the memory side. */
export interface ReadingLimits {
  readonly maxMessageBytes: number;
  readonly maxPdfBytes: number;
  /** Bytes one PDF's streams may decode to (see `DecodeBudget`). */
  readonly maxDecodedBytes: number;
  /** Objects reading one PDF may build (see `PdfObjectBudget`). */
  readonly maxPdfObjects: number;
  /** Parsing one message's MIME. */
  readonly messageReadMs: number;
  /** Reading all of one message's PDFs, one after the other. */
  readonly formsReadMs: number;
  /** The workers' heap limit, named when a read runs out of it. */
  readonly heapMb: number;
}

/**
 * The copy a worker receives: an exact-size buffer of its own, moved rather than copied again
 * (a Node Buffer's `slice` is a view, often of a shared pool that cannot be moved).
 */
function transferable(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(bytes);
}

/**
 * `MessageReader` on a pool of warm worker threads: each message's parse and each of its PDFs run
 * there under a deadline, the pool's heap limit and a decode budget per PDF. What overruns is
 * stopped and refused with a reason that names the limit, as any other unreadable input is.
 */
export class WorkerMessageReader implements MessageReader {
  private started?: BoundedWorkerPool;

  /** `startPool` runs at the first read: functions that never read start no worker. */
  constructor(
    private readonly startPool: () => BoundedWorkerPool,
    private readonly limits: ReadingLimits,
  ) {}

  private get pool(): BoundedWorkerPool {
    this.started ??= this.startPool();
    return this.started;
  }

  /** Starts the workers now, so that they boot while the first message is fetched rather than after. */
  start(): void {
    void this.pool;
  }

  /** Stops the workers, if any were started. */
  async close(): Promise<void> {
    await this.started?.close();
  }

  async readMessage(raw: Uint8Array): Promise<InboundMessage> {
    // A message read into shared memory (see S3MailStore) goes as it is: the worker reads the same bytes.
    const shared = raw.buffer instanceof SharedArrayBuffer;
    const sent = shared ? raw : transferable(raw);
    const request: ReadingRequest = { kind: 'message', raw: sent, maxMessageBytes: this.limits.maxMessageBytes };
    let result: MessageReadingResult;
    try {
      result = await this.pool.run(request, {
        timeoutMs: this.limits.messageReadMs,
        transfer: shared ? [] : [sent.buffer as ArrayBuffer],
      });
    } catch (error) {
      if (error instanceof WorkerTaskError && error.failure !== 'crashed') throw this.messageTooCostly(error);
      throw error;
    }
    if (!result.ok) throw new UnreadableMessageError(result.refusal.code, result.refusal.explanation);
    return result.message;
  }

  async readForms(pdfs: readonly Uint8Array[], receipt: FormReceipt): Promise<(FormReading | FormReadError)[]> {
    const seconds = this.limits.formsReadMs / 1000;
    const deadline = Date.now() + this.limits.formsReadMs;
    const readings: (FormReading | FormReadError)[] = [];
    for (const pdf of pdfs) {
      const timeLeft = deadline - Date.now();
      if (timeLeft <= 0) {
        readings.push(pdfNotReadInTime(seconds));
        continue;
      }
      const copy = transferable(pdf);
      const request: ReadingRequest = {
        kind: 'form',
        pdf: copy,
        receipt,
        maxPdfBytes: this.limits.maxPdfBytes,
        maxDecodedBytes: this.limits.maxDecodedBytes,
        maxObjects: this.limits.maxPdfObjects,
      };
      try {
        const result = await this.pool.run<FormReadingResult>(request, {
          timeoutMs: timeLeft,
          transfer: [copy.buffer],
        });
        readings.push(result.ok ? result.reading : new FormReadError(result.refusal.code, result.refusal.explanation));
      } catch (error) {
        if (!(error instanceof WorkerTaskError) || error.failure === 'crashed') throw error;
        readings.push(pdfTooComplex(error.failure === 'timed-out' ? { seconds } : { memoryMb: this.limits.heapMb }));
      }
    }
    return readings;
  }

  private messageTooCostly(error: WorkerTaskError): UnreadableMessageError {
    const seconds = this.limits.messageReadMs / 1000;
    const [code, en, fr] =
      error.failure === 'timed-out'
        ? [
            'MESSAGE_READ_TIMED_OUT',
            `Reading the message took more than ${seconds} seconds and was stopped.`,
            `La lecture du message a pris plus de ${seconds} secondes et a été arrêtée.`,
          ]
        : [
            'MESSAGE_READ_OUT_OF_MEMORY',
            `Reading the message needed more than ${this.limits.heapMb} MB of memory and was stopped.`,
            `La lecture du message a demandé plus de ${this.limits.heapMb} Mo de mémoire et a été arrêtée.`,
          ];
    return new UnreadableMessageError(code, { en, fr }, { cause: error });
  }
}
