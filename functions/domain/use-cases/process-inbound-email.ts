import { todayIn } from '../../../kernel/policy-calendar.js';
import type { InboundMessage } from '../../mime/inbound-message.js';
import { readInboundMessage } from '../../mime/read-inbound-message.js';
import { UnreadableMessageError } from '../../mime/unreadable-message-error.js';
import type { MessageOutcome } from '../case-record.js';
import { findCaseId } from '../case-tag.js';
import { routeOf } from '../message-route.js';
import { asksForReports } from '../officer-action.js';
import type { PipelineDependencies } from '../pipeline-dependencies.js';
import { readSesVerdicts, type SesVerdicts } from '../ses-verdicts.js';
import { casePartyOf } from '../workflow/case-party.js';
import { uciOnForm } from './file-case-forms.js';
import { handleCaseMessage } from './handle-case-message.js';
import { holdFragment } from './hold-fragment.js';
import type { InboundEmailRef } from './inbound-email-ref.js';
import { type AttachedForms, readAttachedForms } from './read-attached-forms.js';
import { recordAutomaticMail } from './record-automatic-mail.js';
import { type RecordedRecommendation, recordRecommendation } from './record-recommendation.js';
import { rejectForms, rejectUnopened, unopenedAsRejected } from './reject-forms.js';
import { requestReports } from './request-reports.js';
import { routeUrgentProtection } from './route-urgent-protection.js';
import { triageMessage } from './triage-message.js';

export type { InboundEmailRef } from './inbound-email-ref.js';

/**
 * Turns one stored email into exactly one recorded outcome: a case created or updated, a rejection
 * sent to the sender, a routing to the office that handles it (or of a `REPORT` to the report
 * function), or triage for a person. Safe to run
 * again for the same message: the first recorded outcome is returned and nothing is written or
 * sent twice. Infrastructure failures propagate, so the caller's retry runs it again.
 */
export async function processInboundEmail(ref: InboundEmailRef, deps: PipelineDependencies): Promise<MessageOutcome> {
  const recorded = await deps.cases.findMessageOutcome(ref.messageKey);
  if (recorded) return recorded;

  const raw = await deps.mailStore.getRawMessage(ref.messageKey);
  if (!raw)
    return triageMessage(
      ref,
      deps,
      {
        code: 'RAW_MESSAGE_MISSING',
        reason: {
          en: 'The stored message was not found under its key.',
          fr: 'Le message conservé est introuvable sous sa clé.',
        },
      },
      {},
    );

  return processRawMessage(ref, raw, deps);
}

/**
 * One message's bytes to its outcome: the stored message, or the message a split one's fragments
 * rebuild. A message filed to a case is linked to it by its Message-ID, so replies to it thread.
 */
async function processRawMessage(
  ref: InboundEmailRef,
  raw: Uint8Array,
  deps: PipelineDependencies,
): Promise<MessageOutcome> {
  let message: InboundMessage;
  try {
    message = await readInboundMessage(raw, deps.limits.maxMessageBytes);
  } catch (error) {
    if (error instanceof UnreadableMessageError)
      return triageMessage(ref, deps, { code: error.code, reason: error.explanation }, { raw });
    throw error;
  }
  const verdicts = readSesVerdicts(raw);
  // An infected message is not passed on, not even to triage: the reason and the key find it in S3.
  if (verdicts.virus === 'FAIL')
    return triageMessage(
      ref,
      deps,
      {
        code: 'VIRUS_DETECTED',
        reason: {
          en: 'SES found a virus; the message was not opened or forwarded.',
          fr: 'SES a détecté un virus; le message n’a été ni ouvert ni transmis.',
        },
      },
      { message },
    );
  if (verdicts.spam === 'FAIL')
    return triageMessage(
      ref,
      deps,
      {
        code: 'SPAM',
        reason: { en: 'SES judged the message spam.', fr: 'SES a jugé que le message est un pourriel.' },
      },
      { raw, message },
    );
  if (message.fragment) {
    const whole = await holdFragment(ref, raw, message, verdicts, deps);
    return 'outcome' in whole ? whole : processRawMessage(ref, whole.reassembled, deps);
  }
  const outcome = await placeMessage(ref, raw, message, verdicts, deps);
  if (outcome.outcome === 'case_updated' && outcome.caseIds[0] && message.messageId)
    await deps.cases.linkMessageIds(outcome.caseIds[0], [message.messageId]);
  return outcome;
}

