import { buildBlankPdf } from '../../../forms/build-blank-pdf.js';
import { getForm } from '../../../forms/registry.js';
import { buildProfilePdf } from '../../notices/build-profile-pdf.js';
import type { NoticeContent } from '../../notices/notice-content.js';
import type { NoticeContext } from '../../notices/notice-context.js';
import { renderNotice } from '../../notices/render-notice.js';
import { caseConferenceCoordination } from '../../notices/templates/case-conference-coordination.js';
import { caseSummaryToRocO } from '../../notices/templates/case-summary-to-roc-o.js';
import { checklistCopies } from '../../notices/templates/checklist-copies.js';
import { checklistToOffice } from '../../notices/templates/checklist-to-office.js';
import { concernToIn } from '../../notices/templates/concern-to-in.js';
import { concurrenceRequest } from '../../notices/templates/concurrence-request.js';
import { deadlineReminder } from '../../notices/templates/deadline-reminder.js';
import { decisionToOffice } from '../../notices/templates/decision-to-office.js';
import { decisionToSubmitter } from '../../notices/templates/decision-to-submitter.js';
import { infoReceived } from '../../notices/templates/info-received.js';
import { infoRequest } from '../../notices/templates/info-request.js';
import { jasActive } from '../../notices/templates/jas-active.js';
import { jasEnded } from '../../notices/templates/jas-ended.js';
import { midpointCheckIn } from '../../notices/templates/midpoint-check-in.js';
import { promotionExpiredToOffice } from '../../notices/templates/promotion-expired-to-office.js';
import { promotionStartToRstp } from '../../notices/templates/promotion-start-to-rstp.js';
import { promotionStopToRstp } from '../../notices/templates/promotion-stop-to-rstp.js';
import { recommendationToIn } from '../../notices/templates/recommendation-to-in.js';
import { sponsorFound } from '../../notices/templates/sponsor-found.js';
import { undertakingApproved } from '../../notices/templates/undertaking-approved.js';
import { undertakingIncomplete } from '../../notices/templates/undertaking-incomplete.js';
import { undertakingInstructions } from '../../notices/templates/undertaking-instructions.js';
import { undertakingReceived } from '../../notices/templates/undertaking-received.js';
import type { CaseChange, CaseRecord } from '../case-record.js';
import type { Directory } from '../directory.js';
import type { PipelineDependencies } from '../pipeline-dependencies.js';
import type { MailStore, NoticeAttachment } from '../ports.js';
import { sendNoticeOnce } from '../use-cases/send-notice-once.js';
import { noticeContextFor } from './notice-context-for.js';
import { REQUIRED_SPONSOR_FORMS } from './required-sponsor-forms.js';
import type { WorkflowEffect } from './workflow-effect.js';

interface PlannedNotice {
  readonly to: readonly string[];
  readonly content: NoticeContent;
  readonly attachments: () => Promise<NoticeAttachment[]>;
}

const none = async (): Promise<NoticeAttachment[]> => [];

/**
 * Sends the notices of one change to a case, each once: the effect says what to tell; this says
 * to whom (from the case and the directory), with which template and which attachments.
 */
export async function sendWorkflowNotices(
  caseRecord: CaseRecord,
  change: CaseChange,
  deps: PipelineDependencies,
): Promise<{ purpose: string; to: string }[]> {
  const context = noticeContextFor(caseRecord, deps.replyAddress);
  const sent: { purpose: string; to: string }[] = [];
  for (const [index, effect] of change.effects.entries()) {
    const planned = plan(effect, context, deps);
    const recipients = [...new Set(planned.to.filter(Boolean).map((address) => address.toLowerCase()))];
    if (recipients.length === 0) continue;
    const rendered = renderNotice(planned.content);
    const noticeKey = `${change.messageKey}#${caseRecord.caseId}#${index}#${effect.notice}`;
    if (
      await sendNoticeOnce(deps.cases, deps.mailer, noticeKey, {
        to: recipients,
        ...rendered,
        attachments: await planned.attachments(),
      })
    ) {
      for (const to of recipients) sent.push({ purpose: effect.notice, to });
    }
  }
  return sent;
}

