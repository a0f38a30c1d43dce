import { getHeapStatistics } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { FormReadError } from '../../forms/form-read-error.js';
import { readForm } from '../../forms/read-form.js';
import { DecodeBudget } from '../../kernel/decode-budget.js';
import { readInboundMessage } from '../mime/read-inbound-message.js';
import { UnreadableMessageError } from '../mime/unreadable-message-error.js';
import type { FormReadingResult, MessageReadingResult, ReadingRequest } from './reading-requests.js';

/**
 * The worker thread that reads untrusted bytes (see `BoundedWorkerPool`): MIME parsing and PDF
 * forms run here, where a deadline can stop them and a heap limit contains them. A refusal the
 * reader means (a `JasError` with its reason) is an answer; anything else is a failure of the task.
 */
const port = parentPort;
if (!port) throw new Error('reading-worker runs as a worker thread');

/**
 * How much of a message's text the pipeline gets: it reads the first lines (an officer's action),
 * words (urgent protection) and a note of 4,000 characters; a body of megabytes is no message a
 * person wrote, and sending it all back would hold it twice more.
 */
const MAX_TEXT_CHARACTERS = 256 * 1024;

/** Its own exact-size buffer, so that sending it moves only its bytes, not the buffer it was cut from. */
function ownCopy(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(bytes);
}

async function readMessage(raw: Uint8Array, maxMessageBytes: number) {
  try {
    const message = await readInboundMessage(raw, maxMessageBytes);
    const pdfs = message.pdfs.map((pdf) => ({ ...pdf, content: ownCopy(pdf.content) }));
    const textBody = message.textBody.slice(0, MAX_TEXT_CHARACTERS);
    const value: MessageReadingResult = { ok: true, message: { ...message, textBody, pdfs } };
    return { value, transfer: pdfs.map((pdf) => pdf.content.buffer) };
  } catch (error) {
    if (!(error instanceof UnreadableMessageError)) throw error;
    const value: MessageReadingResult = { ok: false, refusal: { code: error.code, explanation: error.explanation } };
    return { value, transfer: [] };
  }
}

async function readOneForm(request: Extract<ReadingRequest, { kind: 'form' }>) {
  const decodeBudget = new DecodeBudget(request.maxDecodedBytes);
  const context = {
    ...request.receipt,
    maxBytes: request.maxPdfBytes,
    decodeBudget,
    maxObjects: request.maxObjects,
  };
  let value: FormReadingResult;
  try {
    value = { ok: true, reading: await readForm(request.pdf, context) };
  } catch (error) {
    if (!(error instanceof FormReadError)) throw error;
    value = { ok: false, refusal: { code: error.code, explanation: error.explanation } };
  }
  return { value, transfer: [] };
}

port.on('message', ({ id, request }: { id: number; request: ReadingRequest }) => {
  const work = request.kind === 'message' ? readMessage(request.raw, request.maxMessageBytes) : readOneForm(request);
  // What the heap holds after the task tells the pool whether this worker should take another (see BoundedWorkerPool).
  const heapUsedBytes = () => getHeapStatistics().used_heap_size;
  work.then(
    ({ value, transfer }) => port.postMessage({ id, ok: true, value, heapUsedBytes: heapUsedBytes() }, transfer),
    (error: unknown) => {
      // Names only: a message can carry a value read from the input.
      const name = error instanceof Error ? error.name : 'unknown error';
      const failure = new Error(`Reading failed unexpectedly (${name})`);
      port.postMessage({ id, ok: false, error: failure, heapUsedBytes: heapUsedBytes() });
    },
  );
});
port.postMessage({ ready: true });
