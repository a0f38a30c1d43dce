import type { JasRecommendation } from '../../../forms/jas-recommendation/schema.js';
import { listForms } from '../../../forms/registry.js';
import type { InboundMessage } from '../../mime/inbound-message.js';
import { renderNotice } from '../../notices/render-notice.js';
import { acknowledgement } from '../../notices/templates/acknowledgement.js';
import { routedToOffice } from '../../notices/templates/routed-to-office.js';
import type { CaseRecord } from '../case-record.js';
import type { PipelineDependencies } from '../pipeline-dependencies.js';
import { startOfDayIn } from '../start-of-day.js';
import { applyCaseChange } from '../workflow/apply-case-change.js';
import { recommendationDeadline } from '../workflow/decide-clock.js';
import { finishCaseChange } from '../workflow/finish-case-change.js';
import { noticeContextFor } from '../workflow/notice-context-for.js';
import { decideFiledForms } from './file-case-forms.js';
import type { InboundEmailRef } from './inbound-email-ref.js';
import type { ValidForm } from './read-attached-forms.js';
import { sendNoticeOnce } from './send-notice-once.js';
import { storeCaseDocument } from './store-case-document.js';

export interface RecommendationInput {
  readonly ref: InboundEmailRef;
  readonly message: InboundMessage;
  readonly receivedOn: string;
  readonly form: ValidForm;
}

export interface RecordedRecommendation {
  readonly caseId: string;
  readonly noticesSent: readonly { readonly purpose: string; readonly to: string }[];
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
  const data = form.data as JasRecommendation;
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
    caseRecord =
      existing ??
      (await deps.cases.createCase({
        caseId,
        state: 'received',
        recommendation: data,
        flags: [...form.flags],
        createdBy: ref.messageKey,
        createdAt: now,
        updatedAt: now,
        version: 1,
      }));
    // Each is written once whatever the order, so they go together: latency is what the sender waits.
    await Promise.all([
      startDeadlineReminder(caseRecord, input.receivedOn, deps),
      deps.cases.appendEvent({
        caseId,
        eventId: `${ref.messageKey}#opened`,
        at: ref.receivedAt.toISOString(),
        type: 'recommendation_received',
        actor,
        messageKey: ref.messageKey,
        summary: `JAS In-Canada Recommendation Form ${form.version} received${form.flags.includes('late') ? ' (late: more than 8 months after arrival)' : ''}`,
      }),
    ]);
  }

  const context = noticeContextFor(caseRecord, deps.replyAddress);
  const late = form.flags.includes('late');
  const stepId = `${ref.messageKey}#${form.index}`;
  const acknowledgementNotice = renderNotice(
    acknowledgement({
      caseId,
      formTitle: listForms().find((known) => known.id === 'jas-recommendation')!.title,
      fileName: form.pdf.fileName,
      receivedOn: input.receivedOn,
      uciLastDigits: data.client.uci.slice(-4),
      office: context.officeName,
      late,
    }),
  );
  const officeAddress = deps.directory.localOffices[data.localOffice]!.email;
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
      office: context.officeName,
      late,
      resubmission,
      replyAddress: deps.replyAddress,
    }),
  );
  const attachment = { fileName: form.pdf.fileName, contentType: 'application/pdf', content: form.pdf.content };
  const [acknowledged, routed] = await Promise.all([
    sendNoticeOnce(deps.cases, deps.mailer, `${stepId}#acknowledgement`, {
      to: [sender],
      inReplyTo: message.messageId,
      ...acknowledgementNotice,
    }),
    sendNoticeOnce(deps.cases, deps.mailer, `${stepId}#routed-to-office`, {
      to: [officeAddress],
      attachments: [attachment],
      ...officeNotice,
    }),
  ]);
  const noticesSent = [
    ...(acknowledged ? [{ purpose: 'acknowledgement', to: sender }] : []),
    ...(routed ? [{ purpose: 'routed-to-office', to: officeAddress }] : []),
  ];
  return { caseId, noticesSent };
}

/**
 * A GAR case opened before its 8-month deadline gets a reminder clock: if the SPO still owes
 * information when it fires, the SPO is reminded ahead of the deadline.
 */
async function startDeadlineReminder(
  caseRecord: CaseRecord,
  receivedOn: string,
  deps: PipelineDependencies,
): Promise<void> {
  if (caseRecord.recommendation.caseType !== 'GAR') return;
  const deadline = recommendationDeadline(caseRecord);
  const remindOn = addCalendarDays(deadline, -deps.deadlineReminderDays);
  if (remindOn <= receivedOn) return;
  await deps.policyClocks.start({
    caseId: caseRecord.caseId,
    purpose: 'deadline-reminder',
    dueOn: remindOn,
    dueAt: startOfDayIn(remindOn, deps.timeZone),
  });
}

function addCalendarDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}
