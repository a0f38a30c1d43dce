import { describe, expect, it } from 'vitest';
import type { OfficerActionKind } from '../../../functions/domain/officer-action.js';
import { deidentifiedProfile } from '../../../functions/notices/deidentified-profile.js';
import type { NoticeContent } from '../../../functions/notices/notice-content.js';
import { renderNotice } from '../../../functions/notices/render-notice.js';
import { actionRefused } from '../../../functions/notices/templates/action-refused.js';
import { caseConferenceCoordination } from '../../../functions/notices/templates/case-conference-coordination.js';
import { caseSummaryToRocO } from '../../../functions/notices/templates/case-summary-to-roc-o.js';
import { checklistCopies } from '../../../functions/notices/templates/checklist-copies.js';
import { checklistToOffice } from '../../../functions/notices/templates/checklist-to-office.js';
import { concernToIn } from '../../../functions/notices/templates/concern-to-in.js';
import { concurrenceRequest } from '../../../functions/notices/templates/concurrence-request.js';
import { deadlineReminder } from '../../../functions/notices/templates/deadline-reminder.js';
import { decisionToOffice } from '../../../functions/notices/templates/decision-to-office.js';
import { decisionToSubmitter } from '../../../functions/notices/templates/decision-to-submitter.js';
import { infoReceived } from '../../../functions/notices/templates/info-received.js';
import { infoRequest } from '../../../functions/notices/templates/info-request.js';
import { jasActive } from '../../../functions/notices/templates/jas-active.js';
import { jasEnded } from '../../../functions/notices/templates/jas-ended.js';
import { midpointCheckIn } from '../../../functions/notices/templates/midpoint-check-in.js';
import { promotionExpiredToOffice } from '../../../functions/notices/templates/promotion-expired-to-office.js';
import { promotionStartToRstp } from '../../../functions/notices/templates/promotion-start-to-rstp.js';
import { promotionStopToRstp } from '../../../functions/notices/templates/promotion-stop-to-rstp.js';
import { recommendationToIn } from '../../../functions/notices/templates/recommendation-to-in.js';
import { sponsorFound } from '../../../functions/notices/templates/sponsor-found.js';
import { unauthorizedActionToOffice } from '../../../functions/notices/templates/unauthorized-action-to-office.js';
import { unauthorizedMessageToOffice } from '../../../functions/notices/templates/unauthorized-message-to-office.js';
import { undertakingApproved } from '../../../functions/notices/templates/undertaking-approved.js';
import { undertakingIncomplete } from '../../../functions/notices/templates/undertaking-incomplete.js';
import { undertakingInstructions } from '../../../functions/notices/templates/undertaking-instructions.js';
import { undertakingReceived } from '../../../functions/notices/templates/undertaking-received.js';
import { CASE_ID, sampleCase, sampleContext } from './helpers/notice-case.js';
import { BROKEN_VALUE, bodyShape } from './helpers/notice-checks.js';
import { replyLinksIn } from './helpers/reply-links-in.js';

/** Who reads a notice decides how much of the client it may show. */
type Reader = 'ircc' | 'partner' | 'sponsor-forms' | 'rstp' | 'anyone';

interface TemplateCase {
  readonly name: string;
  readonly content: NoticeContent;
  readonly reader: Reader;
  readonly actions: readonly OfficerActionKind[];
  /** Words each language must contain: proof that the notice says what the step asks. */
  readonly says: { readonly en: string; readonly fr: string };
}

// A case far enough along that every template has something to show: sponsor, promotion, forms, JAS period.
const context = sampleContext(
  sampleCase({
    state: 'undertaking_submitted',
    sponsor: { name: 'Grace Church Group', email: 'sah@church.example' },
    promotion: { startedOn: '2026-12-01', endsBy: '2027-04-01' },
    undertakingForms: { imm1324: 'document-1', imm5492: 'document-2' },
    jasPeriod: { startsOn: '2026-08-23', midpointOn: '2027-08-23', endsOn: '2028-08-23' },
    flags: ['late'],
  }),
);
const refusal = {
  en: 'not allowed while the case is waiting for IN’s decision',
  fr: 'non permis pendant que le dossier attend la décision du RI',
};

