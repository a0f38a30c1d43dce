import { bilingualBody } from '../bilingual-body.js';
import { irccCaseFacts } from '../case-reference.js';
import { formTitle } from '../form-title.js';
import type { NoticeContent } from '../notice-content.js';
import type { NoticeContext } from '../notice-context.js';
import { actionLinks } from '../reply-links.js';
import { taggedSubject } from '../tagged-subject.js';

/** To the local office (OB 646 step 9): the completed roles and responsibilities checklist, for review and the RAP file. */
export function checklistToOffice(context: NoticeContext): NoticeContent {
  const { caseId } = context.case;
  const checklist = formTitle('jas-roles-checklist');
  return {
    subject: taggedSubject(caseId, {
      en: 'Checklist to review',
      fr: 'Liste de vérification à examiner',
    }),
    body: bilingualBody((language, say) => [
      {
        paragraph: say({
          en: `The RAP SPO sent the ${checklist.en}, completed with the sponsor at the case conference (OB 646 step 9). It is attached: please review it and add it to the client’s RAP file, then confirm with the link below.`,
          fr: `Le FS du PAR a envoyé la ${checklist.fr}, remplie avec le répondant lors de la conférence de cas (BO 646, étape 9). Elle est jointe\u202f: veuillez l’examiner et l’ajouter au dossier du PAR du client, puis le confirmer à l’aide du lien ci-dessous.`,
        }),
      },
      { facts: irccCaseFacts(context, say) },
      ...actionLinks(context.replyAddress, caseId, language, ['CHECKLIST_RECEIVED']),
    ]),
  };
}
