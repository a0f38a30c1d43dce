import type { BilingualText } from '../../../kernel/bilingual-text.js';
import type { InboundMessage } from '../../mime/inbound-message.js';
import { UnreadableMessageError } from '../../mime/unreadable-message-error.js';
import type { CaseRecord, MessageOutcome } from '../case-record.js';
import { findCaseId } from '../case-tag.js';
import { formReceipt } from '../case-time-zone.js';
import { messageFingerprints } from '../message-fingerprints.js';
import { routeOf } from '../message-route.js';
import { threadLink } from '../message-writes.js';
import type { SentNotice } from '../notice-effect.js';
import { asksForReports } from '../officer-action.js';
import type { PipelineDependencies } from '../pipeline-dependencies.js';
import { checkSender, readSesVerdicts, type SenderCheck } from '../ses-verdicts.js';
import { casePartyOf } from '../workflow/case-party.js';
import { whyMayNotFile, whyMayNotOpen } from '../workflow/form-roles.js';
import { uciOnForm } from './file-case-forms.js';
import { handleCaseMessage } from './handle-case-message.js';
import { holdFragment } from './hold-fragment.js';
import type { InboundEmailRef } from './inbound-email-ref.js';
import { openNewCases } from './open-new-cases.js';
import { type AttachedForms, readAttachedForms, type ValidForm } from './read-attached-forms.js';
import { recordAutomaticMail } from './record-automatic-mail.js';
import { type RecordedRecommendation, recordRecommendation } from './record-recommendation.js';
import { rejectForms, rejectUnopened, unopenedAsRejected } from './reject-forms.js';
import { requestReports } from './request-reports.js';
import { routeUrgentProtection } from './route-urgent-protection.js';
import { triageMessage } from './triage-message.js';

export type { InboundEmailRef } from './inbound-email-ref.js';

/**
 * More PDFs than this in one message send the whole message to triage, unread: an undertaking is
 * three forms and a family's recommendations a few more; forty forms in one email opened forty
 * cases and sent eighty notices.
 */
export const MAX_FORMS_PER_MESSAGE = 10;

/**
 * Turns one stored email into exactly one recorded outcome: a case created or updated, a rejection
 * sent to the sender, a routing to the office that handles it (or of a `REPORT` to the report
 * function), or triage for a person. Safe to run
 * again for the same message: the first recorded outcome is returned and nothing is written or
 * sent twice. Infrastructure failures propagate, so the caller's retry runs it again.
 */
export async function processInboundEmail(ref: InboundEmailRef, deps: PipelineDependencies): Promise<MessageOutcome> {
  const raw = await deps.mailStore.getRawMessage(ref.messageKey);
  if (!raw)
    return (
      (await deps.cases.findMessageOutcome(ref.messageKey)) ??
      triageMessage(
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
      )
    );

  return processRawMessage(ref, raw, deps, { firstReading: true });
}

/** The case a message's subject names, read with the message's outcome (no `caseRecord` when there is no such case). */
interface TaggedCase {
  readonly caseId: string;
  readonly caseRecord?: CaseRecord;
}

/**
 * One message's bytes to its outcome: the stored message, or the message a split one's fragments
 * rebuild. On its first reading, a message already recorded gets back its outcome and nothing
 * more: the outcome is read with the case its subject names, when it names one, in one request.
 */
