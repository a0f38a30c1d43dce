import type { SponsorFormId } from '../../domain/case-record.js';
import { bilingualBody } from '../bilingual-body.js';
import { irccCaseFacts } from '../case-reference.js';
import { sponsorLine } from '../case-wording.js';
import { formTitle } from '../form-title.js';
import { jasPeriodOf } from '../jas-period.js';
import type { NoticeContent } from '../notice-content.js';
import type { NoticeContext } from '../notice-context.js';
import { actionLinks } from '../reply-links.js';
import { taggedSubject } from '../tagged-subject.js';

/**
 * To ROC-O (OB 646 steps 6–7): the sponsor's undertaking forms arrived (the caller attaches them),
 * for approval, with ROC-O's GCMS tasks once approved as a checklist.
 */
export function undertakingReceived(context: NoticeContext): NoticeContent {
  const { caseId, sponsor, undertakingForms } = context.case;
  const received = Object.keys(undertakingForms ?? {}) as SponsorFormId[];
  const period = jasPeriodOf(context.case);
  return {
    subject: taggedSubject(caseId, {
      en: 'Undertaking to approve',
      fr: 'Engagement à approuver',
    }),
    body: bilingualBody((language, say) => [
      {
        paragraph: say({
          en: 'The sponsoring group sent its sponsorship undertaking for this JAS case (OB 646 step 6). The forms are attached for your review.',
          fr: 'Le groupe de parrainage a envoyé son engagement de parrainage pour ce cas PAC (BO 646, étape 6). Les formulaires sont joints pour examen.',
        }),
      },
      {
        facts: [
          ...irccCaseFacts(context, say),
          [say({ en: 'Sponsor', fr: 'Répondant' }), sponsor ? sponsorLine(sponsor) : '—'],
          [
            say({ en: 'JAS period (24 months from arrival)', fr: 'Période du PAC (24 mois à compter de l’arrivée)' }),
            `${period.startsOn} – ${period.endsOn}`,
          ],
        ],
      },
      { paragraph: say({ en: 'Forms received:', fr: 'Formulaires reçus\u202f:' }) },
      { list: received.length > 0 ? received.map((id) => say(formTitle(id))) : ['—'] },
      {
        paragraph: say({
          en: 'Once you approve the undertaking (OB 646 step 7):',
          fr: 'Une fois l’engagement approuvé (BO 646, étape 7)\u202f:',
        }),
      },
      {
        list: [
          say({
            en: 'inform the local IRCC office (the approval link below does it: the office receives its tasks);',
            fr: 'informer le bureau local d’IRCC (le lien d’approbation ci-dessous s’en charge\u202f: le bureau reçoit ses tâches);',
          }),
          say({
            en: 'enter the sponsorship information into GCMS;',
            fr: 'saisir les renseignements sur le parrainage dans le SMGC;',
          }),
          say({
            en: 'add the corresponding organization in GCMS;',
            fr: 'ajouter l’organisme correspondant dans le SMGC;',
          }),
          say({
            en: 'update the length of financial support field in GCMS;',
            fr: 'mettre à jour le champ de la durée du soutien financier dans le SMGC;',
          }),
          say({
            en: 'send a data fix request to GCMS to change the financial support field to “Joint Assistance”.',
            fr: 'envoyer une demande de correction de données au SMGC pour changer le champ du soutien financier à « Aide conjointe ».',
          }),
        ],
      },
      ...actionLinks(context.replyAddress, caseId, language, ['APPROVE_UNDERTAKING']),
    ]),
  };
}
