import type { BilingualText } from '../../kernel/bilingual-text.js';
import { subjectTag } from '../domain/case-tag.js';

/** A subject in both languages, each starting with the case tag so replies join the case. */
export function taggedSubject(caseId: string, subject: BilingualText): BilingualText {
  const tag = subjectTag(caseId);
  return { en: `${tag} ${subject.en}`, fr: `${tag} ${subject.fr}` };
}

/** The sentence that keeps replies in the case file. */
export function keepTagSentence(caseId: string): BilingualText {
  const tag = subjectTag(caseId);
  return {
    en: `Keep ${tag} in the subject of every message about this case, so it reaches the case file.`,
    fr: `Gardez ${tag} dans l’objet de chaque message au sujet de ce dossier, afin qu’il soit versé au dossier.`,
  };
}
