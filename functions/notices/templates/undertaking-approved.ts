import { bilingualBody } from '../bilingual-body.js';
import { irccCaseFacts } from '../case-reference.js';
import { sponsorLine } from '../case-wording.js';
import { jasPeriodOf } from '../jas-period.js';
import type { NoticeContent } from '../notice-content.js';
import type { NoticeContext } from '../notice-context.js';
import { taggedSubject } from '../tagged-subject.js';

/** To the local office (OB 646 steps 7–8): ROC-O approved the undertaking; the office's tasks. */
export function undertakingApproved(context: NoticeContext): NoticeContent {
  const { caseId, sponsor } = context.case;
  const period = jasPeriodOf(context.case);
  return {
    subject: taggedSubject(caseId, {
      en: 'Undertaking approved',
      fr: 'Engagement approuvé',
    }),
    body: bilingualBody((_language, say) => [
      {
        paragraph: say({
          en: 'ROC-O approved the sponsorship undertaking for this JAS case (OB 646 step 7). Income support and sponsorship now run for 24 months from the client’s arrival.',
          fr: 'Le COR-O a approuvé l’engagement de parrainage pour ce cas PAC (BO 646, étape 7). Le soutien du revenu et le parrainage durent maintenant 24 mois à compter de l’arrivée du client.',
        }),
      },
      {
        facts: [
          ...irccCaseFacts(context, say),
          [say({ en: 'Sponsor', fr: 'Répondant' }), sponsor ? sponsorLine(sponsor) : '—'],
          [say({ en: 'JAS period starts', fr: 'Début de la période du PAC' }), period.startsOn],
          [say({ en: 'JAS period ends', fr: 'Fin de la période du PAC' }), period.endsOn],
        ],
      },
      { paragraph: say({ en: 'Your tasks (OB 646 step 8):', fr: 'Vos tâches (BO 646, étape 8)\u202f:' }) },
      {
        list: [
          say({
            en: 'adjust the income support commitment period to the new period of sponsorship and extend RAP income support through the RAP income support calculation tool and its associated forms and processes (e.g. update SAP);',
            fr: 'rajuster la période d’engagement du soutien du revenu selon la nouvelle période de parrainage et prolonger le soutien du revenu du PAR au moyen de l’outil de calcul du soutien du revenu du PAR et des formulaires et processus connexes (p. ex. mettre à jour SAP);',
          }),
          say({
            en: 'ensure the RAP Income Support Agreement reflects the extended period of sponsorship and RAP benefits;',
            fr: 'veiller à ce que l’Entente de soutien du revenu du PAR reflète la période prolongée de parrainage et de prestations du PAR;',
          }),
          say({
            en: 'ensure Interim Federal Health Program (IFHP) coverage is extended to the new period of JAS support;',
            fr: 'veiller à ce que la couverture du Programme fédéral de santé intérimaire (PFSI) soit prolongée pour la nouvelle période de soutien du PAC;',
          }),
          say({
            en: 'help coordinate the case conference between the RAP SPO and the sponsor: the JAS intake service introduces them to each other and asks them to complete the JAS Roles and Responsibilities Checklist, which comes back to you for review.',
            fr: 'aider à coordonner la conférence de cas entre le FS du PAR et le répondant\u202f: le service de réception du PAC les met en contact et leur demande de remplir la liste de vérification des rôles et responsabilités du PAC, qui vous sera transmise pour examen.',
          }),
        ],
      },
    ]),
  };
}