async function placeMessage(
  ref: InboundEmailRef,
  raw: Uint8Array,
  message: InboundMessage,
  verdicts: SesVerdicts,
  deps: PipelineDependencies,
): Promise<MessageOutcome> {
  const taggedCaseId = findCaseId(message.subject);
  const threadedCaseId = taggedCaseId ? undefined : await deps.cases.findCaseByMessageIds(message.repliesTo);
  // A machine's mail (an out-of-office reply, a bounce) is recorded, never answered, never acted on.
  if (message.automatic) return recordAutomaticMail(ref, raw, message, taggedCaseId ?? threadedCaseId, deps);
  if (routeOf(message, deps.directory) === 'urgent-protection') return routeUrgentProtection(ref, raw, message, deps);
  if (message.pdfs.length === 0 && asksForReports(message.subject, message.textBody))
    return requestReports(ref, { raw, message, verdicts }, deps);
  if (taggedCaseId) return handleCaseMessage({ ref, raw, message, verdicts, caseId: taggedCaseId }, deps);
  if (threadedCaseId) {
    const threaded = await threadedCase(ref, message, threadedCaseId, deps);
    if (threaded) return handleCaseMessage({ ref, raw, message, verdicts, caseId: threadedCaseId, ...threaded }, deps);
  }
  if (message.pdfs.length === 0) {
    if (message.unopened.length > 0) return rejectUnopened(ref, raw, message, deps);
    return triageMessage(
      ref,
      deps,
      {
        code: 'NO_PDF_ATTACHED',
        reason: {
          en: 'No case tag and no PDF form: a person must read it.',
          fr: 'Ni étiquette de dossier ni formulaire PDF\u202f: une personne doit le lire.',
        },
      },
      { raw, message },
    );
  }
  return fileNewForms(ref, raw, message, verdicts, deps);
}

/**
 * A reply that names one of a case's messages joins it — unless it brings the recommendation of
 * another client, which is a new case sent by replying to an old thread. The forms it carries are
 * read once, here.
 */
async function threadedCase(
  ref: InboundEmailRef,
  message: InboundMessage,
  caseId: string,
  deps: PipelineDependencies,
): Promise<{ forms?: AttachedForms } | undefined> {
  if (message.pdfs.length === 0) return {};
  const caseRecord = await deps.cases.getCase(caseId);
  const forms = await readAttachedForms(message.pdfs, todayIn(deps.timeZone, ref.receivedAt), deps.limits.maxPdfBytes);
  const otherClient = forms.valid.some(
    (form) => form.formId === 'jas-recommendation' && uciOnForm(form) !== caseRecord?.recommendation.client.uci,
  );
  return otherClient ? undefined : { forms };
}

/**
 * Forms that arrive without a case tag: a recommendation opens (or joins) its client's case; a
 * sponsor's form or a checklist joins the case of the UCI written on it when the sender is party
 * to that case; anything else goes to triage.
 */
async function fileNewForms(
  ref: InboundEmailRef,
  raw: Uint8Array,
  message: InboundMessage,
  verdicts: SesVerdicts,
  deps: PipelineDependencies,
): Promise<MessageOutcome> {
  const receivedOn = todayIn(deps.timeZone, ref.receivedAt);
  const read = await readAttachedForms(message.pdfs, receivedOn, deps.limits.maxPdfBytes);
  // Containers that could not be opened are told to the sender with the forms' problems.
  const forms = { ...read, rejected: [...read.rejected, ...unopenedAsRejected(message)] };
  const recommendations = forms.valid.filter((form) => form.formId === 'jas-recommendation');
  const others = forms.valid.filter((form) => form.formId !== 'jas-recommendation');

  if (recommendations.length === 0 && others.length > 0) {
    const uci = uciOnForm(others[0]!);
    const caseId = uci ? await deps.cases.findClientCase(uci) : undefined;
    const caseRecord = caseId ? await deps.cases.getCase(caseId) : undefined;
    if (caseRecord && casePartyOf(caseRecord, message.from ?? '', deps.directory).isParty) {
      return handleCaseMessage({ ref, raw, message, verdicts, caseId: caseRecord.caseId, forms }, deps);
    }
  }

  const recorded: RecordedRecommendation[] = [];
  for (const form of recommendations)
    recorded.push(await recordRecommendation({ ref, message, receivedOn, form }, deps));
  const rejection = forms.rejected.length > 0 ? await rejectForms(ref, { raw, message }, forms.rejected, deps) : [];
  const problems = forms.rejected.flatMap(({ pdf, problems: list }) =>
    list.map((problem) => ({ field: problem.field || pdf.fileName, code: problem.code, message: problem.message.en })),
  );
  const noticesSent = [...recorded.flatMap((entry) => entry.noticesSent), ...rejection];
  const base = {
    messageKey: ref.messageKey,
    formsFound: forms.formsFound,
    problems,
    noticesSent,
    at: deps.wallClock.now().toISOString(),
  };

  if (recorded.length > 0)
    return deps.cases.recordMessageOutcome({
      ...base,
      outcome: 'case_updated',
      caseIds: recorded.map((entry) => entry.caseId),
    });
  if (others.length > 0) {
    const names = others.map((form) => `${form.formId} ${form.version}`).join(', ');
    return triageMessage(
      ref,
      deps,
      {
        code: 'FORM_NOT_ROUTED',
        reason: {
          en: `No case tag, and no case of the UCI on ${names} that the sender is party to.`,
          fr: `Aucune étiquette de dossier, et aucun dossier de l’IUC inscrit sur ${names} auquel l’expéditeur est partie.`,
        },
      },
      { raw, message },
      base,
    );
  }
  return deps.cases.recordMessageOutcome({
    ...base,
    outcome: 'rejected',
    caseIds: [],
    reasonCode: forms.rejected[0]?.problems[0]?.code ?? 'FORM_INVALID',
    reason: `${forms.rejected.length} PDF(s) not accepted; the sender was told each problem.`,
  });
}
