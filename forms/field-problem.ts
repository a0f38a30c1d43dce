import type { BilingualText } from '../kernel/bilingual-text.js';

/**
 * Something wrong with one field, told to the sender. `field` is the PDF field name, `code` is
 * stable (tests and notices key on it), `message` names the field's label and the rule, never the
 * value typed (it may be personal information and may reach logs).
 */
export interface FieldProblem {
  readonly field: string;
  readonly label: BilingualText;
  readonly code: string;
  readonly message: BilingualText;
}

/** The part of a field a problem needs: its name and label. */
export interface ProblemSubject {
  readonly name: string;
  readonly label: BilingualText;
}

/**
 * Builds a problem whose message is the field's label followed by `rule`, a sentence fragment
 * in each language ("must be a real date…", « doit être une date réelle… »).
 */
export function fieldProblem(subject: ProblemSubject, code: string, rule: BilingualText): FieldProblem {
  return {
    field: subject.name,
    label: subject.label,
    code,
    message: {
      en: `${subject.label.en}: ${rule.en}`,
      // French typography puts a narrow no-break space before the colon, as the notices do.
      fr: `${subject.label.fr}\u202f: ${rule.fr}`,
    },
  };
}
