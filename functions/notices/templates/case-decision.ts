import type { BilingualText } from '../../../kernel/bilingual-text.js';
import type { CaseDecision } from '../../domain/notice-effect.js';
import { bilingualBody } from '../bilingual-body.js';
import { irccCaseFacts } from '../case-reference.js';
import type { NoticeContent } from '../notice-content.js';
import type { NoticeContext } from '../notice-context.js';
import { keepTagSentence, taggedSubject } from '../tagged-subject.js';

const PARTY: Readonly<Record<'sponsor' | 'client', BilingualText>> = {
  sponsor: { en: 'the sponsor', fr: 'le répondant' },
  client: { en: 'the refugee', fr: 'le réfugié' },
};

function wording(data: CaseDecision, promoted: boolean): { subject: BilingualText; paragraphs: BilingualText[] } {
  switch (data.decision) {
    case 'late-form-considered':
      return {
        subject: { en: 'Late recommendation form considered', fr: 'Formulaire de recommandation tardif examiné' },
        paragraphs: [
          {
            en: `The local IRCC office (${data.by}) decided to consider this GAR recommendation form although it arrived more than 8 months after the client’s arrival (OB 646 step 1: such forms are not considered unless there are exceptional circumstances). The review goes on as for any other case.`,
            fr: `Le bureau local d’IRCC (${data.by}) a décidé d’examiner ce formulaire de recommandation de RPG même s’il est arrivé plus de 8 mois après l’arrivée du client (BO 646, étape 1 : ces formulaires ne sont pas examinés sauf circonstances exceptionnelles). L’examen se poursuit comme pour tout autre cas.`,
          },
        ],
      };
    case 'promotion-changed':
      return {
        subject: { en: 'Promotion period changed', fr: 'Période de promotion modifiée' },
        paragraphs: [
          {
            en: `On the local IRCC office’s recommendation (${data.by}, OB 646 step 4), promotion of this case to sponsors now ends on ${data.endsBy} at the latest, or as soon as a sponsor is found.`,
            fr: `Sur recommandation du bureau local d’IRCC (${data.by}, BO 646, étape 4), la promotion de ce cas auprès des répondants prend maintenant fin le ${data.endsBy} au plus tard, ou dès qu’un répondant est trouvé.`,
          },
        ],
      };
    case 'placed-on-rap':
      return {
        subject: { en: 'Client put on the RAP instead of JAS', fr: 'Client inscrit au PAR plutôt qu’au PAC' },
        paragraphs: [
          {
            en: `On ${data.on}, the local IRCC office (${data.by}) put the client on the Resettlement Assistance Program (RAP) in exceptional circumstances, as the sponsorship breakdown guidance allows (OB 646 step 4). The JAS conversion ends here${promoted ? ': RSTP stops promotion of the case' : ''}.`,
            fr: `Le ${data.on}, le bureau local d’IRCC (${data.by}) a inscrit le client au Programme d’aide à la réinstallation (PAR) dans des circonstances exceptionnelles, comme le permettent les directives sur l’échec du parrainage (BO 646, étape 4). La conversion au PAC prend fin ici${promoted ? ' : le PFPR cesse la promotion du cas' : ''}.`,
          },
        ],
      };
    case 'settlement-plan':
      return data.required
        ? {
            subject: { en: 'Settlement plan required', fr: 'Plan d’établissement exigé' },
            paragraphs: [
              {
                en: `ROC-O (${data.by}) requires the settlement plan (IMM 5494) with this sponsorship undertaking (OB 646 step 6): the undertaking is complete with IMM 1324, IMM 5492 and IMM 5494.`,
                fr: `Le COR-O (${data.by}) exige le plan d’établissement (IMM 5494) avec cet engagement de parrainage (BO 646, étape 6) : l’engagement est complet avec les formulaires IMM 1324, IMM 5492 et IMM 5494.`,
              },
            ],
          }
        : {
            subject: { en: 'Settlement plan not required', fr: 'Plan d’établissement non exigé' },
            paragraphs: [
              {
                en: `ROC-O (${data.by}) does not require the settlement plan (IMM 5494) for this sponsorship undertaking (OB 646 step 6, “if required”): the undertaking is complete with IMM 1324 and IMM 5492.`,
                fr: `Le COR-O (${data.by}) n’exige pas le plan d’établissement (IMM 5494) pour cet engagement de parrainage (BO 646, étape 6, « au besoin ») : l’engagement est complet avec les formulaires IMM 1324 et IMM 5492.`,
              },
            ],
          };
    case 'end-agreement': {
      const waiting = data.waitingFor.map((party) => PARTY[party]);
      return {
        subject: { en: 'Agreement to end the JAS recorded', fr: 'Accord pour mettre fin au PAC consigné' },
        paragraphs: [
          {
            en: `The agreement of ${PARTY[data.party].en} to end the Joint Assistance Sponsorship early was recorded (sent by ${data.by}).`,
            fr: `L’accord de ${PARTY[data.party].fr} pour mettre fin plus tôt au parrainage d’aide conjointe a été consigné (envoyé par ${data.by}).`,
          },
          waiting.length > 0
            ? {
                en: `The JAS can end early once ${waiting.map((party) => party.en).join(' and ')} also agree${waiting.length > 1 ? '' : 's'} and the local office recommends it (OB 646, “JAS duration”).`,
                fr: `Le PAC pourra prendre fin plus tôt une fois que ${waiting.map((party) => party.fr).join(' et ')} aura aussi donné son accord et que le bureau local l’aura recommandé (BO 646, « Durée du PAC »).`,
              }
            : {
                en: 'Both the sponsor and the refugee agree: the local office may now end the JAS early (reply END EARLY).',
                fr: 'Le répondant et le réfugié sont d’accord : le bureau local peut maintenant mettre fin au PAC plus tôt (répondre FIN ANTICIPÉE).',
              },
        ],
      };
    }
  }
}

/** To the people a decision concerns: what the office, ROC-O or a party decided, in OB 646's words. */
export function caseDecision(context: NoticeContext, data: CaseDecision): NoticeContent {
  const { subject, paragraphs } = wording(data, Boolean(context.case.promotion?.profileApprovedOn));
  return {
    subject: taggedSubject(context.case.caseId, subject),
    body: bilingualBody((_language, say) => [
      ...paragraphs.map((paragraph) => ({ paragraph: say(paragraph) })),
      ...('note' in data && data.note.trim()
        ? [{ paragraph: `${say({ en: 'Note', fr: 'Note' })}${say({ en: ': ', fr: '\u202f: ' })}${data.note.trim()}` }]
        : []),
      { facts: irccCaseFacts(context, say) },
      { paragraph: say(keepTagSentence(context.case.caseId)) },
    ]),
  };
}
