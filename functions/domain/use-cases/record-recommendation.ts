import type { InboundMessage } from '../../mime/inbound-message.js';
import type { CaseRecord } from '../case-record.js';
import type { SentNotice } from '../notice-effect.js';
import type { PipelineDependencies } from '../pipeline-dependencies.js';
import { applyCaseChange } from '../workflow/apply-case-change.js';
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
  readonly receivedOn: string;
  readonly form: Extract<ValidForm, { formId: 'jas-recommendation' }>;
}

export interface RecordedRecommendation {
  readonly caseId: string;
  readonly noticesSent: readonly SentNotice[];
}

/**
 * Step 1 of OB 646: a valid recommendation form opens the client's case (one case per UCI), or
 * joins the case already open for that client; the form is kept, the event recorded, the sender
 * acknowledged and the local office told.
 */
export async function recordRecommendation(
  input: RecommendationInput,
  deps: PipelineDependencies,
): Promise<RecordedRecommendation> {
  const { ref, form, message } = input;
  const data = form.data;
  const now = deps.wallClock.now().toISOString();
  const sender = message.from ?? data.submitter.email;
  const actor = { address: sender, role: 'spo' };
  const caseId = await deps.cases.claimClient(data.client.uci, deps.newCaseId(ref.receivedAt));
  const [existing, document] = await Promise.all([
    deps.cases.getCase(caseId),
    storeCaseDocument(caseId, ref, form, deps),
  ]);
  // A redelivery of the message that opened the case is not a resubmission.
  const resubmission = existing !== undefined && existing.createdBy !== ref.messageKey;
  let caseRecord: CaseRecord;
  if (resubmission) {
    const result = await applyCaseChange(
      deps.cases,
      caseId,
      ref.messageKey,
      now,
      (current) => decideFiledForms(current, [{ form, document }], sender),
      existing,
    );
    if (!result.applied) throw new Error('Filing a recommendation cannot be refused');
    await finishCaseChange(result.caseRecord, result.change, ref, actor, deps);
    caseRecord = result.caseRecord;
  } else {
    const opening = decideOpenCase(
      caseId,
      { recommendation: data, version: form.version, flags: form.flags },
      { messageKey: ref.messageKey, at: now },
      deps,
    );
    caseRecord = existing ?? (await deps.cases.createCase(opening.caseRecord));
    // Each is written once whatever the order, so they go together: latency is what the sender waits.
    await Promise.all([
      runClockRequests(caseId, opening.clocks, deps),
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

  const late = form.flags.includes('late');
  const stepId = `${ref.messageKey}#${form.index}`;
  const noticesSent = await deps.notices.sendAboutCase(
    caseRecord,
    [
      {
        key: `${stepId}#acknowledgement`,
        effect: { notice: 'acknowledgement', sender, fileName: form.pdf.fileName, receivedOn: input.receivedOn, late },
      },
      {
        key: `${stepId}#routed-to-office`,
        effect: {
          notice: 'routed-to-office',
          recommendation: data,
          pdfIndex: form.index,
          receivedOn: input.receivedOn,
          late,
          resubmission,
        },
      },
    ],
    { message },
  );
  return { caseId, noticesSent };
}
