import { bilingualBody } from '../bilingual-body.js';
import type { NoticeContent } from '../notice-content.js';
import type { NoticeContext } from '../notice-context.js';
import { keepTagSentence, taggedSubject } from '../tagged-subject.js';

export interface RstpMessageToRocOData {
  readonly from: string;
  /** What RSTP wrote, above any quoted history. */
  readonly note: string;
}

/**
 * To ROC-O (OB 646 step 5: ROC-O liaises with RSTP): RSTP replied about a case it promotes with a
 * message that is no action. The original is attached. Case number only: the case is de-identified
 * for RSTP, and so is this thread.
 */
export function rstpMessageToRocO(context: NoticeContext, data: RstpMessageToRocOData): NoticeContent {
  const { caseId } = context.case;
  return {
    subject: taggedSubject(caseId, { en: 'Message from RSTP', fr: 'Message du PFPR' }),
    body: bilingualBody((_language, say) => [
      {
        paragraph: say({
          en: `RSTP (${data.from}) wrote about this case, which it promotes; the message is attached. If a sponsor was found, reply SPONSOR FOUND with the group’s name and address.`,
          fr: `Le PFPR (${data.from}) a écrit au sujet de ce cas, dont il fait la promotion; le message est joint. Si un répondant a été trouvé, répondez RÉPONDANT TROUVÉ avec le nom et l’adresse du groupe.`,
        }),
      },
      ...(data.note.trim() ? [{ paragraph: data.note.trim() }] : []),
      { facts: [[say({ en: 'Case number', fr: 'Numéro de dossier' }), caseId]] },
      { paragraph: say(keepTagSentence(caseId)) },
    ]),
  };
}
