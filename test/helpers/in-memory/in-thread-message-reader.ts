import type { FormReceipt } from '../../../forms/form-definition.js';
import { FormReadError } from '../../../forms/form-read-error.js';
import { readForm } from '../../../forms/read-form.js';
import type { MessageReader } from '../../../functions/domain/ports.js';
import { readInboundMessage } from '../../../functions/mime/read-inbound-message.js';

/**
 * The reader without its worker threads: the same MIME reader and form reader, in this thread,
 * with no deadline or heap limit. Fast use-case tests read only what they wrote; the bounds are
 * the worker reader's, tested on their own (test/integration/worker-message-reader.test.ts).
 */
export class InThreadMessageReader implements MessageReader {
  constructor(private readonly limits: { readonly maxMessageBytes: number; readonly maxPdfBytes: number }) {}

  readMessage(raw: Uint8Array) {
    return readInboundMessage(raw, this.limits.maxMessageBytes);
  }

  async readForms(pdfs: readonly Uint8Array[], receipt: FormReceipt) {
    const readings = [];
    for (const pdf of pdfs) {
      try {
        readings.push(await readForm(pdf, { ...receipt, maxBytes: this.limits.maxPdfBytes }));
      } catch (error) {
        if (!(error instanceof FormReadError)) throw error;
        readings.push(error);
      }
    }
    return readings;
  }

  start(): void {}

  async close(): Promise<void> {}
}
