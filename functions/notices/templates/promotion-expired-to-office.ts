import { bilingualBody } from '../bilingual-body.js';
import { irccCaseFacts } from '../case-reference.js';
import { sponsorSituation } from '../case-wording.js';
import type { NoticeContent } from '../notice-content.js';
import type { NoticeContext } from '../notice-context.js';
import { keepTagSentence, taggedSubject } from '../tagged-subject.js';

export interface PromotionExpiredToOfficeData {
  /** The day the 4 months ran out (YYYY-MM-DD). */
  readonly on: string;
}

/**
 * To the local office and ROC-O (OB 646 step 4): promotion reached its 4-month maximum without a
 * sponsor; the options the policy leaves to the local office.
 */
export function promotionExpiredToOffice(context: NoticeContext, data: PromotionExpiredToOfficeData): NoticeContent {
  const { caseId, recommendation, promotion } = context.case;
  const bvor = recommendation.caseType === 'BVOR';
  return {
    subject: taggedSubject(caseId, {
      en: 'No sponsor after 4 months',
      fr: 'Aucun répondant après 4 mois',
    }),
    body: bilingualBody((_language, say) => [
      {
        paragraph: say({
          en: `Promotion of this case to sponsors reached its 4-month maximum on ${data.on} without a sponsor (OB 646 step 4). RSTP is told to stop promotion.`,
          fr: `La promotion de ce cas auprès des répondants a atteint son maximum de 4 mois le ${data.on} sans répondant (BO 646, étape 4). Le PFPR est avisé de cesser la promotion.`,
        }),
      },
      {
        facts: [
          ...irccCaseFacts(context, say),
          [say({ en: 'Sponsorship', fr: 'Parrainage' }), say(sponsorSituation(context.case))],
          [say({ en: 'Promotion started on', fr: 'Début de la promotion' }), promotion?.startedOn ?? '—'],
        ],
      },
      {
        paragraph: say({
          en: 'The local IRCC office may recommend other options to ensure that the client is adequately supported, including:',
          fr: 'Le bureau local d’IRCC peut recommander d’autres options pour que le client reçoive un soutien adéquat, notamment\u202f:',
        }),
      },
      {
        list: [
          say({
            en: 'posting the case again for a shortened period;',
            fr: 'afficher de nouveau le cas pour une période plus courte;',
          }),
          bvor
            ? say({
                en: 'putting the client on the Resettlement Assistance Program (RAP) in exceptional circumstances, as per the sponsorship breakdown guidance.',
                fr: 'inscrire le client au Programme d’aide à la réinstallation (PAR) dans des circonstances exceptionnelles, conformément aux directives sur l’échec du parrainage.',
              })
            : say({
                en: 'continuing the client’s Resettlement Assistance Program (RAP) support as a government-assisted refugee, without JAS.',
                fr: 'maintenir le soutien du Programme d’aide à la réinstallation (PAR) du client en tant que réfugié pris en charge par le gouvernement, sans PAC.',
              }),
        ],
      },
      {
        paragraph: say({
          en: 'Local office: tell ROC-O what you decide.',
          fr: 'Bureau local\u202f: informez le COR-O de votre décision.',
        }),
      },
      { paragraph: say(keepTagSentence(caseId)) },
    ]),
  };
}