const TEMPLATES: readonly TemplateCase[] = [
  {
    name: 'concurrence-request',
    content: concurrenceRequest(context, { recommendedBy: 'officer@ircc.example', note: 'Strong case.' }),
    reader: 'ircc',
    actions: ['CONCUR'],
    says: { en: 'supervisor or manager concurrence', fr: 'superviseur ou d’un gestionnaire' },
  },
  {
    name: 'info-request',
    content: infoRequest(context, { question: 'When was the specialist appointment?' }),
    reader: 'partner',
    actions: [],
    says: {
      en: 'attach the corrected JAS In-Canada Recommendation Form',
      fr: 'joignez le formulaire de recommandation PAC au Canada corrigé',
    },
  },
  {
    name: 'info-received',
    content: infoReceived(context, { from: 'intake@spo.example', note: 'On 2026-10-01.' }),
    reader: 'ircc',
    actions: ['RECOMMEND', 'REQUEST_INFO'],
    says: { en: 'answered your request', fr: 'a répondu à votre demande' },
  },
  {
    name: 'recommendation-to-in',
    content: recommendationToIn(context, {
      recommendedBy: 'officer@ircc.example',
      concurredBy: 'supervisor@ircc.example',
    }),
    reader: 'ircc',
    actions: ['DESIGNATE', 'DECLINE'],
    says: { en: 'Concurred by', fr: 'Appuyé par' },
  },
  {
    name: 'decision-to-office (promotion)',
    content: decisionToOffice(context, { decision: 'designated', reason: '', next: 'promotion' }),
    reader: 'ircc',
    actions: [],
    says: { en: 'for at most 4 months', fr: 'pendant au plus 4 mois' },
  },
  {
    name: 'decision-to-office (sponsor identified)',
    content: decisionToOffice(context, {
      decision: 'designated',
      reason: 'Meets criteria.',
      next: 'sponsor_identified',
    }),
    reader: 'ircc',
    actions: [],
    says: { en: 'no promotion', fr: 'pas de promotion' },
  },
  {
    name: 'decision-to-office (BVOR sponsor continues)',
    content: decisionToOffice(context, { decision: 'designated', reason: '', next: 'bvor_sponsor_continues' }),
    reader: 'ircc',
    actions: [],
    says: { en: 'current sponsor continues', fr: 'répondant actuel continue' },
  },
  {
    name: 'decision-to-office (declined)',
    content: decisionToOffice(context, { decision: 'declined', reason: 'Needs can be met by RAP.', next: 'none' }),
    reader: 'ircc',
    actions: [],
    says: { en: 'JAS designation declined', fr: 'Désignation PAC refusée' },
  },
  {
    name: 'decision-to-submitter (designated)',
    content: decisionToSubmitter(context, { decision: 'designated' }),
    reader: 'partner',
    actions: [],
    says: { en: 'designated the client’s case', fr: 'a désigné le cas du client' },
  },
  {
    name: 'decision-to-submitter (declined)',
    content: decisionToSubmitter(context, { decision: 'declined' }),
    reader: 'partner',
    actions: [],
    says: { en: 'decided not to designate', fr: 'a décidé de ne pas désigner' },
  },
  {
    name: 'case-summary-to-roc-o',
    content: caseSummaryToRocO(context, { startedOn: '2026-12-01', endsBy: '2027-04-01' }),
    reader: 'ircc',
    actions: ['SPONSOR_FOUND'],
    says: { en: 'add a note in GCMS', fr: 'ajouter une note dans le SMGC' },
  },
  {
    name: 'promotion-start-to-rstp',
    content: promotionStartToRstp(context, {
      startedOn: '2026-12-01',
      endsBy: '2027-04-01',
      profile: (await deidentifiedProfile(context.case)).facts,
    }),
    reader: 'rstp',
    actions: [],
    says: { en: 'start promoting', fr: 'commencer à promouvoir' },
  },
  {
    name: 'promotion-stop-to-rstp (sponsor found)',
    content: promotionStopToRstp(context, { reason: 'sponsor_found', on: '2027-01-15' }),
    reader: 'rstp',
    actions: [],
    says: { en: 'stop promoting', fr: 'cesser de promouvoir' },
  },
  {
    name: 'promotion-stop-to-rstp (expired)',
    content: promotionStopToRstp(context, { reason: 'expired', on: '2027-04-01' }),
    reader: 'rstp',
    actions: [],
    says: { en: 'promotion period of this case ended', fr: 'période de promotion de ce cas a pris fin' },
  },
  {
    name: 'promotion-expired-to-office',
    content: promotionExpiredToOffice(context, { on: '2027-04-01', promoted: true }),
    reader: 'ircc',
    actions: [],
    says: { en: 'shortened period', fr: 'période plus courte' },
  },
  {
    name: 'promotion-expired-to-office (profile never approved)',
    content: promotionExpiredToOffice(context, { on: '2027-04-01', promoted: false }),
    reader: 'ircc',
    actions: [],
    says: {
      en: 'RSTP never received it, and the case was not promoted to sponsors',
      fr: 'le PFPR ne l’a jamais reçu et le cas n’a pas été promu auprès des répondants',
    },
  },
  {
    name: 'sponsor-found',
    content: sponsorFound(context, { sponsor: { name: 'Grace Church Group', email: 'sah@church.example' } }),
    reader: 'ircc',
    actions: [],
    says: { en: 'Grace Church Group <sah@church.example>', fr: 'Grace Church Group <sah@church.example>' },
  },
  {
    name: 'undertaking-instructions',
    content: undertakingInstructions(context, { settlementPlanRequired: true }),
    reader: 'sponsor-forms',
    actions: [],
    says: { en: 'Settlement Plan (IMM 5494)', fr: 'Plan d’établissement (IMM 5494)' },
  },
  {
    name: 'undertaking-incomplete',
    content: undertakingIncomplete(context, { received: ['imm1324'], missing: ['imm5492', 'imm5494'] }),
    reader: 'partner',
    actions: [],
    says: { en: 'Sponsor Assessment (IMM 5492)', fr: 'Évaluation du répondant (IMM 5492)' },
  },
  {
    name: 'undertaking-received',
    content: undertakingReceived(context),
    reader: 'ircc',
    actions: ['APPROVE_UNDERTAKING'],
    says: { en: '“Joint Assistance”', fr: '« Aide conjointe »' },
  },
  {
    name: 'undertaking-approved',
    content: undertakingApproved(context),
    reader: 'ircc',
    actions: [],
    says: { en: 'RAP income support calculation tool', fr: 'outil de calcul du soutien du revenu du PAR' },
  },
  {
    name: 'case-conference-coordination',
    content: caseConferenceCoordination(context),
    reader: 'partner',
    actions: [],
    says: {
      en: 'JAS Roles and Responsibilities Checklist',
      fr: 'Liste de vérification des rôles et responsabilités du PAC',
    },
  },
  {
    name: 'checklist-to-office',
    content: checklistToOffice(context),
    reader: 'ircc',
    actions: ['CHECKLIST_RECEIVED'],
    says: { en: 'RAP file', fr: 'dossier du PAR' },
  },
  {
    name: 'checklist-copies (sponsor and SPO)',
    content: checklistCopies(context, { forClient: false }),
    reader: 'partner',
    actions: [],
    says: { en: 'your copy', fr: 'votre copie' },
  },
  {
    name: 'checklist-copies (client)',
    content: checklistCopies(context, { forClient: true }),
    reader: 'partner',
    actions: [],
    says: { en: 'give it to the client', fr: 'la remettre au client' },
  },
  {
    name: 'jas-active',
    content: jasActive(context),
    reader: 'partner',
    actions: [],
    says: { en: '2027-08-23', fr: '2027-08-23' },
  },
  {
    name: 'midpoint-check-in',
    content: midpointCheckIn(context),
    reader: 'partner',
    actions: ['CONCERN'],
    says: { en: 'still in the client’s best interest', fr: 'toujours dans l’intérêt supérieur du client' },
  },
  {
    name: 'concern-to-in',
    content: concernToIn(context, { from: 'sah@church.example', text: 'Appointments are being missed.' }),
    reader: 'ircc',
    actions: [],
    says: { en: 'Appointments are being missed.', fr: 'Appointments are being missed.' },
  },
  {
    name: 'jas-ended (period completed)',
    content: jasEnded(context, { on: '2028-08-23', reason: 'period_completed' }),
    reader: 'partner',
    actions: [],
    says: { en: '24 months', fr: '24 mois' },
  },
  {
    name: 'jas-ended (mutual agreement)',
    content: jasEnded(context, { on: '2027-09-01', reason: 'mutual_agreement' }),
    reader: 'partner',
    actions: [],
    says: { en: 'mutual agreement', fr: 'commun accord' },
  },
  {
    name: 'deadline-reminder',
    content: deadlineReminder(context, { deadline: '2027-04-23' }),
    reader: 'partner',
    actions: [],
    says: { en: 'within 8 months', fr: 'dans les 8 mois' },
  },
  {
    name: 'action-refused',
    content: actionRefused(context, { action: 'DESIGNATE', reason: refusal }),
    reader: 'anyone',
    actions: [],
    says: {
      en: 'undertaking submitted, waiting for ROC-O’s approval',
      fr: 'engagement soumis, en attente de l’approbation du COR-O',
    },
  },
  {
    name: 'unauthorized-action-to-office',
    content: unauthorizedActionToOffice(context, {
      sender: 'someone@elsewhere.example',
      action: 'APPROVE_UNDERTAKING',
      reason: refusal,
    }),
    reader: 'ircc',
    actions: [],
    says: { en: 'someone@elsewhere.example', fr: 'someone@elsewhere.example' },
  },
  {
    name: 'unauthorized-message-to-office (forms)',
    content: unauthorizedMessageToOffice(context, {
      sender: 'other-spo@elsewhere.example',
      what: 'forms',
      formIds: ['jas-recommendation'],
      reason: refusal,
    }),
    reader: 'ircc',
    actions: [],
    says: { en: 'sent forms about the client of this case', fr: 'a envoyé des formulaires au sujet du client' },
  },
  {
    name: 'unauthorized-message-to-office (a message from an unknown sender)',
    content: unauthorizedMessageToOffice(context, { sender: '', what: 'message', formIds: [], reason: refusal }),
    reader: 'ircc',
    actions: [],
    says: { en: 'An unknown sender sent a message', fr: 'Un expéditeur inconnu a envoyé un message' },
  },
];

