import { listForms } from '../../forms/registry.js';
import type { CaseRecord } from '../domain/case-record.js';
import type { Directory } from '../domain/directory.js';
import type { CaseNoticeEffect, MessageNoticeEffect, OriginalMessage } from '../domain/notice-effect.js';
import { requiredSponsorForms } from '../domain/workflow/required-sponsor-forms.js';
import { deidentifiedProfile, releasedProfile } from './deidentified-profile.js';
import type { NoticeAttachment } from './mailer.js';
import type { NoticeFiles } from './notice-attachments.js';
import type { NoticeContent } from './notice-content.js';
import type { NoticeContext } from './notice-context.js';
import type { OriginalCarriage } from './original-carriage.js';
import { acknowledgement } from './templates/acknowledgement.js';
import { actionRefused } from './templates/action-refused.js';
import { caseConferenceCoordination } from './templates/case-conference-coordination.js';
import { caseDecision } from './templates/case-decision.js';
import { caseSummaryToRocO } from './templates/case-summary-to-roc-o.js';
import { checklistCopies } from './templates/checklist-copies.js';
import { checklistToOffice } from './templates/checklist-to-office.js';
import { concernToIn } from './templates/concern-to-in.js';
import { concurrenceRequest } from './templates/concurrence-request.js';
import { deadlineReminder } from './templates/deadline-reminder.js';
import { decisionToOffice } from './templates/decision-to-office.js';
import { decisionToSubmitter } from './templates/decision-to-submitter.js';
import { formsFiledToOffice } from './templates/forms-filed-to-office.js';
import { infoReceived } from './templates/info-received.js';
import { infoRequest } from './templates/info-request.js';
import { jasActive } from './templates/jas-active.js';
import { jasEnded } from './templates/jas-ended.js';
import { midpointCheckIn } from './templates/midpoint-check-in.js';
import { profileForApproval } from './templates/profile-for-approval.js';
import { promotionExpiredToOffice } from './templates/promotion-expired-to-office.js';
import { promotionStartToRstp } from './templates/promotion-start-to-rstp.js';
import { promotionStopToRstp } from './templates/promotion-stop-to-rstp.js';
import { recommendationToIn } from './templates/recommendation-to-in.js';
import { rejection } from './templates/rejection.js';
import { reportRefused } from './templates/report-refused.js';
import { routedToOffice } from './templates/routed-to-office.js';
import { rstpMessageToRocO } from './templates/rstp-message-to-roc-o.js';
import { sponsorFound } from './templates/sponsor-found.js';
import { triage } from './templates/triage.js';
import { unauthorizedActionToOffice } from './templates/unauthorized-action-to-office.js';
import { unauthorizedMessageToOffice } from './templates/unauthorized-message-to-office.js';
import { undertakingApproved } from './templates/undertaking-approved.js';
import { undertakingIncomplete } from './templates/undertaking-incomplete.js';
import { undertakingInstructions } from './templates/undertaking-instructions.js';
import { undertakingReceived } from './templates/undertaking-received.js';
import { urgentProtection } from './templates/urgent-protection.js';

/** The people and files every notice can draw on. */
export interface CatalogueContext {
  readonly directory: Directory;
  readonly files: NoticeFiles;
  /** The message being processed, when there is one. */
  readonly original?: OriginalMessage;
  /** How a notice about that stored message carries it: attached when SES can send it, linked when not. */
  readonly carriage?: OriginalCarriage;
}

/** A notice about a case is written from the case; its parties' addresses come from the case and the directory. */
export interface CaseCatalogueContext extends CatalogueContext {
  readonly notice: NoticeContext;
  readonly case: CaseRecord;
  /** The mailbox of the case's local IRCC office. */
  readonly office: string;
  /** The SPO that submitted the recommendation. */
  readonly submitter: string;
  /** The sponsor once known (found, or named on the form); empty until then. */
  readonly sponsor: string;
  /** The supervisors of the case's office, or the office's mailbox when it lists none. */
  readonly supervisors: readonly string[];
}

/** How one kind of notice goes out: to whom, written how, with what attached. */
export interface CatalogueEntry<Effect, Context> {
  /** Empty addresses are dropped; a notice with nobody left to send to is not sent. */
  readonly to: (effect: Effect, context: Context) => readonly (string | undefined)[];
  /** Written at once, or once what it needs has loaded (the profile's word lists). */
  readonly content: (effect: Effect, context: Context) => NoticeContent | Promise<NoticeContent>;
  readonly attachments?: (effect: Effect, context: Context) => Promise<NoticeAttachment[]>;
  /** Sent as a reply to the message being processed, so it threads with it. */
  readonly repliesToOriginal?: true;
}

