import directoryFile from '../../../../config/directory.json' with { type: 'json' };
import { LOCAL_OFFICES } from '../../../../forms/local-offices.js';
import { parseDirectory } from '../../../../functions/domain/directory.js';
import type { CaseNoticeEffect, MessageNoticeEffect } from '../../../../functions/domain/notice-effect.js';
import {
  CASE_NOTICES,
  type CatalogueContext,
  caseCatalogueContext,
  MESSAGE_NOTICES,
} from '../../../../functions/notices/notice-catalogue.js';
import type { NoticeContent } from '../../../../functions/notices/notice-content.js';
import { sampleRecommendation } from './notice-case.js';

type EffectOf<Effect extends { notice: string }> = {
  readonly [Kind in Effect['notice']]: Extract<Effect, { notice: Kind }>;
};

const refusal = {
  en: 'not allowed while the case is waiting for IN’s decision',
  fr: 'non permis pendant que le dossier attend la décision du RI',
};

/** One effect of every kind a case can send: the compiler insists on a new kind having one. */
const CASE_EFFECTS: EffectOf<CaseNoticeEffect> = {
  acknowledgement: {
    notice: 'acknowledgement',
    sender: 'intake@spo.example',
    fileName: 'form.pdf',
    receivedOn: '2026-11-23',
    late: true,
    lateNotConsidered: false,
  },
  'routed-to-office': {
    notice: 'routed-to-office',
    recommendation: sampleRecommendation(),
    pdfIndex: 0,
    receivedOn: '2026-11-23',
    late: true,
    lateNotConsidered: false,
    resubmission: true,
  },
  'concurrence-request': { notice: 'concurrence-request', recommendedBy: 'officer@ircc.example', note: 'Strong.' },
  'info-request': { notice: 'info-request', question: 'When was the appointment?' },
  'info-received': { notice: 'info-received', from: 'intake@spo.example', note: 'On 2026-10-01.' },
  'recommendation-to-in': {
    notice: 'recommendation-to-in',
    recommendedBy: 'officer@ircc.example',
    concurredBy: 'supervisor@ircc.example',
  },
  'decision-to-office': { notice: 'decision-to-office', decision: 'designated', reason: '', next: 'promotion' },
  'decision-to-submitter': { notice: 'decision-to-submitter', decision: 'declined' },
  'case-summary-to-roc-o': { notice: 'case-summary-to-roc-o', startedOn: '2026-12-01', endsBy: '2027-04-01' },
  'profile-for-approval': { notice: 'profile-for-approval', startedOn: '2026-12-01', endsBy: '2027-04-01' },
  'promotion-start-to-rstp': { notice: 'promotion-start-to-rstp', startedOn: '2026-12-01', endsBy: '2027-04-01' },
  'promotion-stop-to-rstp': { notice: 'promotion-stop-to-rstp', reason: 'expired', on: '2027-04-01' },
  'promotion-expired-to-office': { notice: 'promotion-expired-to-office', on: '2027-04-01', promoted: true },
  'case-decision': {
    notice: 'case-decision',
    decision: 'end-agreement',
    by: 'officer@ircc.example',
    party: 'client',
    waitingFor: ['sponsor'],
  },
  'sponsor-found': { notice: 'sponsor-found', sponsor: { name: 'Grace Church Group', email: 'sah@church.example' } },
  'undertaking-instructions': { notice: 'undertaking-instructions' },
  'undertaking-received': { notice: 'undertaking-received', documentKeys: [] },
  'undertaking-incomplete': { notice: 'undertaking-incomplete', received: ['imm1324'], missing: ['imm5492'] },
  'undertaking-approved': { notice: 'undertaking-approved' },
  'case-conference-coordination': { notice: 'case-conference-coordination' },
  'checklist-to-office': { notice: 'checklist-to-office', documentKeys: [] },
  'forms-filed-to-office': { notice: 'forms-filed-to-office', from: 'sah@church.example', documentKeys: [] },
  'rstp-message-to-roc-o': {
    notice: 'rstp-message-to-roc-o',
    from: 'promotion@rstp.example',
    note: 'Two groups asked.',
  },
  'checklist-copies': { notice: 'checklist-copies', documentKeys: [] },
  'checklist-copy-for-client': { notice: 'checklist-copy-for-client', documentKeys: [] },
  'jas-active': { notice: 'jas-active' },
  'midpoint-check-in': { notice: 'midpoint-check-in' },
  'concern-to-in': { notice: 'concern-to-in', from: 'sah@church.example', text: 'Appointments are missed.' },
  'jas-ended': { notice: 'jas-ended', on: '2027-09-01', reason: 'mutual_agreement' },
  'deadline-reminder': { notice: 'deadline-reminder', deadline: '2027-04-23' },
  'action-refused': { notice: 'action-refused', sender: 'x@ircc.example', action: 'DESIGNATE', reason: refusal },
  'unauthorized-action-to-office': {
    notice: 'unauthorized-action-to-office',
    sender: 'x@evil.example',
    action: 'CONCUR',
    reason: refusal,
  },
  'unauthorized-message-to-office': {
    notice: 'unauthorized-message-to-office',
    sender: 'other-spo@evil.example',
    what: 'forms',
    formIds: ['jas-recommendation'],
    reason: refusal,
  },
};

