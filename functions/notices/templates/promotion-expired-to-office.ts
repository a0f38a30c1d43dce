import { bilingualBody } from '../bilingual-body.js';
import { irccCaseFacts } from '../case-reference.js';
import { sponsorSituation } from '../case-wording.js';
import type { NoticeContent } from '../notice-content.js';
import type { NoticeContext } from '../notice-context.js';
import { keepTagSentence, taggedSubject } from '../tagged-subject.js';

export interface PromotionExpiredToOfficeData {
  /** The day the 4 months ran out (YYYY-MM-DD). */
  readonly on: string;
  /** Whether RSTP promoted the case: false when ROC-O never approved its profile. */
  readonly promoted: boolean;
}

/**
 * To the local office and ROC-O (OB 646 step 4): promotion reached its 4-month maximum without a
 * sponsor; the options the policy leaves to the local office. When ROC-O never approved the
 * profile, RSTP never had it: both are told the case was never promoted, and RSTP is not written to.
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
        paragraph: say(
          data.promoted
            ? {
                en: `Promotion of this case to sponsors reached its 4-month maximum on ${data.on} without a sponsor (OB 646 step 4). RSTP is told to stop promotion.`,
                fr: `La promotion de ce cas auprès des répondants a atteint son maximum de 4 mois le ${data.on} sans répondant (BO 646, étape 4). Le PFPR est avisé de cesser la promotion.`,
              }
            : {
                en: `The 4-month promotion period of this case ended on ${data.on}, but ROC-O never approved the case’s de-identified profile (OB 646 step 5): RSTP never received it, and the case was not promoted to sponsors. RSTP is not written to; the draft profile sent to ROC-O can no longer be approved.`,
                fr: `La période de promotion de 4 mois de ce cas a pris fin le ${data.on}, mais le COR-O n’a jamais approuvé le profil dépersonnalisé du cas (BO 646, étape 5)\u202f: le PFPR ne l’a jamais reçu et le cas n’a pas été promu auprès des répondants. Le PFPR n’est pas avisé; l’ébauche de profil envoyée au COR-O ne peut plus être approuvée.`,
              },
        ),
      },
      {
        facts: [
          ...irccCaseFacts(context, say),
          [say({ en: 'Sponsorship', fr: 'Parrainage' }), say(sponsorSituation(context.case))],
          [say({ en: 'Promotion started on', fr: 'Début de la promotion' }), promotion?.startedOn ?? '—'],
          [
            say({ en: 'Profile approved by ROC-O', fr: 'Profil approuvé par le COR-O' }),
            promotion?.profileApprovedOn ?? say({ en: 'never', fr: 'jamais' }),
          ],
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
          data.promoted
            ? say({
                en: 'posting the case again for a shortened period;',
                fr: 'afficher de nouveau le cas pour une période plus courte;',
              })
            : say({
                en: 'posting the case again: ROC-O then receives the profile to approve before RSTP promotes it;',
                fr: 'afficher de nouveau le cas\u202f: le COR-O reçoit alors le profil à approuver avant que le PFPR en fasse la promotion;',
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
