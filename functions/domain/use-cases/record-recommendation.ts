import { LATE_FLAG, LATE_NOT_CONSIDERED_FLAG } from '../../../forms/jas-recommendation/rules.js';
import { todayIn } from '../../../kernel/policy-calendar.js';
import type { InboundMessage } from '../../mime/inbound-message.js';
import type { CaseRecord } from '../case-record.js';
import { caseTimeZone } from '../case-time-zone.js';
import type { CaseNoticeEffect, KeyedNotice, SentNotice } from '../notice-effect.js';
import type { PipelineDependencies } from '../pipeline-dependencies.js';
import { applyCaseChange } from '../workflow/apply-case-change.js';
import { casePartyOf } from '../workflow/case-party.js';
import { finishCaseChange } from '../workflow/finish-case-change.js';
import { decideOpenCase } from '../workflow/open-case.js';
import { runClockRequests } from '../workflow/run-clock-requests.js';
import { decideFiledForms } from './file-case-forms.js';
import type { InboundEmailRef } from './inbound-email-ref.js';
import type { ValidForm } from './read-attached-forms.js';
import { storeCaseDocument } from './store-case-document.js';

export interface RecommendationInput {
  readonly ref: InboundEmailRef;
  readonly message: InboundMessage;
  /** The message's author, whose address SES verified. */
  readonly sender: string;
  /** What makes this message the same message if it arrives again (Message-ID, DKIM signature). */
  readonly fingerprints: readonly string[];
  readonly form: Extract<ValidForm, { formId: 'jas-recommendation' }>;
}

/** What became of one recommendation form. */
export type RecordedRecommendation =
  | { readonly kind: 'recorded'; readonly caseId: string; readonly noticesSent: readonly SentNotice[] }
  /** A copy of the message that already filed this form. */
  | { readonly kind: 'duplicate'; readonly caseId: string; readonly first: string }
  /** The client has a case whose SPO of record is someone else: the office settles it, nothing changed. */
  | { readonly kind: 'conflict'; readonly caseRecord: CaseRecord };

/**
 * Step 1 of OB 646: a valid recommendation form opens the client's case (one case per UCI); for a
 * client who already has one, it is the SPO of record's correction, filed to it. From anyone else
 * it is a conflict, never a replacement: the case is left as it is. The form is kept, the event
 * recorded, the sender acknowledged and the local office told, once per message.
 */
export async function recordRecommendation(
  input: RecommendationInput,
  deps: PipelineDependencies,
): Promise<RecordedRecommendation> {
  const { ref, form, message, sender } = input;
  const data = form.data;
  const now = deps.wallClock.now().toISOString();
  const actor = { address: sender, role: 'spo' };
  // Step 1: the day the form arrived is the office's day, as the 8-month deadline counted it.
  const receivedOn = formReceivedOn(input, deps);
  const caseId = await deps.cases.claimClient(data.client.uci, deps.newCaseId(ref.receivedAt));
  const opening = decideOpenCase(
    caseId,
    { recommendation: data, version: form.version, flags: form.flags },
    { messageKey: ref.messageKey, at: now },
    deps,
  );
  // Whoever claimed the client first wrote (or is writing) the case: a message opens it only when it wrote it.
  const existing = (await deps.cases.getCase(caseId)) ?? (await deps.cases.createCase(opening.caseRecord));
  const resubmission = existing.createdBy !== ref.messageKey;
  if (resubmission && !isSpoOfRecord(existing, sender, data, deps)) return { kind: 'conflict', caseRecord: existing };
  const first = await deps.cases.recordAppliedMessage(caseId, input.fingerprints, ref.messageKey);
  if (first) return { kind: 'duplicate', caseId, first };
  const document = await storeCaseDocument(caseId, ref, form, deps);
  let caseRecord: CaseRecord;
  // What the workflow sends about the form (the office told the SPO answered its request) is part of the outcome.
  const workflowNotices: SentNotice[] = [];
  if (resubmission) {
    const result = await applyCaseChange(
      deps,
      { caseId, ref, actor, now },
      (current) => decideFiledForms(current, [{ form, document }], sender, receivedOn),
      { justRead: existing },
    );
    if (!result.applied) throw new Error('Filing a recommendation cannot be refused');
    workflowNotices.push(...(await finishCaseChange(result, deps)));
    caseRecord = result.caseRecord;
  } else {
    caseRecord = existing;
    // Each is written once whatever the order, so they go together: latency is what the sender waits.
    await Promise.all([
      runClockRequests(existing, opening.clocks, deps),
      deps.cases.appendEvent({
        caseId,
        eventId: `${ref.messageKey}#opened`,
        at: ref.receivedAt.toISOString(),
        ...opening.event,
        actor,
        messageKey: ref.messageKey,
      }),
    ]);
  }

  const noticesSent = await deps.notices.sendAboutCase(
    caseRecord,
    recommendationNotices(input, caseRecord, resubmission, deps),
    { message },
  );
  return { kind: 'recorded', caseId, noticesSent: [...workflowNotices, ...noticesSent] };
}

/** Step 1's two notices for one form: the sender acknowledged, the local office told (the form attached). */
export function recommendationNotices(
  input: Pick<RecommendationInput, 'ref' | 'sender' | 'form'>,
  caseRecord: CaseRecord,
  resubmission: boolean,
  deps: Pick<PipelineDependencies, 'timeZone'>,
): KeyedNotice<CaseNoticeEffect>[] {
  const { ref, form, sender } = input;
  const receivedOn = formReceivedOn(input, deps);
  // The case's lateness, not the correction's: a correction sent after the deadline is not itself late (step 1).
  const late = caseRecord.flags.includes(LATE_FLAG);
  const lateNotConsidered = caseRecord.flags.includes(LATE_NOT_CONSIDERED_FLAG);
  const stepId = `${ref.messageKey}#${form.index}`;
  return [
    {
      key: `${stepId}#acknowledgement`,
      effect: { notice: 'acknowledgement', sender, fileName: form.pdf.fileName, receivedOn, late, lateNotConsidered },
    },
    {
      key: `${stepId}#routed-to-office`,
      effect: {
        notice: 'routed-to-office',
        recommendation: form.data,
        pdfIndex: form.index,
        receivedOn,
        late,
        lateNotConsidered,
        resubmission,
      },
    },
  ];
}

/** Step 1: the day a recommendation form arrived, in its office's time zone (the 8-month deadline's). */
function formReceivedOn(
  input: Pick<RecommendationInput, 'ref' | 'form'>,
  deps: Pick<PipelineDependencies, 'timeZone'>,
): string {
  return todayIn(caseTimeZone({ recommendation: input.form.data }, deps.timeZone), input.ref.receivedAt);
}

/** The SPO of record, writing a form that keeps itself as the submitter: a correction, not a takeover. */
function isSpoOfRecord(
  caseRecord: CaseRecord,
  sender: string,
  form: RecommendationInput['form']['data'],
  deps: PipelineDependencies,
): boolean {
  return (
    casePartyOf(caseRecord, sender, deps.directory).isSubmitter &&
    form.submitter.email.toLowerCase() === caseRecord.recommendation.submitter.email.toLowerCase()
  );
}
