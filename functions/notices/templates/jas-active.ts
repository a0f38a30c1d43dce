import { bilingualBody } from '../bilingual-body.js';
import { partnerCaseFacts } from '../case-reference.js';
import { jasPeriodOf } from '../jas-period.js';
import type { NoticeContent } from '../notice-content.js';
import type { NoticeContext } from '../notice-context.js';
import { keepTagSentence, taggedSubject } from '../tagged-subject.js';

/** To the sponsor and the SPO (OB 646 step 10): shared sponsorship obligations begin; the JAS period's dates. */
export function jasActive(context: NoticeContext): NoticeContent {
  const { caseId } = context.case;
  const period = jasPeriodOf(context.case);
  return {
    subject: taggedSubject(caseId, {
      en: 'JAS under way',
      fr: 'PAC en cours',
    }),
    body: bilingualBody((_language, say) => [
      {
        paragraph: say({
          en: 'The roles and responsibilities checklist has been reviewed: the sponsoring group meets with the client and the SPO (if applicable) and the shared sponsorship obligations begin (OB 646 step 10).',
          fr: 'La liste de vérification des rôles et responsabilités a été examinée\u202f: le groupe de parrainage rencontre le client et le FS (s’il y a lieu) et les obligations de parrainage partagées commencent (BO 646, étape 10).',
        }),
      },
      {
        facts: [
          ...partnerCaseFacts(context, say),
          [
            say({ en: 'JAS period starts (arrival in Canada)', fr: 'Début de la période du PAC (arrivée au Canada)' }),
            period.startsOn,
          ],
          [
            say({
              en: 'Mid-point check-in by the local IRCC office',
              fr: 'Bilan de mi-parcours par le bureau local d’IRCC',
            }),
            period.midpointOn,
          ],
          [say({ en: 'JAS period ends', fr: 'Fin de la période du PAC' }), period.endsOn],
        ],
      },
      {
        paragraph: say({
          en: 'Income support and sponsorship both run for the whole period. If the client no longer needs JAS support, the sponsorship can end earlier by mutual agreement of the sponsor and the client, on the local IRCC office’s recommendation: write to the office, keeping the case tag in the subject.',
          fr: 'Le soutien du revenu et le parrainage couvrent toute la période. Si le client n’a plus besoin du soutien du PAC, le parrainage peut prendre fin plus tôt d’un commun accord entre le répondant et le client, sur recommandation du bureau local d’IRCC\u202f: écrivez au bureau en gardant l’étiquette du dossier dans l’objet.',
        }),
      },
      { paragraph: say(keepTagSentence(caseId)) },
    ]),
  };
}