function plan(effect: WorkflowEffect, context: NoticeContext, deps: PipelineDependencies): PlannedNotice {
  const { directory, mailStore } = deps;
  const caseRecord = context.case;
  const office = directory.localOffices[caseRecord.recommendation.localOffice]!;
  const submitter = caseRecord.recommendation.submitter.email;
  const sponsor = caseRecord.sponsor?.email ?? caseRecord.recommendation.sponsor.contactEmail ?? '';
  const documents = (keys: readonly string[]) => () => loadDocuments(mailStore, keys);
  switch (effect.notice) {
    case 'concurrence-request':
      return {
        to: supervisorsOf(directory, caseRecord),
        content: concurrenceRequest(context, effect),
        attachments: none,
      };
    case 'info-request':
      return { to: [submitter], content: infoRequest(context, effect), attachments: none };
    case 'info-received':
      return { to: [office.email], content: infoReceived(context, effect), attachments: none };
    case 'recommendation-to-in':
      return {
        to: [directory.resettlementOperations.email],
        content: recommendationToIn(context, effect),
        attachments: () => latestRecommendationForm(deps, caseRecord.caseId),
      };
    case 'decision-to-office':
      return { to: [office.email], content: decisionToOffice(context, effect), attachments: none };
    case 'decision-to-submitter':
      return { to: [submitter], content: decisionToSubmitter(context, effect), attachments: none };
    case 'case-summary-to-roc-o':
      return { to: [directory.rocO.email], content: caseSummaryToRocO(context, effect), attachments: none };
    case 'promotion-start-to-rstp':
      return {
        to: [directory.rstp.email],
        content: promotionStartToRstp(context, effect),
        attachments: async () => [
          {
            fileName: `${caseRecord.caseId}-profile.pdf`,
            contentType: 'application/pdf',
            content: await buildProfilePdf(caseRecord),
          },
        ],
      };
    case 'promotion-stop-to-rstp':
      return { to: [directory.rstp.email], content: promotionStopToRstp(context, effect), attachments: none };
    case 'promotion-expired-to-office':
      return {
        to: [office.email, directory.rocO.email],
        content: promotionExpiredToOffice(context, effect),
        attachments: none,
      };
    case 'sponsor-found':
      return { to: [office.email], content: sponsorFound(context, effect), attachments: none };
    case 'undertaking-instructions':
      return {
        to: [sponsor],
        content: undertakingInstructions(context, {
          settlementPlanRequired: REQUIRED_SPONSOR_FORMS.includes('imm5494'),
        }),
        attachments: () => blankForms(REQUIRED_SPONSOR_FORMS),
      };
    case 'undertaking-received':
      return {
        to: [directory.rocO.email],
        content: undertakingReceived(context),
        attachments: documents(effect.documentKeys),
      };
    case 'undertaking-incomplete':
      return {
        to: [sponsor],
        content: undertakingIncomplete(context, { received: [...effect.received], missing: [...effect.missing] }),
        attachments: none,
      };
    case 'undertaking-approved':
      return { to: [office.email], content: undertakingApproved(context), attachments: none };
    case 'case-conference-coordination':
      return {
        to: [submitter, sponsor],
        content: caseConferenceCoordination(context),
        attachments: () => blankForms(['jas-roles-checklist']),
      };
    case 'checklist-to-office':
      return { to: [office.email], content: checklistToOffice(context), attachments: documents(effect.documentKeys) };
    case 'checklist-copies':
      return {
        to: [submitter, sponsor],
        content: checklistCopies(context, { forClient: false }),
        attachments: documents(effect.documentKeys),
      };
    case 'jas-active':
      return { to: [submitter, sponsor], content: jasActive(context), attachments: none };
    case 'midpoint-check-in':
      return { to: [sponsor, office.email], content: midpointCheckIn(context), attachments: none };
    case 'concern-to-in':
      return { to: [directory.resettlementOperations.email], content: concernToIn(context, effect), attachments: none };
    case 'jas-ended':
      return { to: [submitter, sponsor, office.email], content: jasEnded(context, effect), attachments: none };
    case 'deadline-reminder':
      return { to: [submitter], content: deadlineReminder(context, effect), attachments: none };
  }
}

function supervisorsOf(directory: Directory, caseRecord: CaseRecord): string[] {
  const office = directory.localOffices[caseRecord.recommendation.localOffice]!;
  const supervisors = office.staff
    .filter((member) => member.roles.includes('supervisor'))
    .map((member) => member.email);
  return supervisors.length > 0 ? supervisors : [office.email];
}

async function blankForms(formIds: readonly string[]): Promise<NoticeAttachment[]> {
  return Promise.all(
    formIds.map(async (formId) => ({
      fileName: `${formId}.pdf`,
      contentType: 'application/pdf',
      content: await buildBlankPdf(getForm(formId)!),
    })),
  );
}

async function loadDocuments(mailStore: MailStore, keys: readonly string[]): Promise<NoticeAttachment[]> {
  const loaded: NoticeAttachment[] = [];
  for (const key of keys) {
    const content = await mailStore.getCaseDocument(key);
    if (content) loaded.push({ fileName: key.split('/').pop()!, contentType: 'application/pdf', content });
  }
  return loaded;
}

async function latestRecommendationForm(deps: PipelineDependencies, caseId: string): Promise<NoticeAttachment[]> {
  const forms = (await deps.cases.listDocuments(caseId)).filter((document) => document.formId === 'jas-recommendation');
  const latest = forms.at(-1);
  if (!latest) return [];
  const content = await deps.mailStore.getCaseDocument(latest.objectKey);
  return content ? [{ fileName: latest.fileName, contentType: 'application/pdf', content }] : [];
}
