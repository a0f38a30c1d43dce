import { checkSponsorForms } from '../../../forms/check-sponsor-forms.js';
import { todayIn } from '../../../kernel/policy-calendar.js';
import type { InboundMessage } from '../../mime/inbound-message.js';
import type { CaseRecord, MessageOutcome } from '../case-record.js';
import type { SentNotice } from '../notice-effect.js';
import { type OfficerAction, readOfficerAction } from '../officer-action.js';
import type { PipelineDependencies } from '../pipeline-dependencies.js';
import { failedChecks, type SesVerdicts } from '../ses-verdicts.js';
import { applyCaseChange } from '../workflow/apply-case-change.js';
import { type CaseParty, casePartyOf, describeCapacity } from '../workflow/case-party.js';
import { type ActionDecision, decideAction, refusalNotices } from '../workflow/decide-action.js';
import { finishCaseChange } from '../workflow/finish-case-change.js';
import { REQUIRED_SPONSOR_FORMS } from '../workflow/required-sponsor-forms.js';
import { decideFiledForms, type FiledForm, uciOnForm } from './file-case-forms.js';
import type { InboundEmailRef } from './inbound-email-ref.js';
import { type AttachedForms, readAttachedForms } from './read-attached-forms.js';
import { type RejectedPdf, rejectForms } from './reject-forms.js';
import { storeCaseDocument } from './store-case-document.js';
import { triageMessage } from './triage-message.js';

export interface CaseMessage {
  readonly ref: InboundEmailRef;
  readonly raw: Uint8Array;
  readonly message: InboundMessage;
  readonly verdicts: SesVerdicts;
  readonly caseId: string;
  /** The attached forms, when the caller already read them. */
  readonly forms?: AttachedForms;
}

/**
 * A message whose subject carries a case tag (a reply, or an officer writing about the case). It
 * joins the case only from a party to it; then it is an action, forms, or correspondence.
 */
export async function handleCaseMessage(input: CaseMessage, deps: PipelineDependencies): Promise<MessageOutcome> {
  const { ref, raw, message, caseId } = input;
  const caseRecord = await deps.cases.getCase(caseId);
  if (!caseRecord)
    return triageMessage(
      ref,
      deps,
      {
        code: 'UNKNOWN_CASE_TAG',
        reason: {
          en: `The subject names case ${caseId}, which does not exist.`,
          fr: `L’objet nomme le dossier ${caseId}, qui n’existe pas.`,
        },
      },
      { raw, message },
    );
  const party = casePartyOf(caseRecord, message.from ?? '', deps.directory);
  if (!party.isParty) {
    await deps.cases.appendEvent({
      caseId,
      eventId: `triaged#${ref.messageKey}`,
      at: ref.receivedAt.toISOString(),
      type: 'message_from_non_party',
      actor: { address: party.address || 'unknown', role: 'unknown' },
      messageKey: ref.messageKey,
      summary: 'A message carrying this case’s tag came from someone not party to the case; sent to triage, not filed',
    });
    return triageMessage(
      ref,
      deps,
      {
        code: 'TAG_FROM_NON_PARTY',
        reason: {
          en: `The sender is not party to case ${caseId} (not its SPO, its sponsor, or an office in the directory).`,
          fr: `L’expéditeur n’est pas partie au dossier ${caseId} (ni son FS, ni son répondant, ni un bureau du répertoire).`,
        },
      },
      { raw, message },
      { caseIds: [caseId] },
    );
  }
  const action = readOfficerAction(message.subject, message.textBody);
  if (action) return handleAction(input, caseRecord, party, action, deps);
  if (message.pdfs.length > 0) return fileForms(input, caseRecord, party, deps);
  return fileCorrespondence(input, caseRecord, party, deps);
}

async function handleAction(
  input: CaseMessage,
  caseRecord: CaseRecord,
  party: CaseParty,
  action: OfficerAction,
  deps: PipelineDependencies,
): Promise<MessageOutcome> {
  const { ref, caseId, verdicts } = input;
  const today = todayIn(deps.timeZone, deps.wallClock.now());
  const failed = failedChecks(verdicts);
  const result = await applyCaseChange(
    deps.cases,
    caseId,
    ref.messageKey,
    deps.wallClock.now().toISOString(),
    (current) => {
      const decision: ActionDecision = decideAction({
        caseRecord: current,
        action,
        party,
        failedChecks: failed,
        today,
      });
      return decision.applied ? decision : { applied: false, refusal: decision };
    },
    caseRecord,
  );
  const actor = { address: party.address, role: describeCapacity(party) };
  const base = {
    messageKey: ref.messageKey,
    caseIds: [caseId],
    formsFound: [],
    problems: [],
    at: deps.wallClock.now().toISOString(),
  };
  if (!result.applied) {
    const refusal = result.refusal as Extract<ActionDecision, { applied: false }>;
    await deps.cases.appendEvent({
      caseId,
      eventId: `refused#${ref.messageKey}`,
      at: ref.receivedAt.toISOString(),
      type: 'action_refused',
      actor,
      messageKey: ref.messageKey,
      summary: `${action.kind} refused (${refusal.code}): ${refusal.reason.en}`,
    });
    const noticesSent = await deps.notices.sendAboutCase(
      result.caseRecord,
      refusalNotices(refusal, ref.messageKey, party.address, action.kind),
      { raw: input.raw, message: input.message },
    );
    return deps.cases.recordMessageOutcome({
      ...base,
      outcome: 'rejected',
      reasonCode: refusal.code,
      reason: refusal.reason.en,
      noticesSent,
    });
  }
  const noticesSent = await finishCaseChange(result.caseRecord, result.change, ref, actor, deps);
  return deps.cases.recordMessageOutcome({ ...base, outcome: 'case_updated', noticesSent });
}

