import { bilingualBody } from '../bilingual-body.js';
import { partnerCaseFacts } from '../case-reference.js';
import { formTitle } from '../form-title.js';
import type { NoticeContent } from '../notice-content.js';
import type { NoticeContext } from '../notice-context.js';
import { keepTagSentence, taggedSubject } from '../tagged-subject.js';

export interface ChecklistCopiesData {
  /** The client's copy, sent through the SPO, written in the client's preferred language first. */
  readonly forClient: boolean;
}

/**
 * To the sponsor and the SPO, or (through the SPO) to the client (OB 646 step 9: "the sponsor, the
 * RAP SPO and the JAS client must also receive a copy"). The caller attaches the checklist.
 */
export function checklistCopies(context: NoticeContext, data: ChecklistCopiesData): NoticeContent {
  const { caseId, recommendation } = context.case;
  const checklist = formTitle('jas-roles-checklist');
  return {
    subject: taggedSubject(
      caseId,
      data.forClient
        ? {
            en: 'The client’s copy of the JAS roles and responsibilities checklist',
            fr: 'Copie du client de la liste de vérification des rôles et responsabilités du PAC',
          }
        : {
            en: 'Your copy of the JAS roles and responsibilities checklist',
            fr: 'Votre copie de la liste de vérification des rôles et responsabilités du PAC',
          },
    ),
    body: bilingualBody((_language, say) => [
      data.forClient
        ? {
            paragraph: say({
              en: `Attached is the client’s copy of the ${checklist.en} completed at the case conference. Please give it to the client and go over it with them: it sets out what the sponsor and the SPO each do during the JAS period.`,
              fr: `Vous trouverez ci-joint la copie du client de la ${checklist.fr} remplie lors de la conférence de cas. Veuillez la remettre au client et la passer en revue avec lui\u202f: elle précise ce que le répondant et le FS font chacun pendant la période du PAC.`,
            }),
          }
        : {
            paragraph: say({
              en: `Attached is your copy of the ${checklist.en} completed at the case conference. Keep it: it sets out what the sponsor and the SPO each do during the JAS period.`,
              fr: `Vous trouverez ci-joint votre copie de la ${checklist.fr} remplie lors de la conférence de cas. Conservez-la\u202f: elle précise ce que le répondant et le FS font chacun pendant la période du PAC.`,
            }),
          },
      { facts: partnerCaseFacts(context, say) },
      { paragraph: say(keepTagSentence(caseId)) },
    ]),
    ...(data.forClient ? { firstLanguage: recommendation.client.preferredLanguage } : {}),
  };
}