async function processRawMessage(
  ref: InboundEmailRef,
  raw: Uint8Array,
  deps: PipelineDependencies,
  reading: { readonly firstReading: boolean },
): Promise<MessageOutcome> {
  let message: InboundMessage;
  try {
    message = await deps.reader.readMessage(raw);
  } catch (error) {
    if (!(error instanceof UnreadableMessageError)) throw error;
    const recorded = reading.firstReading ? await deps.cases.findMessageOutcome(ref.messageKey) : undefined;
    return recorded ?? triageMessage(ref, deps, { code: error.code, reason: error.explanation }, { raw });
  }
  let tagged: TaggedCase | undefined;
  if (reading.firstReading) {
    const taggedCaseId = findCaseId(message.subject);
    const seen = taggedCaseId
      ? await deps.cases.findMessageOutcomeAndCase(ref.messageKey, taggedCaseId)
      : { outcome: await deps.cases.findMessageOutcome(ref.messageKey) };
    if (seen.outcome) return seen.outcome;
    if (taggedCaseId) tagged = { caseId: taggedCaseId, ...(seen.caseRecord && { caseRecord: seen.caseRecord }) };
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
  const sender = checkSender(verdicts);
  if (message.fragment) {
    const whole = await holdFragment(ref, raw, message, sender, deps);
    return 'outcome' in whole ? whole : processRawMessage(ref, whole.reassembled, deps, { firstReading: false });
  }
  return placeMessage(ref, raw, message, sender, deps, tagged);
}

async function placeMessage(
  ref: InboundEmailRef,
  raw: Uint8Array,
  message: InboundMessage,
  sender: SenderCheck,
  deps: PipelineDependencies,
  /** The case the subject names, as read with the outcome. */
  tagged?: TaggedCase,
): Promise<MessageOutcome> {
  if (message.pdfs.length > MAX_FORMS_PER_MESSAGE)
    return triageMessage(
      ref,
      deps,
      {
        code: 'TOO_MANY_FORMS',
        reason: {
          en: `The message carries ${message.pdfs.length} PDFs, more than the ${MAX_FORMS_PER_MESSAGE} one message may file: a person sorts it out.`,
          fr: `Le message contient ${message.pdfs.length} PDF, plus que les ${MAX_FORMS_PER_MESSAGE} qu’un message peut verser : une personne doit les trier.`,
        },
      },
      { raw, message },
    );
  const taggedCaseId = findCaseId(message.subject);
  const taggedCase = !taggedCaseId
    ? undefined
    : tagged?.caseId === taggedCaseId
      ? tagged.caseRecord
      : await deps.cases.getCase(taggedCaseId);
  const threadedCaseId = taggedCaseId ? undefined : await deps.cases.findCaseByMessageIds(message.repliesTo);
  // A machine's mail (an out-of-office reply, a bounce) is recorded, never answered, never acted on.
  if (message.automatic)
    return recordAutomaticMail(ref, raw, message, sender, taggedCase?.caseId ?? threadedCaseId, deps);
  // A reply joins its case before any routing, whatever words it quotes.
  if (taggedCase)
    return handleCaseMessage({ ref, raw, message, sender, caseRecord: taggedCase, joinedBy: 'tag' }, deps);
  if (threadedCaseId) {
    const threaded = await threadedCase(ref, message, threadedCaseId, deps);
    if (threaded) return handleCaseMessage({ ref, raw, message, sender, joinedBy: 'thread', ...threaded }, deps);
  }
  if (message.pdfs.length === 0 && asksForReports(message.subject, message.textBody))
    return requestReports(ref, { raw, message, sender }, deps);
  if (routeOf(message, deps.directory) === 'urgent-protection') {
    if (sender.verified) return routeUrgentProtection(ref, raw, message, deps);
    // Never relayed as genuine: a person reads it first, flagged as urgent.
    return triageMessage(
      ref,
      deps,
      {
        code: 'URGENT_PROTECTION_UNVERIFIED',
        reason: {
          en: `URGENT: an urgent protection message whose sender could not be verified (${sender.reason.en}); not relayed to ROC-O. Check it with its sender by phone.`,
          fr: `URGENT : un message de protection d’urgence dont l’expéditeur n’a pas pu être vérifié (${sender.reason.fr}); il n’a pas été transmis au COR-O. Vérifiez-le auprès de l’expéditeur par téléphone.`,
        },
      },
      { raw, message },
    );
  }
  if (taggedCaseId)
    return triageMessage(
      ref,
      deps,
      {
        code: 'UNKNOWN_CASE_TAG',
        reason: {
          en: `The subject names case ${taggedCaseId}, which does not exist.`,
          fr: `L’objet nomme le dossier ${taggedCaseId}, qui n’existe pas.`,
        },
      },
      { raw, message },
    );
  if (message.pdfs.length === 0) {
    if (message.unopened.length > 0) return rejectUnopened(ref, raw, message, sender, deps);
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
  return fileNewForms(ref, raw, message, sender, deps);
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
): Promise<{ caseRecord: CaseRecord; forms?: AttachedForms } | undefined> {
  const caseRecord = await deps.cases.getCase(caseId);
  if (!caseRecord) return undefined;
  if (message.pdfs.length === 0) return { caseRecord };
  const forms = await readAttachedForms(message.pdfs, formReceipt(ref.receivedAt, deps.timeZone), deps.reader);
  const otherClient = forms.valid.some(
    (form) => form.formId === 'jas-recommendation' && uciOnForm(form) !== caseRecord.recommendation.client.uci,
  );
  return otherClient ? undefined : { caseRecord, forms };
}

/**
 * Forms that arrive without a case tag. Every form is first matched to its client's case by the
 * UCI written on it; nothing is written unless SES verified the sender and the sender may file
 * every form: a recommendation opens its client's case (from the SPO it names) or corrects it
 * (from the SPO of record); the sponsor's forms and the checklist join their client's case from
 * the party whose forms they are. Otherwise nothing changes, the message goes to triage, and the
 * office of each case concerned is told.
 */
async function fileNewForms(
  ref: InboundEmailRef,
  raw: Uint8Array,
  message: InboundMessage,
  sender: SenderCheck,
  deps: PipelineDependencies,
): Promise<MessageOutcome> {
  const read = await readAttachedForms(message.pdfs, formReceipt(ref.receivedAt, deps.timeZone), deps.reader);
  // Containers that could not be opened are told to the sender with the forms' problems.
  const forms = { ...read, rejected: [...read.rejected, ...unopenedAsRejected(message)] };
  const recommendations = forms.valid.filter((form) => form.formId === 'jas-recommendation');
  // Most often every client is new: their cases open in one write, without reading a case first.
  if (
    sender.verified &&
    recommendations.length > 0 &&
    recommendations.length === forms.valid.length &&
    !whyRefused(recommendations, [], new Map(), sender.address, deps)
  ) {
    const opened = await openNewCases(
      {
        ref,
        raw,
        message,
        sender: sender.address,
        fingerprints: messageFingerprints(message, raw, domainOf(sender.address)),
        forms: recommendations,
        rejected: forms.rejected,
        formsFound: forms.formsFound,
      },
      deps,
    );
    if (opened) return opened;
  }
  const cases = await casesOfForms(forms.valid, deps);
  const caseIds = [...new Set([...cases.values()].map((record) => record.caseId))];
  const base = { caseIds, formsFound: forms.formsFound };
  const refuse = async (code: string, reason: BilingualText, concerned: readonly CaseRecord[]) => {
    const told = await tellOffices(ref, sender.address ?? '', forms.valid, concerned, { code, reason }, deps);
    return triageMessage(ref, deps, { code, reason }, { raw, message }, { ...base, noticesSent: told });
  };
  if (!sender.verified)
    return refuse(
      sender.code,
      {
        en: `The sender could not be verified: ${sender.reason.en}`,
        fr: `L’expéditeur n’a pas pu être vérifié : ${sender.reason.fr}`,
      },
      [...new Map([...cases.values()].map((record) => [record.caseId, record])).values()],
    );
  const others = forms.valid.filter((form) => form.formId !== 'jas-recommendation');
  const refusal = whyRefused(recommendations, others, cases, sender.address, deps);
  if (refusal) return refuse(refusal.code, refusal.reason, refusal.concerned);

  if (recommendations.length === 0 && others.length > 0)
    return handleCaseMessage(
      { ref, raw, message, sender, caseRecord: cases.get(others[0]!)!, forms, joinedBy: 'uci' },
      deps,
    );

  const fingerprints = messageFingerprints(message, raw, domainOf(sender.address));
  const outcomes: RecordedRecommendation[] = [];
  for (const form of recommendations)
    outcomes.push(await recordRecommendation({ ref, message, sender: sender.address, fingerprints, form }, deps));
  const conflicts = outcomes.flatMap((outcome) => (outcome.kind === 'conflict' ? [outcome.caseRecord] : []));
  if (conflicts.length > 0) return refuse('CLIENT_HAS_CASE', SECOND_ORGANIZATION, conflicts);
  const recorded = outcomes.flatMap((outcome) => (outcome.kind === 'recorded' ? [outcome] : []));
  const duplicates = outcomes.flatMap((outcome) => (outcome.kind === 'duplicate' ? [outcome] : []));
  const rejection =
    forms.rejected.length > 0 ? await rejectForms(ref, { raw, message }, sender.address, forms.rejected, deps) : [];
  const problems = forms.rejected.flatMap(({ pdf, problems: list }) =>
    list.map((problem) => ({ field: problem.field || pdf.fileName, code: problem.code, message: problem.message.en })),
  );
  const outcome = {
    messageKey: ref.messageKey,
    formsFound: forms.formsFound,
    problems,
    noticesSent: [...recorded.flatMap((entry) => entry.noticesSent), ...rejection],
    at: deps.wallClock.now().toISOString(),
  };
  if (recorded.length > 0)
    return deps.cases.recordMessageOutcome(
      { ...outcome, outcome: 'case_updated', caseIds: recorded.map((entry) => entry.caseId) },
      threadLink(recorded[0]!.caseId, message),
    );
  if (duplicates.length > 0)
    return deps.cases.recordMessageOutcome({
      ...outcome,
      outcome: 'duplicate',
      caseIds: duplicates.map((entry) => entry.caseId),
      reasonCode: 'DUPLICATE_MESSAGE',
      reason: `A copy of ${duplicates[0]!.first}, already applied: nothing applied or sent again.`,
    });
  if (others.length > 0) {
    const names = others.map((form) => `${form.formId} ${form.version}`).join(', ');
    return triageMessage(
      ref,
      deps,
      {
        code: 'FORM_NOT_ROUTED',
        reason: {
          en: `No case tag, and no case of the UCI on ${names}.`,
          fr: `Aucune étiquette de dossier, et aucun dossier de l’IUC inscrit sur ${names}.`,
        },
      },
      { raw, message },
      outcome,
    );
  }
  return deps.cases.recordMessageOutcome({
    ...outcome,
    outcome: 'rejected',
    caseIds: [],
    reasonCode: forms.rejected[0]?.problems[0]?.code ?? 'FORM_INVALID',
    reason: `${forms.rejected.length} PDF(s) not accepted; the sender was told each problem.`,
  });
}

function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1);
}

