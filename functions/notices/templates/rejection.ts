import type { BilingualText } from '../../../kernel/bilingual-text.js';
import type { NoticeBlock, NoticeContent } from '../notice-content.js';

export interface RejectionProblem {
  /** The whole sentence: a field's problem starts with the field's label (see `fieldProblem`), once. */
  readonly message: BilingualText;
}

export interface RejectedFile {
  readonly fileName: string;
  readonly formTitle?: BilingualText;
  readonly problems: readonly RejectionProblem[];
}

/** To the sender: the forms were not accepted, and exactly what to correct in each. */
export function rejection(files: readonly RejectedFile[]): NoticeContent {
  const describe = (file: RejectedFile, language: 'en' | 'fr'): NoticeBlock[] => {
    const form = file.formTitle ? `${file.formTitle[language]} — ` : '';
    return [
      { paragraph: `${form}${file.fileName}` },
      {
        list: file.problems.map((problem) => problem.message[language]),
      },
    ];
  };
  return {
    subject: {
      en: 'Form not accepted',
      fr: 'Formulaire non accepté',
    },
    body: {
      en: [
        {
          paragraph:
            'We could not accept what you sent. Nothing was added to a case file. Please correct the following and send the form again.',
        },
        ...files.flatMap((file) => describe(file, 'en')),
      ],
      fr: [
        {
          paragraph:
            'Nous n’avons pas pu accepter ce que vous avez envoyé. Rien n’a été ajouté à un dossier. Veuillez corriger ce qui suit et envoyer le formulaire de nouveau.',
        },
        ...files.flatMap((file) => describe(file, 'fr')),
      ],
    },
  };
}
