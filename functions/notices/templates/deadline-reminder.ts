import { bilingualBody } from '../bilingual-body.js';
import { partnerCaseFacts } from '../case-reference.js';
import type { NoticeContent } from '../notice-content.js';
import type { NoticeContext } from '../notice-context.js';
import { keepTagSentence, taggedSubject } from '../tagged-subject.js';

export interface DeadlineReminderData {
  /** The last day to submit (YYYY-MM-DD): 8 months after the client's arrival. */
  readonly deadline: string;
}

/** To the SPO (OB 646 step 1): the 8-month recommendation deadline of a GAR case approaches. */
export function deadlineReminder(context: NoticeContext, data: DeadlineReminderData): NoticeContent {
  const { caseId } = context.case;
  return {
    subject: taggedSubject(caseId, {
      en: `Deadline ${data.deadline}`,
      fr: `Date limite ${data.deadline}`,
    }),
    body: bilingualBody((_language, say) => [
      {
        paragraph: say({
          en: `Recommendations for government-assisted refugee cases must reach the local IRCC office within 8 months of the client’s arrival in Canada. For this case, the deadline is ${data.deadline}. After it, a recommendation is considered only in exceptional circumstances or when a sponsor is already identified.`,
          fr: `Les recommandations pour les cas de réfugiés pris en charge par le gouvernement doivent parvenir au bureau local d’IRCC dans les 8 mois suivant l’arrivée du client au Canada. Pour ce cas, la date limite est le ${data.deadline}. Après cette date, une recommandation n’est examinée que dans des circonstances exceptionnelles ou si un répondant est déjà identifié.`,
        }),
      },
      { facts: partnerCaseFacts(context, say) },
      {
        paragraph: say({
          en: `If anything is still to be sent for this case (a corrected form, information the office asked for), send it before ${data.deadline} by replying to this message.`,
          fr: `S’il reste quelque chose à envoyer pour ce cas (un formulaire corrigé, des renseignements demandés par le bureau), envoyez-le avant le ${data.deadline} en répondant à ce message.`,
        }),
      },
      { paragraph: say(keepTagSentence(caseId)) },
    ]),
  };
}