type Catalogue<Effect extends { notice: string }, Context> = {
  readonly [Notice in Effect['notice']]: CatalogueEntry<Extract<Effect, { notice: Notice }>, Context>;
};

/**
 * Who receives which notice about a case, for every event of OB 646 (steps 1–11), with its
 * template and attachments. Decisions return the effect (functions/domain/notice-effect.ts); this
 * is the one place that turns it into mail.
 */
export const CASE_NOTICES: Catalogue<CaseNoticeEffect, CaseCatalogueContext> = {
  // Step 1: a recommendation form opened or joined the case.
  acknowledgement: {
    to: (effect) => [effect.sender],
    repliesToOriginal: true,
    content: (effect, { notice }) =>
      acknowledgement({
        caseId: notice.case.caseId,
        formTitle: listForms().find((known) => known.id === 'jas-recommendation')!.title,
        fileName: effect.fileName,
        receivedOn: effect.receivedOn,
        uciLastDigits: notice.case.recommendation.client.uci.slice(-4),
        office: notice.officeName,
        late: effect.late,
        lateNotConsidered: effect.lateNotConsidered,
      }),
  },
  // To the office handling the case, which the notice names: a resubmission the case no longer takes
  // (its review is over) may name another office on the form, and the case stays where it is.
  'routed-to-office': {
    to: (_, { office }) => [office],
    content: ({ recommendation: form, ...effect }, { notice }) =>
      routedToOffice({
        caseId: notice.case.caseId,
        caseType: form.caseType,
        clientName: `${form.client.familyName}, ${form.client.givenNames}`,
        uci: form.client.uci,
        arrivalDate: form.client.arrivalDate,
        receivedOn: effect.receivedOn,
        specialProgram: form.specialProgram,
        sponsorIdentified: form.sponsor.identified,
        submitter: { organization: form.submitter.organization, email: form.submitter.email },
        office: notice.officeName,
        late: effect.late,
        lateNotConsidered: effect.lateNotConsidered,
        resubmission: effect.resubmission,
        replyAddress: notice.replyAddress,
      }),
    attachments: async (effect, { original }) => {
      const pdf = original?.message?.pdfs[effect.pdfIndex];
      return pdf ? [{ fileName: pdf.fileName, contentType: 'application/pdf', content: pdf.content }] : [];
    },
  },
  // Step 2: the local office's review.
  'concurrence-request': {
    to: (_, { supervisors }) => supervisors,
    content: (effect, { notice }) => concurrenceRequest(notice, effect),
  },
  'info-request': {
    to: (_, { submitter }) => [submitter],
    content: (effect, { notice }) => infoRequest(notice, effect),
  },
  'info-received': { to: (_, { office }) => [office], content: (effect, { notice }) => infoReceived(notice, effect) },
  'recommendation-to-in': {
    to: (_, { directory }) => [directory.resettlementOperations.email],
    content: (effect, { notice }) => recommendationToIn(notice, effect),
    attachments: (_, { files, case: caseRecord }) => files.latestRecommendationForm(caseRecord.caseId),
  },
  // Step 3: IN's decision.
  'decision-to-office': {
    to: (_, { office }) => [office],
    content: (effect, { notice }) => decisionToOffice(notice, effect),
  },
  'decision-to-submitter': {
    to: (_, { submitter }) => [submitter],
    content: (effect, { notice }) => decisionToSubmitter(notice, effect),
  },
  // Steps 4–5: promotion to sponsors.
  'case-summary-to-roc-o': {
    to: (_, { directory }) => [directory.rocO.email],
    content: (effect, { notice }) => caseSummaryToRocO(notice, effect),
  },
  'profile-for-approval': {
    to: (_, { directory }) => [directory.rocO.email],
    content: async (effect, { notice }) =>
      profileForApproval(notice, { ...effect, profile: (await deidentifiedProfile(notice.case)).facts }),
    attachments: (_, { files, case: caseRecord }) => files.draftProfileForm(caseRecord),
  },
  'promotion-start-to-rstp': {
    to: (_, { directory }) => [directory.rstp.email],
    content: async (effect, { notice }) =>
      promotionStartToRstp(notice, { ...effect, profile: (await releasedProfile(notice.case)).facts }),
    attachments: (_, { files, case: caseRecord }) => files.profile(caseRecord),
  },
  'promotion-stop-to-rstp': {
    to: (_, { directory }) => [directory.rstp.email],
    content: (effect, { notice }) => promotionStopToRstp(notice, effect),
  },
  // Decisions OB 646 leaves to the office, ROC-O or the parties, told to those each concerns.
  'case-decision': {
    to: (effect, { office, submitter, sponsor, directory, case: caseRecord }) =>
      ({
        'late-form-considered': [office, submitter],
        // RSTP hears of a promotion only once ROC-O approved its profile (step 5).
        'promotion-changed': [
          office,
          directory.rocO.email,
          caseRecord.promotion?.profileApprovedOn ? directory.rstp.email : undefined,
        ],
        'placed-on-rap': [office, submitter, sponsor, directory.rocO.email, directory.resettlementOperations.email],
        'settlement-plan': [sponsor, office, directory.rocO.email],
        'end-agreement': [office, sponsor],
      })[effect.decision],
    content: (effect, { notice }) => caseDecision(notice, effect),
  },
  'promotion-expired-to-office': {
    to: (_, { office, directory }) => [office, directory.rocO.email],
    content: (effect, { notice }) => promotionExpiredToOffice(notice, effect),
  },
  'sponsor-found': { to: (_, { office }) => [office], content: (effect, { notice }) => sponsorFound(notice, effect) },
  // Step 6: the undertaking.
  'undertaking-instructions': {
    to: (_, { sponsor }) => [sponsor],
    content: (_, { notice }) =>
      undertakingInstructions(notice, {
        settlementPlanRequired: requiredSponsorForms(notice.case).includes('imm5494'),
      }),
    attachments: (_, { files, case: caseRecord }) => files.prefilledForms(requiredSponsorForms(caseRecord), caseRecord),
  },
  'undertaking-received': {
    to: (_, { directory }) => [directory.rocO.email],
    content: (_, { notice }) => undertakingReceived(notice),
    attachments: (effect, { files }) => files.caseDocuments(effect.documentKeys),
  },
  'undertaking-incomplete': {
    to: (_, { sponsor }) => [sponsor],
    content: (effect, { notice }) =>
      undertakingIncomplete(notice, { received: [...effect.received], missing: [...effect.missing] }),
  },
  // Steps 7–9: approval, case conference, the roles and responsibilities checklist.
  'undertaking-approved': { to: (_, { office }) => [office], content: (_, { notice }) => undertakingApproved(notice) },
  'case-conference-coordination': {
    to: (_, { submitter, sponsor }) => [submitter, sponsor],
    content: (_, { notice }) => caseConferenceCoordination(notice),
    attachments: (_, { files, case: caseRecord }) => files.prefilledForms(['jas-roles-checklist'], caseRecord),
  },
  'checklist-to-office': {
    to: (_, { office }) => [office],
    content: (_, { notice }) => checklistToOffice(notice),
    attachments: (effect, { files }) => files.caseDocuments(effect.documentKeys),
  },
  // Forms that joined the case by the UCI on them, without a tag.
  'forms-filed-to-office': {
    to: (_, { office }) => [office],
    content: (effect, { notice }) =>
      formsFiledToOffice(notice, { from: effect.from, count: effect.documentKeys.length }),
    attachments: (effect, { files }) => files.caseDocuments(effect.documentKeys),
  },
  // Step 5: ROC-O liaises with RSTP; what RSTP writes about a case reaches ROC-O.
  'rstp-message-to-roc-o': {
    to: (_, { directory }) => [directory.rocO.email],
    content: (effect, { notice }) => rstpMessageToRocO(notice, effect),
    attachments: async (_, { original }) =>
      original?.raw ? [{ fileName: 'original.eml', contentType: 'message/rfc822', content: original.raw }] : [],
  },
  'checklist-copies': {
    to: (_, { submitter, sponsor }) => [submitter, sponsor],
    content: (_, { notice }) => checklistCopies(notice, { forClient: false }),
    attachments: (effect, { files }) => files.caseDocuments(effect.documentKeys),
  },
  // Step 9: "the JAS client must also receive a copy"; the client has no address on file, the SPO hands it over.
  'checklist-copy-for-client': {
    to: (_, { submitter }) => [submitter],
    content: (_, { notice }) => checklistCopies(notice, { forClient: true }),
    attachments: (effect, { files }) => files.caseDocuments(effect.documentKeys),
  },
  // Steps 10–11 and the JAS period.
  'jas-active': {
    to: (_, { submitter, sponsor }) => [submitter, sponsor],
    content: (_, { notice }) => jasActive(notice),
  },
  'midpoint-check-in': {
    to: (_, { sponsor, office }) => [sponsor, office],
    content: (_, { notice }) => midpointCheckIn(notice),
  },
  // Step 11: IN is notified; the office, which checks in with the sponsor, hears of a concern the sponsor or SPO raised too.
  'concern-to-in': {
    to: (_, { directory, office }) => [directory.resettlementOperations.email, office],
    content: (effect, { notice }) => concernToIn(notice, effect),
  },
  'jas-ended': {
    to: (_, { submitter, sponsor, office }) => [submitter, sponsor, office],
    content: (effect, { notice }) => jasEnded(notice, effect),
  },
  // Step 1's deadline, for a GAR case whose SPO still owes information.
  'deadline-reminder': {
    to: (_, { submitter }) => [submitter],
    content: (effect, { notice }) => deadlineReminder(notice, effect),
  },
  // Refused actions.
  'action-refused': {
    to: (effect) => [effect.sender],
    repliesToOriginal: true,
    content: (effect, { notice }) => actionRefused(notice, { action: effect.action, reason: effect.reason }),
  },
  'unauthorized-action-to-office': {
    to: (_, { office }) => [office],
    content: (effect, { notice }) =>
      unauthorizedActionToOffice(notice, { sender: effect.sender, action: effect.action, reason: effect.reason }),
  },
  'unauthorized-message-to-office': {
    to: (_, { office }) => [office],
    content: (effect, { notice }) => unauthorizedMessageToOffice(notice, effect),
  },
};

