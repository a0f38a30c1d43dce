import { bilingualBody } from '../bilingual-body.js';
import { partnerCaseFacts } from '../case-reference.js';
import type { NoticeContent } from '../notice-content.js';
import type { NoticeContext } from '../notice-context.js';
import { plainReplyLink } from '../reply-links.js';
import { keepTagSentence, taggedSubject } from '../tagged-subject.js';

export interface InfoRequestData {
  /** The officer's question, as written. */
  readonly question: string;
}

/** To the SPO that submitted (OB 646 step 2): the local office needs more information, and how to answer. */
export function infoRequest(context: NoticeContext, data: InfoRequestData): NoticeContent {
  const { caseId } = context.case;
  return {
    subject: taggedSubject(caseId, {
      en: 'Information requested',
      fr: 'Renseignements demandés',
    }),
    body: bilingualBody((language, say) => [
      {
        paragraph: say({
          en: `The IRCC office in ${context.officeName.en} is reviewing your JAS In-Canada Recommendation Form and asks:`,
          fr: `Le bureau d’IRCC à ${context.officeName.fr} examine votre formulaire de recommandation PAC au Canada et demande\u202f:`,
        }),
      },
      { paragraph: data.question.trim() || '—' },
      { facts: partnerCaseFacts(context, say) },
      {
        paragraph: say({
          en: 'To answer, reply to this message and keep the case tag in the subject. If the form itself needs a correction, attach the corrected JAS In-Canada Recommendation Form (the PDF file, not a scan): it replaces the one you sent.',
          fr: 'Pour répondre, répondez à ce message en gardant l’étiquette du dossier dans l’objet. Si le formulaire lui-même doit être corrigé, joignez le formulaire de recommandation PAC au Canada corrigé (le fichier PDF, pas une numérisation)\u202f: il remplace celui que vous avez envoyé.',
        }),
      },
      plainReplyLink(
        context.replyAddress,
        caseId,
        language,
        { en: 'Answer to the information request', fr: 'Réponse à la demande de renseignements' },
        { en: 'Write your answer', fr: 'Rédiger votre réponse' },
      ),
      { paragraph: say(keepTagSentence(caseId)) },
    ]),
  };
}
