import { bilingualBody } from '../bilingual-body.js';
import { partnerCaseFacts } from '../case-reference.js';
import type { NoticeContent } from '../notice-content.js';
import type { NoticeContext } from '../notice-context.js';
import { keepTagSentence, taggedSubject } from '../tagged-subject.js';

export interface DecisionToSubmitterData {
  readonly decision: 'designated' | 'declined';
}

/** To the SPO or sponsoring group that submitted the recommendation: IRCC's decision, plainly. */
export function decisionToSubmitter(context: NoticeContext, data: DecisionToSubmitterData): NoticeContent {
  const { caseId } = context.case;
  const designated = data.decision === 'designated';
  return {
    subject: taggedSubject(
      caseId,
      designated
        ? {
            en: 'JAS recommendation accepted: the case is designated as JAS',
            fr: 'Recommandation PAC acceptée\u202f: le cas est désigné comme PAC',
          }
        : { en: 'JAS recommendation not accepted', fr: 'Recommandation PAC non acceptée' },
    ),
    body: bilingualBody((_language, say) => [
      designated
        ? {
            paragraph: say({
              en: 'IRCC designated the client’s case as a Joint Assistance Sponsorship (JAS) case, as you recommended. Next, a sponsor is confirmed or found; once the sponsorship is approved, you will be asked to hold a case conference with the sponsor.',
              fr: 'IRCC a désigné le cas du client comme cas du parrainage d’aide conjointe (PAC), comme vous l’avez recommandé. Un répondant sera ensuite confirmé ou trouvé; une fois le parrainage approuvé, on vous demandera de tenir une conférence de cas avec le répondant.',
            }),
          }
        : {
            paragraph: say({
              en: 'IRCC decided not to designate the client’s case as a Joint Assistance Sponsorship (JAS) case. The client keeps the support they receive now.',
              fr: 'IRCC a décidé de ne pas désigner le cas du client comme cas du parrainage d’aide conjointe (PAC). Le client conserve le soutien qu’il reçoit actuellement.',
            }),
          },
      { facts: partnerCaseFacts(context, say) },
      {
        paragraph: say({
          en: `For questions, write to the IRCC office in ${context.officeName.en}.`,
          fr: `Pour toute question, écrivez au bureau d’IRCC à ${context.officeName.fr}.`,
        }),
      },
      { paragraph: say(keepTagSentence(caseId)) },
    ]),
  };
}
