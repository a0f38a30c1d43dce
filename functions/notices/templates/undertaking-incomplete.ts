import { bilingualBody } from '../bilingual-body.js';
import { partnerCaseFacts } from '../case-reference.js';
import { formTitle } from '../form-title.js';
import type { NoticeContent } from '../notice-content.js';
import type { NoticeContext } from '../notice-context.js';
import { keepTagSentence, taggedSubject } from '../tagged-subject.js';

export interface UndertakingIncompleteData {
  /** Form ids received so far. */
  readonly received: readonly string[];
  /** Form ids still to send. */
  readonly missing: readonly string[];
}

/** To the sponsor (OB 646 step 6): the undertaking is not complete yet; which forms arrived and which are missing. */
export function undertakingIncomplete(context: NoticeContext, data: UndertakingIncompleteData): NoticeContent {
  const { caseId } = context.case;
  return {
    subject: taggedSubject(caseId, {
      en: 'Forms missing',
      fr: 'Formulaires manquants',
    }),
    body: bilingualBody((_language, say) => [
      {
        paragraph: say({
          en: 'Thank you: we received part of the sponsorship undertaking. ROC-O can review it once every form has arrived.',
          fr: 'Merci\u202f: nous avons reçu une partie de l’engagement de parrainage. Le COR-O pourra l’examiner une fois tous les formulaires reçus.',
        }),
      },
      { facts: partnerCaseFacts(context, say) },
      { paragraph: say({ en: 'Received:', fr: 'Reçus\u202f:' }) },
      { list: data.received.length > 0 ? data.received.map((id) => say(formTitle(id))) : ['—'] },
      { paragraph: say({ en: 'Still missing:', fr: 'Manquants\u202f:' }) },
      { list: data.missing.map((id) => say(formTitle(id))) },
      {
        paragraph: say({
          en: 'Reply to this message with the missing forms attached (the filled PDF files themselves), keeping the case tag in the subject.',
          fr: 'Répondez à ce message en joignant les formulaires manquants (les fichiers PDF remplis eux-mêmes), en gardant l’étiquette du dossier dans l’objet.',
        }),
      },
      { paragraph: say(keepTagSentence(caseId)) },
    ]),
  };
}