const MESSAGE_EFFECTS: EffectOf<MessageNoticeEffect> = {
  rejection: {
    notice: 'rejection',
    sender: 'intake@spo.example',
    files: [
      {
        fileName: 'form.pdf',
        formId: 'jas-recommendation',
        problems: [{ message: { en: 'Family name: is required.', fr: 'Nom de famille\u202f: est obligatoire.' } }],
      },
    ],
  },
  'report-refused': {
    notice: 'report-refused',
    sender: 'officer.roc-o@ircc.example',
    reason: {
      en: 'REPORT was not answered: the message is dated more than 7 days before it arrived.',
      fr: 'RAPPORT est resté sans réponse\u202f: le message est daté de plus de 7 jours avant son arrivée.',
    },
  },
  triage: {
    notice: 'triage',
    reasonCode: 'NO_PDF_ATTACHED',
    reason: { en: 'No case tag and no PDF form.', fr: 'Ni étiquette de dossier ni formulaire PDF.' },
    messageKey: 'raw/abc',
    from: 'someone@example.org',
    subject: 'Hello',
  },
  'urgent-protection': {
    notice: 'urgent-protection',
    messageKey: 'raw/abc',
    respondBy: '2026-11-24',
    destinedToQuebec: true,
    unaccompaniedMinor: true,
    originalSubject: 'Fwd: family of five',
    from: 'visa.office@ircc.example',
  },
};

const directory = parseDirectory(
  directoryFile,
  LOCAL_OFFICES.map((office) => office.code),
);

/**
 * Every notice the catalogue can send, written for a case far enough along that each has something
 * to show (sponsor, promotion, forms, JAS period): what the glossary, layout and screenshot tests read.
 */
export async function everyNotice(caseRecord: Parameters<typeof caseCatalogueContext>[0]): Promise<
  {
    name: string;
    content: NoticeContent;
  }[]
> {
  const shared: CatalogueContext = {
    directory,
    files: {
      caseDocuments: async () => [],
      latestRecommendationForm: async () => [],
      prefilledForms: async () => [],
      profile: async () => [],
      draftProfileForm: async () => [],
      original: async () => ({ attached: true }),
    },
  };
  const context = caseCatalogueContext(
    caseRecord,
    { case: caseRecord, officeName: { en: 'Toronto', fr: 'Toronto' }, replyAddress: 'JAS Intake <jas@intake.example>' },
    shared,
  );
  const caseNotices = await Promise.all(
    Object.values(CASE_EFFECTS).map(async (effect) => ({
      name: effect.notice,
      content: await // biome-ignore lint/suspicious/noExplicitAny: each effect goes to its own kind's entry
      (CASE_NOTICES[effect.notice].content as (effect: any, context: any) => NoticeContent | Promise<NoticeContent>)(
        effect,
        context,
      ),
    })),
  );
  const messageNotices = await Promise.all(
    Object.values(MESSAGE_EFFECTS).map(async (effect) => ({
      name: effect.notice,
      content: await // biome-ignore lint/suspicious/noExplicitAny: each effect goes to its own kind's entry
      (MESSAGE_NOTICES[effect.notice].content as (effect: any, context: any) => NoticeContent | Promise<NoticeContent>)(
        effect,
        shared,
      ),
    })),
  );
  return [...caseNotices, ...messageNotices];
}
