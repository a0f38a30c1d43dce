import type { FormReceipt } from '../../../forms/form-definition.js';
import { FormReadError } from '../../../forms/form-read-error.js';
import type { TypedFormData } from '../../../forms/registry.js';
import type { InboundPdf } from '../../mime/inbound-message.js';
import type { MessageOutcome } from '../case-record.js';
import type { MessageReader } from '../ports.js';
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
  receipt: FormReceipt,
  reader: MessageReader,
): Promise<AttachedForms> {
  const valid: ValidForm[] = [];
  const rejected: RejectedPdf[] = [];
  const formsFound: MessageOutcome['formsFound'][number][] = [];
  const readings = await reader.readForms(
    pdfs.map((pdf) => pdf.content),
    receipt,
  );
  for (const [index, pdf] of pdfs.entries()) {
    const reading = readings[index]!;
    if (reading instanceof FormReadError) {
      rejected.push({ pdf, problems: [{ field: '', code: reading.code, message: reading.explanation }] });
      continue;
    }
    formsFound.push({ formId: reading.formId, version: reading.version, valid: reading.ok });
    if (reading.ok) valid.push({ ...reading, pdf, index });
    else rejected.push({ pdf, formId: reading.formId, problems: reading.problems });
  }
  return { valid, rejected, formsFound };
}