const { client } = context.case.recommendation;

describe.each(TEMPLATES)('$name', ({ content, reader, actions, says }) => {
  const notice = renderNotice(content);

  it('carries the case tag in a subject written in both languages', () => {
    expect(notice.subject).toContain(`[${CASE_ID}]`);
    expect(content.subject.en).toContain(`[${CASE_ID}]`);
    expect(content.subject.fr).toContain(`[${CASE_ID}]`);
  });

  it('says the same facts in English and French, side by side', () => {
    expect(bodyShape(content.body.fr)).toEqual(bodyShape(content.body.en));
    expect(content.body.fr).not.toEqual(content.body.en);
    expect(notice.text).toContain(says.en);
    expect(notice.text).toContain(says.fr);
    expect(notice.html).toMatch(/<div class="jas-column" lang="en"/);
    expect(notice.html).toMatch(/<div class="jas-column" lang="fr"/);
  });

  it('has no missing or unprintable value', () => {
    expect(`${notice.subject}\n${notice.text}\n${notice.html}`).not.toMatch(BROKEN_VALUE);
  });

  it('offers a reply link for exactly the actions its reader may take next, in each language', () => {
    const links = replyLinksIn(notice).filter((link) => link.action !== undefined);
    expect(links.map((link) => link.action)).toEqual([...actions, ...actions]);
    for (const link of links) {
      expect(link.to).toBe('jas@intake.example');
      expect(link.subject).toContain(`[${CASE_ID}]`);
    }
  });

  it('shows no more of the client than its reader needs', () => {
    const all = `${notice.subject}\n${notice.text}\n${notice.html}`;
    expect(all).not.toContain(client.dateOfBirth);
    if (reader === 'ircc' || reader === 'sponsor-forms') return;
    expect(all).not.toContain(client.uci);
    expect(all).not.toContain(client.familyName);
    expect(all).not.toContain(client.givenNames);
  });
});

