import { checkSponsorForms } from '../../../forms/check-sponsor-forms.js';
import type { BilingualText } from '../../../kernel/bilingual-text.js';
import { todayIn } from '../../../kernel/policy-calendar.js';
import type { InboundMessage } from '../../mime/inbound-message.js';
import type { CaseEvent, CaseRecord, MessageOutcome } from '../case-record.js';
import { caseTimeZone, formReceipt } from '../case-time-zone.js';
import { loadLanguageWords } from '../deidentify/language-words.js';
import { messageFingerprints } from '../message-fingerprints.js';
import { fingerprintWrites, threadLink } from '../message-writes.js';
import type { CaseNoticeEffect, KeyedNotice } from '../notice-effect.js';
import { type OfficerAction, readOfficerAction } from '../officer-action.js';
import type { PipelineDependencies } from '../pipeline-dependencies.js';
import type { SenderCheck } from '../ses-verdicts.js';
import { applyCaseChange } from '../workflow/apply-case-change.js';
import { type CaseParty, casePartyOf, describeCapacity } from '../workflow/case-party.js';
import { correctedProfileProblems } from '../workflow/check-corrected-profile.js';
import { type ActionDecision, decideAction, refusalNotices } from '../workflow/decide-action.js';
import { startChangeClocks } from '../workflow/finish-case-change.js';
import { whyMayNotFile } from '../workflow/form-roles.js';
import { requiredSponsorForms } from '../workflow/required-sponsor-forms.js';
import { decideFiledForms, type FiledForm, uciOnForm } from './file-case-forms.js';
import type { InboundEmailRef } from './inbound-email-ref.js';
import { type AttachedForms, readAttachedForms } from './read-attached-forms.js';
import { type RejectedPdf, rejectionNotices } from './reject-forms.js';
import { storeCaseDocument } from './store-case-document.js';
import { triageMessage } from './triage-message.js';

export interface CaseMessage {
  readonly ref: InboundEmailRef;
  readonly raw: Uint8Array;
  readonly message: InboundMessage;
  /** Whether SES vouches for the author; only a verified party in the right role changes a case. */
  readonly sender: SenderCheck;
  readonly caseRecord: CaseRecord;
  /** The attached forms, when the caller already read them. */
  readonly forms?: AttachedForms;
  /** How the message found its case: its subject's tag, a reply's headers, or the UCI on its forms. */
  readonly joinedBy?: 'tag' | 'thread' | 'uci';
}

/**
 * A message about an existing case: one whose subject carries its tag, or forms about its client.
 * It changes the case only when SES verified its author and the author is party to the case; each
 * message applies once (a copy under another key is a duplicate); then it is an action, forms
 * (each from the party whose form it is), or correspondence. Anything else changes nothing, goes
 * to triage, and the case's office is told.
 */
export async function handleCaseMessage(input: CaseMessage, deps: PipelineDependencies): Promise<MessageOutcome> {
  const { ref, message, sender, caseRecord } = input;
  const action = readOfficerAction(message.subject, message.textBody);
  if (!sender.verified) {
    const reason = {
      en: `The sender could not be verified: ${sender.reason.en}`,
      fr: `L’expéditeur n’a pas pu être vérifié : ${sender.reason.fr}`,
    };
    return refuseMessage(input, action, sender.address ?? '', { code: sender.code, reason }, deps);
  }
  const party = casePartyOf(caseRecord, sender.address, deps.directory);
  if (!party.isParty)
    return refuseMessage(
      input,
      action,
      party.address,
      {
        code: 'NOT_A_PARTY',
        reason: {
          en: `${party.address} is not party to case ${caseRecord.caseId} (not its SPO, its sponsor, or an office in the directory).`,
          fr: `${party.address} n’est pas partie au dossier ${caseRecord.caseId} (ni son FS, ni son répondant, ni un bureau du répertoire).`,
        },
      },
      deps,
    );
  const domain = party.address.slice(party.address.lastIndexOf('@') + 1);
  const fingerprints = messageFingerprints(message, input.raw, domain);
  // APPROVE PROFILE with a PDF attached approves what the PDF says: the corrected profile, once read and checked.
  const approvesAttachedProfile = action?.kind === 'APPROVE_PROFILE' && message.pdfs.length > 0;
  // An action or a reply applies its fingerprints in the write of its change; forms, before their documents are kept.
  if (action && !approvesAttachedProfile) return handleAction(input, party, action, fingerprints, deps);
  if (message.pdfs.length === 0) return fileCorrespondence(input, party, fingerprints, deps);
  const first = await deps.cases.recordAppliedMessage(caseRecord.caseId, fingerprints, ref.messageKey);
  if (first) return recordDuplicate(input, party, first, deps);
  return fileForms(input, party, deps);
}

