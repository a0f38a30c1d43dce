import { bilingualBody } from '../bilingual-body.js';
import { irccCaseFacts } from '../case-reference.js';
import type { NoticeContent } from '../notice-content.js';
import type { NoticeContext } from '../notice-context.js';
import { actionLinks } from '../reply-links.js';
import { taggedSubject } from '../tagged-subject.js';

export interface InfoReceivedData {
  /** Who answered. */
  readonly from: string;
  /** Their answer, as written; may be empty when they only attached a corrected form. */
  readonly note: string;
}

/** To the local office (OB 646 step 2): the SPO answered the request for information; the review resumes. */
export function infoReceived(context: NoticeContext, data: InfoReceivedData): NoticeContent {
  const { caseId } = context.case;
  return {
    subject: taggedSubject(caseId, {
      en: 'SPO’s answer',
      fr: 'Réponse du FS',
    }),
    body: bilingualBody((language, say) => [
      {
        paragraph: say({
          en: `${data.from} answered your request for information. Their answer:`,
          fr: `${data.from} a répondu à votre demande de renseignements. Sa réponse\u202f:`,
        }),
      },
      {
        paragraph:
          data.note.trim() ||
          say({
            en: '(no text: see the case file for any corrected form)',
            fr: '(aucun texte\u202f: voir le dossier pour tout formulaire corrigé)',
          }),
      },
      { facts: irccCaseFacts(context, say) },
      ...actionLinks(context.replyAddress, caseId, language, [
        'RECOMMEND',
        { kind: 'REQUEST_INFO', bodyHint: { en: 'Question: ', fr: 'Question\u202f: ' } },
      ]),
    ]),
  };
}
