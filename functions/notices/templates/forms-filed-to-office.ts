import { bilingualBody } from '../bilingual-body.js';
import { irccCaseFacts } from '../case-reference.js';
import type { NoticeContent } from '../notice-content.js';
import type { NoticeContext } from '../notice-context.js';
import { keepTagSentence, taggedSubject } from '../tagged-subject.js';

export interface FormsFiledToOfficeData {
  /** Who sent them: a party to the case (its SPO or its sponsor). */
  readonly from: string;
  readonly count: number;
}

/**
 * To the local office: forms arrived without the case tag and joined the case by the client's UCI
 * written on them, so nobody would otherwise know they are in the file. They are attached.
 */
export function formsFiledToOffice(context: NoticeContext, data: FormsFiledToOfficeData): NoticeContent {
  const { caseId } = context.case;
  return {
    subject: taggedSubject(caseId, { en: 'Forms filed to the case', fr: 'Formulaires versés au dossier' }),
    body: bilingualBody((_language, say) => [
      {
        paragraph: say({
          en: `${data.from} sent ${data.count} form(s) without the case tag; they were filed to this case by the client’s UCI written on them, and are attached.`,
          fr: `${data.from} a envoyé ${data.count} formulaire(s) sans l’étiquette du dossier; ils ont été versés à ce dossier d’après l’IUC du client qui y est inscrit, et sont joints.`,
        }),
      },
      { facts: irccCaseFacts(context, say) },
      { paragraph: say(keepTagSentence(caseId)) },
    ]),
  };
}
