import { FormReadError } from '../../../forms/form-read-error.js';
import { readForm } from '../../../forms/read-form.js';
import type { TypedFormData } from '../../../forms/registry.js';
import { isJasError } from '../../../kernel/jas-error.js';
import type { InboundPdf } from '../../mime/inbound-message.js';
import type { MessageOutcome } from '../case-record.js';
import type { RejectedPdf } from './reject-forms.js';

/** A PDF that read as a valid form: narrowing on `formId` types `data` (see each form's schema.ts). */
export type ValidForm = {
  readonly pdf: InboundPdf;
  /** Position in the message: with the message key, it names every write about this PDF. */
  readonly index: number;
  readonly version: string;
  readonly flags: readonly string[];
} & TypedFormData;

export interface AttachedForms {
  readonly valid: readonly ValidForm[];
  readonly rejected: readonly RejectedPdf[];
  readonly formsFound: MessageOutcome['formsFound'];
}

/** Reads every PDF of a message as a form; a PDF that is not a valid form is rejected with its problems. */
export async function readAttachedForms(
  pdfs: readonly InboundPdf[],
  receivedOn: string,
  maxPdfBytes: number,
): Promise<AttachedForms> {
  const valid: ValidForm[] = [];
  const rejected: RejectedPdf[] = [];
  const formsFound: MessageOutcome['formsFound'][number][] = [];
  for (const [index, pdf] of pdfs.entries()) {
    try {
      const reading = await readForm(pdf.content, { receivedOn, maxBytes: maxPdfBytes });
      formsFound.push({ formId: reading.formId, version: reading.version, valid: reading.ok });
      if (reading.ok) valid.push({ ...reading, pdf, index });
      else rejected.push({ pdf, formId: reading.formId, problems: reading.problems });
    } catch (error) {
      if (!(error instanceof FormReadError) && !isJasError(error)) throw error;
      rejected.push({ pdf, problems: [{ field: '', code: error.code, message: error.explanation }] });
    }
  }
  return { valid, rejected, formsFound };
}