/**
 * Nothing changes: the attempt goes in the case's audit trail, the case's office is told who tried
 * what, and the message goes to triage for a person. The sender is not answered: an address that
 * failed verification may be forged, and answering it would write to its real owner.
 */
async function refuseMessage(
  input: CaseMessage,
  action: OfficerAction | undefined,
  sender: string,
  why: { readonly code: string; readonly reason: BilingualText },
  deps: PipelineDependencies,
): Promise<MessageOutcome> {
  const { ref, raw, message, caseRecord } = input;
  const formIds = input.forms?.valid.map((form) => form.formId) ?? [];
  await deps.cases.appendEvent({
    caseId: caseRecord.caseId,
    eventId: `refused#${ref.messageKey}`,
    at: ref.receivedAt.toISOString(),
    type: 'message_refused',
    actor: { address: sender || 'unknown', role: 'unknown' },
    messageKey: ref.messageKey,
    summary: `${action ? `${action.kind} ` : formIds.length > 0 ? 'Forms ' : 'Message '}not filed (${why.code}): ${why.reason.en}`,
  });
  const toOffice: CaseNoticeEffect = action
    ? { notice: 'unauthorized-action-to-office', sender, action: action.kind, reason: why.reason }
    : {
        notice: 'unauthorized-message-to-office',
        sender,
        what: formIds.length > 0 || message.pdfs.length > 0 ? 'forms' : 'message',
        formIds,
        reason: why.reason,
      };
  const told = await deps.notices.sendAboutCase(caseRecord, [
    { key: `${ref.messageKey}#office-told`, effect: toOffice },
  ]);
  return triageMessage(
    ref,
    deps,
    {
      code: why.code,
      reason: {
        en: `Case ${caseRecord.caseId}: ${why.reason.en}`,
        fr: `Dossier ${caseRecord.caseId} : ${why.reason.fr}`,
      },
    },
    { raw, message },
    { caseIds: [caseRecord.caseId], noticesSent: told, ...(input.forms && { formsFound: input.forms.formsFound }) },
  );
}

/** A copy of a message the case already took: recorded, and nothing applied or sent again. */
async function recordDuplicate(
  input: CaseMessage,
  party: CaseParty,
  first: string,
  deps: PipelineDependencies,
): Promise<MessageOutcome> {
  const { ref, caseRecord } = input;
  const event: CaseEvent = {
    caseId: caseRecord.caseId,
    eventId: `duplicate#${ref.messageKey}`,
    at: ref.receivedAt.toISOString(),
    type: 'duplicate_message',
    actor: { address: party.address, role: describeCapacity(party) },
    messageKey: ref.messageKey,
    summary: `A copy of ${first} (same Message-ID or DKIM signature): nothing applied or sent again`,
  };
  return deps.cases.recordMessageOutcome(
    {
      messageKey: ref.messageKey,
      outcome: 'duplicate',
      caseIds: [caseRecord.caseId],
      reasonCode: 'DUPLICATE_MESSAGE',
      reason: `A copy of ${first}, already applied to case ${caseRecord.caseId}: nothing applied or sent again.`,
      formsFound: [],
      problems: [],
      noticesSent: [],
      at: deps.wallClock.now().toISOString(),
    },
    [{ write: 'append-event', event }],
  );
}

/** A copy of a message another key already applied: the key of the first comes from the fingerprints. */
async function duplicateOf(
  input: CaseMessage,
  party: CaseParty,
  fingerprints: readonly string[],
  deps: PipelineDependencies,
): Promise<MessageOutcome> {
  const first = await deps.cases.recordAppliedMessage(input.caseRecord.caseId, fingerprints, input.ref.messageKey);
  if (!first)
    throw new Error(`Case ${input.caseRecord.caseId}: a fingerprint was refused, yet no other message applied it`);
  return recordDuplicate(input, party, first, deps);
}

/**
 * An officer's action: the change, its events, its notices' leases and the message's fingerprints
 * in one write, then its clocks, then its notices, recorded sent with the outcome. A refused
 * action is written the same way: its fingerprints, the refusal in the audit trail, and the
 * leases of the notices that tell why.
 */