const SECOND_ORGANIZATION: BilingualText = {
  en: 'A recommendation for a client who already has a case, from someone other than the case’s SPO of record: the office settles which organization the case is with; nothing was replaced.',
  fr: 'Une recommandation pour un client qui a déjà un dossier, venant d’un autre que le FS inscrit au dossier : le bureau décide avec quel FS le dossier se poursuit; rien n’a été remplacé.',
};

/** The case each valid form is about (its client's, or the one a profile names), for the forms that have one. */
async function casesOfForms(
  forms: readonly ValidForm[],
  deps: PipelineDependencies,
): Promise<Map<ValidForm, CaseRecord>> {
  const cases = new Map<ValidForm, CaseRecord>();
  for (const form of forms) {
    // The case profile names its case; every other form names its client.
    const uci = uciOnForm(form);
    const caseId =
      form.formId === 'jas-case-profile'
        ? findCaseId(form.data.case.number)
        : uci
          ? await deps.cases.findClientCase(uci)
          : undefined;
    const caseRecord = caseId ? await deps.cases.getCase(caseId) : undefined;
    if (caseRecord) cases.set(form, caseRecord);
  }
  return cases;
}

/** Why a verified sender may not file these untagged forms, and the cases concerned; `undefined` when it may. */
function whyRefused(
  recommendations: readonly Extract<ValidForm, { formId: 'jas-recommendation' }>[],
  others: readonly ValidForm[],
  cases: ReadonlyMap<ValidForm, CaseRecord>,
  sender: string,
  deps: PipelineDependencies,
): { code: string; reason: BilingualText; concerned: CaseRecord[] } | undefined {
  for (const form of recommendations) {
    const data = form.data;
    const caseRecord = cases.get(form);
    if (!caseRecord) {
      const reason = whyMayNotOpen(data, sender, deps.directory);
      if (reason) return { code: 'NOT_THE_SUBMITTER', reason, concerned: [] };
      continue;
    }
    const party = casePartyOf(caseRecord, sender, deps.directory);
    const sameSubmitter =
      data.submitter.email.toLowerCase() === caseRecord.recommendation.submitter.email.toLowerCase();
    if (!party.isSubmitter || !sameSubmitter)
      return { code: 'CLIENT_HAS_CASE', reason: SECOND_ORGANIZATION, concerned: [caseRecord] };
  }
  if (recommendations.length > 0) return undefined;
  const concerned = [
    ...new Map(
      others.flatMap((form) => {
        const caseRecord = cases.get(form);
        return caseRecord ? [[caseRecord.caseId, caseRecord] as const] : [];
      }),
    ).values(),
  ];
  if (concerned.length > 1)
    return {
      code: 'FORMS_FOR_SEVERAL_CASES',
      reason: {
        en: 'The forms are about the clients of several cases: send each case’s forms in a reply to that case.',
        fr: 'Les formulaires visent les clients de plusieurs dossiers : envoyez les formulaires de chaque dossier en réponse à ce dossier.',
      },
      concerned,
    };
  for (const form of others) {
    const caseRecord = cases.get(form);
    if (!caseRecord) continue;
    const reason = whyMayNotFile(form.formId, casePartyOf(caseRecord, sender, deps.directory), caseRecord);
    if (reason) return { code: 'NOT_THEIR_FORM', reason, concerned: [caseRecord] };
  }
  return undefined;
}

/** Each case's office is told, and the attempt goes in each case's audit trail. */
async function tellOffices(
  ref: InboundEmailRef,
  sender: string,
  forms: readonly ValidForm[],
  concerned: readonly CaseRecord[],
  why: { readonly code: string; readonly reason: BilingualText },
  deps: PipelineDependencies,
): Promise<SentNotice[]> {
  const told: SentNotice[] = [];
  for (const caseRecord of concerned) {
    await deps.cases.appendEvent({
      caseId: caseRecord.caseId,
      eventId: `refused#${ref.messageKey}`,
      at: ref.receivedAt.toISOString(),
      type: 'message_refused',
      actor: { address: sender || 'unknown', role: 'unknown' },
      messageKey: ref.messageKey,
      summary: `Forms not filed (${why.code}): ${why.reason.en}`,
    });
    told.push(
      ...(await deps.notices.sendAboutCase(caseRecord, [
        {
          key: `${ref.messageKey}#office-told#${caseRecord.caseId}`,
          effect: {
            notice: 'unauthorized-message-to-office',
            sender,
            what: 'forms',
            formIds: forms.map((form) => form.formId),
            reason: why.reason,
          },
        },
      ])),
    );
  }
  return told;
}
