import type { BilingualText } from '../domain/bilingual.js';
import { subjectTag } from '../domain/case-tag.js';

/** A subject in both languages, each starting with the case tag so replies join the case. */
export function taggedSubject(caseId: string, subject: BilingualText): BilingualText {
  const tag = subjectTag(caseId);
  return { en: `${tag} ${subject.en}`, fr: `${tag} ${subject.fr}` };
}