async function handleAction(
  input: CaseMessage,
  party: CaseParty,
  action: OfficerAction,
  fingerprints: readonly string[],
  deps: PipelineDependencies,
): Promise<MessageOutcome> {
  const { ref, caseRecord, message } = input;
  const { caseId } = caseRecord;
  const now = deps.wallClock.now();
  // The day the action was taken is the case's office's day (OB 646's dates are the office's).
  const today = todayIn(caseTimeZone(caseRecord, deps.timeZone), now);
  const actor = { address: party.address, role: describeCapacity(party) };
  const applies = fingerprintWrites(caseId, fingerprints, ref.messageKey);
  const result = await applyCaseChange(
    deps,
    { caseId, ref, actor, now: now.toISOString() },
    (current) => {
      const decision: ActionDecision = decideAction({
        caseRecord: current,
        action,
        party,
        ...(message.date && { writtenAt: message.date }),
        receivedAt: ref.receivedAt,
        today,
      });
      return decision.applied ? decision : { applied: false, refusal: decision };
    },
    { justRead: caseRecord, alsoWrite: applies },
  );
  const base = {
    messageKey: ref.messageKey,
    caseIds: [caseId],
    formsFound: [],
    problems: [],
    at: now.toISOString(),
  };
  if (result.applied) {
    await startChangeClocks(result, deps);
    return deps.notices.settleMessage({
      aboutCases: [{ caseRecord: result.caseRecord, notices: result.notices }],
      original: {},
      outcome: (sent) => ({ ...base, outcome: 'case_updated', noticesSent: sent }),
      alsoWrite: threadLink(caseId, message),
    });
  }
  if ('refusedWrites' in result) return duplicateOf(input, party, fingerprints, deps);
  const refusal = result.refusal as Extract<ActionDecision, { applied: false }>;
  const leased = deps.notices.lease(refusalNotices(refusal, ref.messageKey, party.address, action.kind));
  const { refused } = await deps.cases.writeTogether([
    ...applies,
    {
      write: 'append-event',
      event: {
        caseId,
        eventId: `refused#${ref.messageKey}`,
        at: ref.receivedAt.toISOString(),
        type: 'action_refused',
        actor,
        messageKey: ref.messageKey,
        summary: `${action.kind} refused (${refusal.code}): ${refusal.reason.en}`,
      },
    },
    ...leased.writes,
  ]);
  if (refused.some((write) => applies.includes(write))) return duplicateOf(input, party, fingerprints, deps);
  // Refused otherwise, an earlier attempt of this message wrote the refusal: its notices are claimed as they go.
  const notices =
    refused.length > 0 ? refusalNotices(refusal, ref.messageKey, party.address, action.kind) : leased.notices;
  return deps.notices.settleMessage({
    aboutCases: [{ caseRecord: result.caseRecord, notices }],
    original: { raw: input.raw, message: input.message },
    outcome: (sent) => ({
      ...base,
      outcome: 'rejected',
      reasonCode: refusal.code,
      reason: refusal.reason.en,
      noticesSent: sent,
    }),
  });
}

