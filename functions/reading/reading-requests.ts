import type { FormReceipt } from '../../forms/form-definition.js';
import type { FormReading } from '../../forms/read-form.js';
import type { BilingualText } from '../../kernel/bilingual-text.js';
import type { InboundMessage } from '../mime/inbound-message.js';

/** What the reading worker is asked: parse one raw message, or read one PDF as a form. */
export type ReadingRequest =
  | { readonly kind: 'message'; readonly raw: Uint8Array; readonly maxMessageBytes: number }
  | {
      readonly kind: 'form';
      readonly pdf: Uint8Array;
      readonly receipt: FormReceipt;
      readonly maxPdfBytes: number;
      /** How many bytes its streams may decode to (see `DecodeBudget`). */
      readonly maxDecodedBytes: number;
      /** How many objects reading it may build (see `PdfObjectBudget`). */
      readonly maxObjects: number;
    };

/** A `JasError` as it crosses threads: its class does not, its code and explanation do. */
export interface ReadingRefusal {
  readonly code: string;
  readonly explanation: BilingualText;
}

export type MessageReadingResult =
  | { readonly ok: true; readonly message: InboundMessage }
  | { readonly ok: false; readonly refusal: ReadingRefusal };

export type FormReadingResult =
  | { readonly ok: true; readonly reading: FormReading }
  | { readonly ok: false; readonly refusal: ReadingRefusal };
