import type { InboundPdf } from '../../mime/inbound-message.js';
import type { CaseDocument } from '../case-record.js';
import type { PipelineDependencies } from '../pipeline-dependencies.js';
import type { InboundEmailRef } from './inbound-email-ref.js';

/** Keeps a form's PDF under its case (`cases/<id>/documents/…`) and lists it in the case file, once. */
export async function storeCaseDocument(
  caseId: string,
  ref: InboundEmailRef,
  form: { readonly pdf: InboundPdf; readonly index: number; readonly formId: string; readonly version: string },
  deps: PipelineDependencies,
): Promise<CaseDocument> {
  const messageName = ref.messageKey.split('/').pop() ?? ref.messageKey;
  // Object keys reach S3 access logs and CloudTrail: the sender's file name (often a person's name) stays out of them.
  const objectKey = `cases/${caseId}/documents/${messageName}-${form.index + 1}-${form.formId}.pdf`;
  await deps.mailStore.putCaseDocument(objectKey, form.pdf.content, 'application/pdf');
  const document: CaseDocument = {
    caseId,
    documentId: `${ref.receivedAt.toISOString()}#${ref.messageKey}#${form.index}`,
    formId: form.formId,
    formVersion: form.version,
    fileName: form.pdf.fileName,
    objectKey,
    messageKey: ref.messageKey,
    receivedAt: ref.receivedAt.toISOString(),
  };
  await deps.cases.addDocument(document);
  return document;
}
