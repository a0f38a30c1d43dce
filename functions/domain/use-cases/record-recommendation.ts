import type { JasRecommendation } from '../../../forms/jas-recommendation/schema.js';
import { LOCAL_OFFICES } from '../../../forms/local-offices.js';
import { listForms } from '../../../forms/registry.js';
import type { InboundMessage, InboundPdf } from '../../mime/inbound-message.js';
import { renderNotice } from '../../notices/render-notice.js';
import { acknowledgement } from '../../notices/templates/acknowledgement.js';
import { routedToOffice } from '../../notices/templates/routed-to-office.js';
import type { BilingualText } from '../bilingual.js';
import type { CaseRecord } from '../case-record.js';
import { ConfigurationError } from '../errors.js';
import type { InboundEmailDependencies } from './inbound-email-dependencies.js';
import type { InboundEmailRef } from './process-inbound-email.js';
import { sendNoticeOnce } from './send-notice-once.js';

export interface RecommendationInput {
  readonly ref: InboundEmailRef;
  readonly message: InboundMessage;
  readonly receivedOn: string;
  readonly pdf: InboundPdf;
  /** Position of the PDF in the message: with the message key, names every write of this step. */
  readonly index: number;
  readonly formVersion: string;
  readonly data: JasRecommendation;
  readonly flags: readonly string[];
}

export interface RecordedRecommendation {
  readonly caseId: string;
  readonly noticesSent: readonly { readonly purpose: string; readonly to: string }[];
}

const MAX_UPDATE_ATTEMPTS = 10;

/**
 * Step 1 of OB 646: a valid recommendation form opens the client's case (one case per UCI), or
 * joins the case already open for that client; the form is kept, the event recorded, the sender
 * acknowledged and the local office told.
 */
export async function recordRecommendation(input: RecommendationInput, deps: InboundEmailDependencies): Promise<RecordedRecommendation> {
  const { ref, data, pdf } = input;
  const now = deps.clock.now().toISOString();
  const caseId = await deps.cases.claimClient(data.client.uci, deps.newCaseId(ref.receivedAt));
  const existing = await deps.cases.getCase(caseId);
  const resubmission = existing !== undefined && !(await isFirstFiling(input, caseId, deps));
  const stored = existing ?? (await deps.cases.createCase(newCase(caseId, input, now)));
  if (existing && resubmission) await mergeFlags(caseId, input.flags, now, deps);

  const stepId = `${ref.messageKey}#${input.index}`;
  const documentId = `${ref.receivedAt.toISOString()}#${stepId}`;
  const objectKey = `cases/${caseId}/documents/${messageName(ref.messageKey)}-${input.index + 1}-${safeFileName(pdf.fileName)}`;
  await deps.mailStore.putCaseDocument(objectKey, pdf.content, 'application/pdf');
  await deps.cases.addDocument({
    caseId,
    documentId,
    formId: 'jas-recommendation',
    formVersion: input.formVersion,
    fileName: pdf.fileName,
    objectKey,
    messageKey: ref.messageKey,
    receivedAt: ref.receivedAt.toISOString(),
  });
  await deps.cases.appendEvent({
    caseId,
    eventId: `recommendation#${stepId}`,
    at: ref.receivedAt.toISOString(),
    type: resubmission ? 'recommendation_resubmitted' : 'recommendation_received',
    actor: { address: input.message.from ?? data.submitter.email, role: 'sender' },
    messageKey: ref.messageKey,
    summary: `JAS In-Canada Recommendation Form ${input.formVersion} received${input.flags.includes('late') ? ' (late: more than 8 months after arrival)' : ''}`,
  });

  const office = officeName(data.localOffice);
  const late = input.flags.includes('late');
  const sender = input.message.from ?? data.submitter.email;
  const officeAddress = deps.directory.localOffices[data.localOffice]?.email;
  if (!officeAddress) throw new ConfigurationError(`Office directory has no address for ${data.localOffice}`);
  const noticesSent: { purpose: string; to: string }[] = [];

  const acknowledgementNotice = renderNotice(
    acknowledgement({
      caseId,
      formTitle: formTitle('jas-recommendation'),
      fileName: pdf.fileName,
      receivedOn: input.receivedOn,
      uciLastDigits: data.client.uci.slice(-4),
      office,
      late,
    }),
  );
  if (await sendNoticeOnce(deps.cases, deps.mailer, `${stepId}#acknowledgement`, { to: [sender], inReplyTo: input.message.messageId, ...acknowledgementNotice })) {
    noticesSent.push({ purpose: 'acknowledgement', to: sender });
  }

  const officeNotice = renderNotice(
    routedToOffice({
      caseId,
      caseType: data.caseType,
      clientName: `${data.client.familyName}, ${data.client.givenNames}`,
      uci: data.client.uci,
      arrivalDate: data.client.arrivalDate,
      receivedOn: input.receivedOn,
      specialProgram: data.specialProgram,
      sponsorIdentified: data.sponsor.identified,
      submitter: { organization: data.submitter.organization, email: data.submitter.email },
      office,
      late,
      resubmission,
    }),
  );
  const attachment = { fileName: pdf.fileName, contentType: 'application/pdf', content: pdf.content };
  if (await sendNoticeOnce(deps.cases, deps.mailer, `${stepId}#routed-to-office`, { to: [officeAddress], attachments: [attachment], ...officeNotice })) {
    noticesSent.push({ purpose: 'routed-to-office', to: officeAddress });
  }
  return { caseId: stored.caseId, noticesSent };
}

function newCase(caseId: string, input: RecommendationInput, now: string): CaseRecord {
  const { data } = input;
  return {
    caseId,
    state: 'received',
    recommendation: data,
    flags: [...input.flags],
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
}

// A retried delivery of the message that opened the case is not a resubmission.
async function isFirstFiling(input: RecommendationInput, caseId: string, deps: InboundEmailDependencies): Promise<boolean> {
  const documents = await deps.cases.listDocuments(caseId);
  return documents.length === 0 || documents.every((document) => document.messageKey === input.ref.messageKey);
}

async function mergeFlags(caseId: string, flags: readonly string[], now: string, deps: InboundEmailDependencies): Promise<void> {
  for (let attempt = 0; attempt < MAX_UPDATE_ATTEMPTS; attempt += 1) {
    const current = (await deps.cases.getCase(caseId))!;
    const next = { ...current, flags: [...new Set([...current.flags, ...flags])], updatedAt: now, version: current.version + 1 };
    if (await deps.cases.updateCase(next)) return;
  }
  throw new Error(`Case ${caseId} changed ${MAX_UPDATE_ATTEMPTS} times while it was being updated`);
}

function officeName(code: string): BilingualText {
  return LOCAL_OFFICES.find((office) => office.code === code)?.name ?? { en: code, fr: code };
}

function formTitle(formId: string): BilingualText {
  return listForms().find((form) => form.id === formId)?.title ?? { en: formId, fr: formId };
}

function messageName(messageKey: string): string {
  return messageKey.split('/').pop() ?? messageKey;
}

function safeFileName(fileName: string): string {
  return fileName.normalize('NFKD').replace(/[^\w.-]+/g, '_').slice(-80) || 'form.pdf';
}
