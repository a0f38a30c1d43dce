import { bilingualBody } from '../bilingual-body.js';
import { formTitle } from '../form-title.js';
import { jasPeriodOf } from '../jas-period.js';
import type { NoticeContent } from '../notice-content.js';
import type { NoticeContext } from '../notice-context.js';
import { keepTagSentence, taggedSubject } from '../tagged-subject.js';

export interface UndertakingInstructionsData {
  /** Whether the Settlement Plan (IMM 5494) is required of this sponsor. */
  readonly settlementPlanRequired: boolean;
}

/**
 * To the sponsor (OB 646 step 5: ROC-O "reaches out to the sponsor and shares information details
 * for the completion of the undertaking"): the forms to send and how. The client's name, UCI and
 * arrival date are shown because the sponsor must write them on the forms, and the pipeline checks
 * them; the birth date is not needed and not shown.
 */
export function undertakingInstructions(context: NoticeContext, data: UndertakingInstructionsData): NoticeContent {
  const { caseId, recommendation } = context.case;
  const { client } = recommendation;
  const period = jasPeriodOf(context.case);
  const forms = ['imm1324', 'imm5492', ...(data.settlementPlanRequired ? ['imm5494'] : [])];
  return {
    subject: taggedSubject(caseId, {
      en: 'Undertaking forms to send',
      fr: 'Formulaires de l’engagement à envoyer',
    }),
    body: bilingualBody((_language, say) => [
      {
        paragraph: say({
          en: 'Thank you for sponsoring a refugee under the Joint Assistance Sponsorship (JAS) program. To complete the sponsorship undertaking, fill in these forms and send them to ROC-O for approval:',
          fr: 'Merci de parrainer un réfugié dans le cadre du parrainage d’aide conjointe (PAC). Pour compléter l’engagement de parrainage, remplissez ces formulaires et envoyez-les au COR-O pour approbation\u202f:',
        }),
      },
      { list: forms.map((id) => say(formTitle(id))) },
      {
        paragraph: say({
          en: 'The attached forms are already filled with the client, your group and the JAS period, as the case file has them: complete the rest and sign. A JAS sponsorship lasts 24 months from the client’s date of arrival in Canada, for both income support and sponsorship.',
          fr: 'Les formulaires joints sont déjà remplis avec le client, votre groupe et la période du PAC, tels qu’ils figurent au dossier\u202f: remplissez le reste et signez. Un parrainage du PAC dure 24 mois à compter de la date d’arrivée du client au Canada, tant pour le soutien du revenu que pour le parrainage.',
        }),
      },
      {
        facts: [
          [say({ en: 'Case number', fr: 'Numéro de dossier' }), caseId],
          [say({ en: 'Client family name', fr: 'Nom de famille du client' }), client.familyName],
          [say({ en: 'Client given names', fr: 'Prénoms du client' }), client.givenNames],
          [say({ en: 'Client UCI', fr: 'IUC du client' }), client.uci],
          [say({ en: 'Date of arrival in Canada', fr: 'Date d’arrivée au Canada' }), client.arrivalDate],
          [say({ en: 'Sponsorship starts on', fr: 'Début du parrainage' }), period.startsOn],
          [say({ en: 'Sponsorship ends on', fr: 'Fin du parrainage' }), period.endsOn],
        ],
      },
      {
        paragraph: say({
          en: 'Fill in the fillable PDF forms on a computer, then reply to this message with the PDF files themselves attached (not scans or printouts), keeping the case tag in the subject. You can send them together or one by one: you will be told if one is missing.',
          fr: 'Remplissez les formulaires PDF à remplir à l’ordinateur, puis répondez à ce message en joignant les fichiers PDF eux-mêmes (pas des numérisations ni des impressions), en gardant l’étiquette du dossier dans l’objet. Vous pouvez les envoyer ensemble ou un à un\u202f: on vous avisera s’il en manque un.',
        }),
      },
      {
        paragraph: say({
          en: 'This message contains the client’s personal information: keep it confidential.',
          fr: 'Ce message contient des renseignements personnels sur le client\u202f: gardez-les confidentiels.',
        }),
      },
      { paragraph: say(keepTagSentence(caseId)) },
    ]),
  };
}