describe('what a template shows', () => {
  it('the sponsor gets the client and the JAS period exactly as the undertaking must state them', () => {
    const notice = renderNotice(undertakingInstructions(context, { settlementPlanRequired: false }));
    expect(notice.text).toContain(`Client UCI: ${client.uci}`);
    expect(notice.text).toContain('Sponsorship starts on: 2026-08-23');
    expect(notice.text).toContain('Fin du parrainage\u202f: 2028-08-23');
    expect(notice.text).not.toContain('IMM 5494');
  });

  it('partners recognize the case by the last four digits of the UCI', () => {
    expect(renderNotice(infoRequest(context, { question: 'Q?' })).text).toContain(
      `Client UCI ending in: ${client.uci.slice(-4)}`,
    );
  });

  it('the client’s copy of the checklist comes in the client’s preferred language first', () => {
    const notice = renderNotice(checklistCopies(context, { forClient: true }));
    expect(client.preferredLanguage).toBe('fr');
    expect(notice.text.indexOf('Vous trouverez ci-joint')).toBeLessThan(notice.text.indexOf('Attached is'));
    expect(notice.subject.startsWith(`[${CASE_ID}] Copie du client`)).toBe(true);
    expect(notice.html.indexOf('<div class="jas-column" lang="fr"')).toBeLessThan(
      notice.html.indexOf('<div class="jas-column" lang="en"'),
    );
  });

  it('the refusal names the action and the case’s state in words, in both languages', () => {
    const notice = renderNotice(actionRefused(context, { action: 'DESIGNATE', reason: refusal }));
    expect(notice.subject).toBe(`[${CASE_ID}] Not applied: DESIGNATE / Non appliquée\u202f: DÉSIGNER`);
    expect(notice.text).toContain('Reason: not allowed while the case is waiting for IN’s decision');
    expect(notice.text).toContain('Le dossier est actuellement\u202f: engagement soumis');
  });

  it('the sponsor-found link pre-fills the sponsor the action expects', () => {
    const [english, french] = replyLinksIn(
      renderNotice(caseSummaryToRocO(context, { startedOn: '2026-12-01', endsBy: '2027-04-01' })),
    );
    expect(english?.body).toBe('Sponsor: Group name <contact@example.org>');
    expect(french?.body).toBe('Répondant\u202f: Nom du groupe <contact@example.org>');
  });

  it('the mid-point check-in also offers a plain reply that carries the tag and no action', () => {
    const plain = replyLinksIn(renderNotice(midpointCheckIn(context))).filter((link) => link.action === undefined);
    expect(plain.map((link) => link.subject)).toEqual([
      `[${CASE_ID}] Mid-point check-in: answer`,
      `[${CASE_ID}] Bilan de mi-parcours\u202f: réponse`,
    ]);
  });

  it('the information request gives the SPO a reply link that keeps the tag', () => {
    const [link] = replyLinksIn(renderNotice(infoRequest(context, { question: 'Q?' })));
    expect(link?.subject).toBe(`[${CASE_ID}] Answer to the information request`);
    expect(link?.action).toBeUndefined();
  });
});
