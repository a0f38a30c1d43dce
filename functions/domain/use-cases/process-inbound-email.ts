import { readForm } from '../../../forms/read-form.js';
import { readInboundMessage } from '../../mime/read-inbound-message.js';
import type { InboundMessage, InboundPdf } from '../../mime/inbound-message.js';
import { todayIn } from '../../../forms/calendar-date.js';
import type { MessageOutcome } from '../case-record.js';
import { FormReadError, UnreadableMessageError, isJasError } from '../errors.js';
import type { InboundEmailDependencies } from './inbound-email-dependencies.js';
import { recordRecommendation, type RecordedRecommendation } from './record-recommendation.js';
import { rejectForms, type RejectedPdf } from './reject-forms.js';
import type { JasRecommendation } from '../../../forms/jas-recommendation/schema.js';

/** The stored message to process: its S3 key and when SES stored it. */
export interface InboundEmailRef {
  readonly messageKey: string;
  readonly receivedAt: Date;
}

/**
 * Turns one stored email into exactly one recorded outcome: a case created or updated, a rejection
 * sent to the sender, or a quarantine for a person. Safe to run again for the same message: the
 * first recorded outcome is returned and nothing is written or sent twice. Infrastructure failures
 * propagate, so the caller's retry runs it again.
 */
export async function processInboundEmail(ref: InboundEmailRef, deps: InboundEmailDependencies): Promise<MessageOutcome> {
  const recorded = await deps.cases.findMessageOutcome(ref.messageKey);
  if (recorded) return recorded;

  const raw = await deps.mailStore.getRawMessage(ref.messageKey);
  if (!raw) return quarantine(ref, deps, 'RAW_MESSAGE_MISSING', 'The stored message was not found under its key.');

  let message: InboundMessage;
  try {
    message = await readInboundMessage(raw, deps.limits.maxMessageBytes);
  } catch (error) {
    if (error instanceof UnreadableMessageError) return quarantine(ref, deps, error.code, error.message);
    throw error;
  }
  if (message.pdfs.length === 0) {
    return quarantine(ref, deps, 'NO_PDF_ATTACHED', 'The message has no PDF attached; a person must read it.');
  }
  return processForms(ref, message, deps);
}

async function processForms(ref: InboundEmailRef, message: InboundMessage, deps: InboundEmailDependencies): Promise<MessageOutcome> {
  const receivedOn = todayIn(deps.timeZone, ref.receivedAt);
  const recommendations: { pdf: InboundPdf; index: number; formVersion: string; data: JasRecommendation; flags: readonly string[] }[] = [];
  const rejected: RejectedPdf[] = [];
  const unrouted: { formId: string; version: string }[] = [];
  const formsFound: MessageOutcome['formsFound'][number][] = [];

  for (const [index, pdf] of message.pdfs.entries()) {
    try {
      const reading = await readForm(pdf.content, { receivedOn, maxBytes: deps.limits.maxPdfBytes });
      formsFound.push({ formId: reading.formId, version: reading.version, valid: reading.ok });
      if (!reading.ok) rejected.push({ pdf, formId: reading.formId, problems: reading.problems });
      else if (reading.formId === 'jas-recommendation') {
        recommendations.push({ pdf, index, formVersion: reading.version, data: reading.data as JasRecommendation, flags: reading.flags });
      } else unrouted.push({ formId: reading.formId, version: reading.version });
    } catch (error) {
      if (!(error instanceof FormReadError) && !isJasError(error)) throw error;
      rejected.push({ pdf, problems: [{ field: '', code: error.code, message: error.explanation }] });
    }
  }

  const recordedCases: RecordedRecommendation[] = [];
  for (const recommendation of recommendations) {
    recordedCases.push(await recordRecommendation({ ref, message, receivedOn, ...recommendation }, deps));
  }
  const rejectionNotice = rejected.length > 0 ? await rejectForms(ref, message, rejected, deps) : undefined;

  const problems = rejected.flatMap(({ pdf, problems: list }) =>
    list.map((problem) => ({ field: problem.field || pdf.fileName, code: problem.code, message: problem.message.en })),
  );
  const noticesSent = [...recordedCases.flatMap((recorded) => recorded.noticesSent), ...(rejectionNotice ? [rejectionNotice] : [])];
  const base = { messageKey: ref.messageKey, formsFound, problems, noticesSent, at: deps.clock.now().toISOString() };

  if (recordedCases.length > 0) {
    return deps.cases.recordMessageOutcome({ ...base, outcome: 'case_updated', caseIds: recordedCases.map((recorded) => recorded.caseId) });
  }
  if (rejected.length > 0) {
    return deps.cases.recordMessageOutcome({
      ...base,
      outcome: 'rejected',
      caseIds: [],
      reasonCode: rejected[0]!.problems[0]?.code ?? 'FORM_INVALID',
      reason: `${rejected.length} PDF(s) not accepted; the sender was told each problem.`,
    });
  }
  const names = unrouted.map((form) => `${form.formId} ${form.version}`).join(', ');
  return deps.cases.recordMessageOutcome({
    ...base,
    outcome: 'quarantined',
    caseIds: [],
    reasonCode: 'FORM_NOT_ROUTED',
    reason: `Sponsor-stage forms (${names}) are not yet matched to a case automatically; a person must file them.`,
  });
}

async function quarantine(ref: InboundEmailRef, deps: InboundEmailDependencies, reasonCode: string, reason: string): Promise<MessageOutcome> {
  return deps.cases.recordMessageOutcome({
    messageKey: ref.messageKey,
    outcome: 'quarantined',
    caseIds: [],
    reasonCode,
    reason,
    formsFound: [],
    problems: [],
    noticesSent: [],
    at: deps.clock.now().toISOString(),
  });
}
