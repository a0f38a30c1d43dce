import { bilingualBody } from '../bilingual-body.js';
import { partnerCaseFacts } from '../case-reference.js';
import { sponsorLine } from '../case-wording.js';
import { formTitle } from '../form-title.js';
import type { NoticeContent } from '../notice-content.js';
import type { NoticeContext } from '../notice-context.js';
import { keepTagSentence, taggedSubject } from '../tagged-subject.js';

/**
 * To the RAP SPO and the sponsor together (OB 646 steps 8–9): introduces them to each other and
 * asks them to hold the case conference and complete the JAS Roles and Responsibilities Checklist
 * (the caller attaches it filled with the client, the SPO and the sponsor), which the SPO sends back.
 */
export function caseConferenceCoordination(context: NoticeContext): NoticeContent {
  const { caseId, recommendation, sponsor } = context.case;
  const { submitter } = recommendation;
  const checklist = formTitle('jas-roles-checklist');
  const spoLabel =
    submitter.kind === 'RAP_SPO'
      ? { en: 'RAP SPO', fr: 'FS du PAR' }
      : { en: 'Submitted the recommendation', fr: 'A soumis la recommandation' };
  return {
    subject: taggedSubject(caseId, {
      en: 'Case conference: SPO and sponsor',
      fr: 'Conférence de cas\u202f: FS et répondant',
    }),
    body: bilingualBody((_language, say) => [
      {
        paragraph: say({
          en: 'The sponsorship undertaking for this Joint Assistance Sponsorship case is approved. This message introduces you to each other (OB 646 steps 8–9):',
          fr: 'L’engagement de parrainage pour ce cas du parrainage d’aide conjointe est approuvé. Ce message vous met en contact (BO 646, étapes 8 et 9)\u202f:',
        }),
      },
      {
        facts: [
          ...partnerCaseFacts(context, say),
          [say(spoLabel), `${submitter.organization} (${submitter.contactName}) <${submitter.email}>`],
          [say({ en: 'Sponsor', fr: 'Répondant' }), sponsor ? sponsorLine(sponsor) : '—'],
        ],
      },
      {
        paragraph: say({
          en: `Please connect to review the client’s settlement information and hold a case conference (in person, by phone or otherwise). During it, complete the ${checklist.en} together: it is attached, already filled with the client, the SPO and the sponsor as the case file has them.`,
          fr: `Veuillez communiquer entre vous pour examiner les renseignements sur l’établissement du client et tenir une conférence de cas (en personne, par téléphone ou autrement). Pendant celle-ci, remplissez ensemble la ${checklist.fr}\u202f: elle est jointe, déjà remplie avec le client, le FS et le répondant tels qu’ils figurent au dossier.`,
        }),
      },
      {
        paragraph: say({
          en: 'Once it is complete, the RAP SPO sends the checklist (the filled PDF file itself) by replying to this message, keeping the case tag in the subject. The local IRCC office reviews it and adds it to the client’s RAP file; the sponsor, the SPO and the client each receive a copy.',
          fr: 'Une fois remplie, le FS du PAR envoie la liste de vérification (le fichier PDF rempli lui-même) en répondant à ce message, en gardant l’étiquette du dossier dans l’objet. Le bureau local d’IRCC l’examine et l’ajoute au dossier du PAR du client; le répondant, le FS et le client en reçoivent chacun une copie.',
        }),
      },
      { paragraph: say(keepTagSentence(caseId)) },
    ]),
  };
}
