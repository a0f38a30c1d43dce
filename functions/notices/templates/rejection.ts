import type { BilingualText } from '../../domain/bilingual.js';
import type { NoticeContent } from '../notice-content.js';

export interface RejectionProblem {
  /** The field's label, or `undefined` when the problem is the whole document. */
  readonly label?: BilingualText;
  readonly message: BilingualText;
}

export interface RejectionData {
  readonly fileName: string;
  readonly formTitle?: BilingualText;
  readonly problems: readonly RejectionProblem[];
}

/** To the sender: the form was not accepted, and exactly what to correct. */
export function rejection(data: RejectionData): NoticeContent {
  const describe = (language: 'en' | 'fr') =>
    data.problems.map((problem) => (problem.label ? `${problem.label[language]} — ${problem.message[language]}` : problem.message[language]));
  return {
    subject: {
      en: 'JAS form not accepted: corrections needed',
      fr: 'Formulaire PAC non accepté : corrections requises',
    },
    body: {
      en: [
        { paragraph: `We could not accept ${data.formTitle ? `the ${data.formTitle.en}` : 'the document'} you sent (${data.fileName}). Nothing was added to a case file.` },
        { paragraph: 'Please correct the following and send the form again:' },
        { list: describe('en') },
      ],
      fr: [
        { paragraph: `Nous n’avons pas pu accepter ${data.formTitle ? `le formulaire « ${data.formTitle.fr} »` : 'le document'} que vous avez envoyé (${data.fileName}). Rien n’a été ajouté à un dossier.` },
        { paragraph: 'Veuillez corriger ce qui suit et envoyer le formulaire de nouveau :' },
        { list: describe('fr') },
      ],
    },
  };
}