async function fileForms(input: CaseMessage, party: CaseParty, deps: PipelineDependencies): Promise<MessageOutcome> {
  const { ref, caseRecord, message } = input;
  const { caseId } = caseRecord;
  const receivedOn = todayIn(caseTimeZone(caseRecord, deps.timeZone), ref.receivedAt);
  const forms =
    input.forms ?? (await readAttachedForms(message.pdfs, formReceipt(ref.receivedAt, deps.timeZone), deps.reader));
  // A form only its SPO or its sponsor may send, from anyone else: the whole message changes nothing.
  const notTheirs = forms.valid
    .map((form) => whyMayNotFile(form.formId, party, caseRecord))
    .find((reason) => reason !== undefined);
  if (notTheirs)
    return refuseMessage(
      { ...input, forms },
      undefined,
      party.address,
      { code: 'NOT_THEIR_FORM', reason: notTheirs },
      deps,
    );
  const rejected: RejectedPdf[] = [...forms.rejected];
  const filed: FiledForm[] = [];
  const facts = {
    uci: caseRecord.recommendation.client.uci,
    sponsorName: caseRecord.sponsor?.name,
    settlementPlanRequired: requiredSponsorForms(caseRecord).includes('imm5494'),
  };
  for (const form of forms.valid) {
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
        : form.formId === 'jas-case-profile'
          ? correctedProfileProblems(caseRecord, form.data, await loadLanguageWords())
          : checkSponsorForms(facts, [form]).filter((problem) => problem.code !== 'FORM_MISSING');
    if (problems.length > 0) {
      rejected.push({ pdf: form.pdf, formId: form.formId, problems });
      continue;
    }
    filed.push({ form, document: await storeCaseDocument(caseId, ref, form, deps) });
  }
  const actor = { address: party.address, role: describeCapacity(party) };
  const now = deps.wallClock.now().toISOString();
  let filedTo = caseRecord;
  let changeNotices: readonly KeyedNotice<CaseNoticeEffect>[] = [];
  if (filed.length > 0) {
    const result = await applyCaseChange(
      deps,
      { caseId, ref, actor, now },
      (current) => decideFiledForms(current, filed, party.address, receivedOn),
      { justRead: caseRecord },
    );
    filedTo = result.caseRecord;
    if (result.applied) {
      await startChangeClocks(result, deps);
      changeNotices = result.notices;
    }
  }
  // Forms that found their case by the UCI on them came without a tag: the office would not know of
  // them. ROC-O's profile is ROC-O's and RSTP's business (step 5), not the office's.
  const forOffice = filed.filter(({ form }) => form.formId !== 'jas-case-profile');
  const toOffice: KeyedNotice<CaseNoticeEffect>[] =
    forOffice.length > 0 && input.joinedBy === 'uci'
      ? [
          {
            key: `${ref.messageKey}#forms-filed`,
            effect: {
              notice: 'forms-filed-to-office',
              from: party.address,
              documentKeys: forOffice.map(({ document }) => document.objectKey),
            },
          },
        ]
      : [];
  const problems = rejected.flatMap(({ pdf, problems: list }) =>
    list.map((problem) => ({ field: problem.field || pdf.fileName, code: problem.code, message: problem.message.en })),
  );
  return deps.notices.settleMessage({
    aboutCases: [{ caseRecord: filedTo, notices: [...changeNotices, ...toOffice] }],
    aboutMessage: rejectionNotices(ref, party.address, rejected),
    original: { raw: input.raw, message },
    outcome: (noticesSent) => ({
      messageKey: ref.messageKey,
      outcome: filed.length > 0 ? 'case_updated' : 'rejected',
      caseIds: [caseId],
      ...(filed.length === 0 && {
        reasonCode: problems[0]?.code ?? 'FORM_INVALID',
        reason: `${rejected.length} PDF(s) not accepted; the sender was told each problem.`,
      }),
      formsFound: forms.formsFound,
      problems,
      noticesSent,
      at: now,
    }),
    alsoWrite: filed.length > 0 ? threadLink(caseId, message) : [],
  });
}

/** A reply with no action and no form: kept in the case file; the SPO's answer to a request reopens the review. */
async function fileCorrespondence(
  input: CaseMessage,
  party: CaseParty,
  fingerprints: readonly string[],
  deps: PipelineDependencies,
): Promise<MessageOutcome> {
  const { ref, caseRecord, message } = input;
  const { caseId } = caseRecord;
  const actor = { address: party.address, role: describeCapacity(party) };
  const now = deps.wallClock.now().toISOString();
  const result = await applyCaseChange(
    deps,
    { caseId, ref, actor, now },
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
            // RSTP's replies to the promotion notices are for ROC-O, who liaises with RSTP (step 5).
            effects:
              party.address === deps.directory.rstp.email ||
              party.appointments.some((appointment) => appointment.unit === 'rstp')
                ? [{ notice: 'rstp-message-to-roc-o', from: party.address, note: message.textBody.slice(0, 4000) }]
                : [],
          },
    { justRead: caseRecord, alsoWrite: fingerprintWrites(caseId, fingerprints, ref.messageKey) },
  );
  if ('refusedWrites' in result) return duplicateOf(input, party, fingerprints, deps);
  if (!result.applied) throw new Error('Filing correspondence cannot be refused');
  await startChangeClocks(result, deps);
  return deps.notices.settleMessage({
    aboutCases: [{ caseRecord: result.caseRecord, notices: result.notices }],
    original: { raw: input.raw, message },
    outcome: (noticesSent) => ({
      messageKey: ref.messageKey,
      outcome: 'case_updated',
      caseIds: [caseId],
      formsFound: [],
      problems: [],
      noticesSent,
      at: now,
    }),
    alsoWrite: threadLink(caseId, message),
  });
}