/** Who receives which notice about a message that joined no case. */
export const MESSAGE_NOTICES: Catalogue<MessageNoticeEffect, CatalogueContext> = {
  rejection: {
    to: (effect) => [effect.sender],
    repliesToOriginal: true,
    content: (effect) =>
      rejection(
        effect.files.map((file) => ({
          fileName: file.fileName,
          formTitle: listForms().find((form) => form.id === file.formId)?.title,
          problems: file.problems,
        })),
      ),
  },
  'report-refused': {
    to: (effect) => [effect.sender],
    repliesToOriginal: true,
    content: (effect) => reportRefused(effect.reason),
  },
  triage: {
    to: (_, { directory }) => [directory.triage],
    content: (effect, { carriage }) =>
      triage({
        reasonCode: effect.reasonCode,
        reason: effect.reason,
        messageKey: effect.messageKey,
        from: effect.from,
        subject: effect.subject,
        ...(effect.attachOriginalAs && carriage && { original: carriage }),
      }),
    attachments: async (effect, { carriage, original }) =>
      effect.attachOriginalAs && original?.raw && carriage?.attached
        ? [{ fileName: 'original.eml', contentType: effect.attachOriginalAs, content: original.raw }]
        : [],
  },
  'urgent-protection': {
    to: (effect, { directory }) => [directory.rocO.email, ...(effect.destinedToQuebec ? [directory.midi.email] : [])],
    content: (effect, { carriage }) => urgentProtection({ ...effect, original: carriage ?? { attached: true } }),
    attachments: async (_, { carriage, original }) =>
      original?.raw && carriage?.attached
        ? [{ fileName: 'original.eml', contentType: 'message/rfc822', content: original.raw }]
        : [],
  },
};

/** The addresses and names a case's notices are written with. */
export function caseCatalogueContext(
  caseRecord: CaseRecord,
  notice: NoticeContext,
  shared: CatalogueContext,
): CaseCatalogueContext {
  const office = shared.directory.localOffices[caseRecord.recommendation.localOffice]!;
  const supervisors = office.staff
    .filter((member) => member.roles.includes('supervisor'))
    .map((member) => member.email);
  return {
    ...shared,
    notice,
    case: caseRecord,
    office: office.email,
    submitter: caseRecord.recommendation.submitter.email,
    sponsor: caseRecord.sponsor?.email ?? caseRecord.recommendation.sponsor.contactEmail ?? '',
    supervisors: supervisors.length > 0 ? supervisors : [office.email],
  };
}