async function fileForms(
  input: CaseMessage,
  caseRecord: CaseRecord,
  party: CaseParty,
  deps: PipelineDependencies,
): Promise<MessageOutcome> {
  const { ref, caseId, message } = input;
  const receivedOn = todayIn(deps.timeZone, ref.receivedAt);
  const {
    valid,
    rejected: unreadable,
    formsFound,
  } = input.forms ?? (await readAttachedForms(message.pdfs, receivedOn, deps.limits.maxPdfBytes));
  const rejected: RejectedPdf[] = [...unreadable];
  const filed: FiledForm[] = [];
  const facts = {
    uci: caseRecord.recommendation.client.uci,
    sponsorName: caseRecord.sponsor?.name,
    settlementPlanRequired: REQUIRED_SPONSOR_FORMS.includes('imm5494'),
  };
  for (const form of valid) {
    // Each form is checked against the case; forms still to come are the undertaking's business, not a problem here.
    const problems =
      form.formId === 'jas-recommendation'
        ? uciOnForm(form) === facts.uci
          ? []
          : [
              {
                field: '',
                code: 'UCI_MISMATCH',
                message: {
                  en: `The UCI on this form is not the UCI of case ${caseId}.`,
                  fr: `L’IUC inscrit sur ce formulaire n’est pas celui du dossier ${caseId}.`,
                },
              },
            ]
        : checkSponsorForms(facts, [form]).filter((problem) => problem.code !== 'FORM_MISSING');
    if (problems.length > 0) {
      rejected.push({ pdf: form.pdf, formId: form.formId, problems });
      continue;
    }
    filed.push({ form, document: await storeCaseDocument(caseId, ref, form, deps) });
  }
  const actor = { address: party.address, role: describeCapacity(party) };
  const noticesSent: SentNotice[] = [];
  if (filed.length > 0) {
    const result = await applyCaseChange(
      deps.cases,
      caseId,
      ref.messageKey,
      deps.wallClock.now().toISOString(),
      (current) => decideFiledForms(current, filed, party.address),
      caseRecord,
    );
    if (result.applied)
      noticesSent.push(...(await finishCaseChange(result.caseRecord, result.change, ref, actor, deps)));
  }
  if (rejected.length > 0) noticesSent.push(...(await rejectForms(ref, { raw: input.raw, message }, rejected, deps)));
  const problems = rejected.flatMap(({ pdf, problems: list }) =>
    list.map((problem) => ({ field: problem.field || pdf.fileName, code: problem.code, message: problem.message.en })),
  );
  return deps.cases.recordMessageOutcome({
    messageKey: ref.messageKey,
    outcome: filed.length > 0 ? 'case_updated' : 'rejected',
    caseIds: [caseId],
    ...(filed.length === 0 && {
      reasonCode: problems[0]?.code ?? 'FORM_INVALID',
      reason: `${rejected.length} PDF(s) not accepted; the sender was told each problem.`,
    }),
    formsFound,
    problems,
    noticesSent,
    at: deps.wallClock.now().toISOString(),
  });
}

/** A reply with no action and no form: kept in the case file; an SPO's answer to a request reopens the review. */
async function fileCorrespondence(
  input: CaseMessage,
  caseRecord: CaseRecord,
  party: CaseParty,
  deps: PipelineDependencies,
): Promise<MessageOutcome> {
  const { ref, caseId, message } = input;
  const actor = { address: party.address, role: describeCapacity(party) };
  const result = await applyCaseChange(
    deps.cases,
    caseId,
    ref.messageKey,
    deps.wallClock.now().toISOString(),
    (current) =>
      party.isSubmitter && current.state === 'info_requested'
        ? {
            applied: true,
            next: { ...current, state: 'local_review' },
            events: [{ type: 'info_received', summary: 'The SPO answered the information request' }],
            effects: [{ notice: 'info-received', from: party.address, note: message.textBody.slice(0, 4000) }],
          }
        : {
            applied: true,
            next: current,
            events: [{ type: 'correspondence', summary: 'Message filed to the case' }],
            effects: [],
          },
    caseRecord,
  );
  if (!result.applied) throw new Error('Filing correspondence cannot be refused');
  const noticesSent = await finishCaseChange(result.caseRecord, result.change, ref, actor, deps);
  return deps.cases.recordMessageOutcome({
    messageKey: ref.messageKey,
    outcome: 'case_updated',
    caseIds: [caseRecord.caseId],
    formsFound: [],
    problems: [],
    noticesSent,
    at: deps.wallClock.now().toISOString(),
  });
}
