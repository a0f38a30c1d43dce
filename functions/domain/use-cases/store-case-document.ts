import type { InboundPdf } from '../../mime/inbound-message.js';
import type { CaseDocument } from '../case-record.js';
import type { PipelineDependencies } from '../pipeline-dependencies.js';
import type { InboundEmailRef } from './inbound-email-ref.js';

type FiledPdf = { readonly pdf: InboundPdf; readonly index: number; readonly formId: string; readonly version: string };

/** Keeps a form's PDF under its case (`cases/<id>/documents/…`) and lists it in the case file, once. */
export async function storeCaseDocument(
  caseId: string,
  ref: InboundEmailRef,
  form: FiledPdf,
  deps: PipelineDependencies,
): Promise<CaseDocument> {
  const document = caseDocumentOf(caseId, ref, form);
  await deps.mailStore.putCaseDocument(document.objectKey, form.pdf.content, 'application/pdf');
  await deps.cases.addDocument(document);
  return document;
}

/** A form's entry in its case file: the same key for the same message and form, however often it is written. */
export function caseDocumentOf(caseId: string, ref: InboundEmailRef, form: FiledPdf): CaseDocument {
  const messageName = ref.messageKey.split('/').pop() ?? ref.messageKey;
  return {
    caseId,
    documentId: `${ref.receivedAt.toISOString()}#${ref.messageKey}#${form.index}`,
    formId: form.formId,
    formVersion: form.version,
    fileName: form.pdf.fileName,
    // Object keys reach S3 access logs and CloudTrail: the sender's file name (often a person's name) stays out of them.
    objectKey: `cases/${caseId}/documents/${messageName}-${form.index + 1}-${form.formId}.pdf`,
    messageKey: ref.messageKey,
    receivedAt: ref.receivedAt.toISOString(),
  };
}
