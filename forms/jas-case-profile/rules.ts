import { fieldProblem } from '../field-problem.js';
import type { FormRule } from '../form-definition.js';

/** A case number as the pipeline writes it: `JAS-2026-7K3Q9M` (Crockford's base32, no I, L, O or U). */
const CASE_NUMBER = /^JAS-\d{4}-[0-9A-HJKMNP-TV-Z]{6}$/i;

/** The profile names its case: the number is checked against the case it is sent about. */
export const caseNumberWellFormed: FormRule = (input, output) => {
  const value = input.value('case.number');
  if (typeof value === 'string' && !CASE_NUMBER.test(value.trim()))
    output.problem(
      fieldProblem(input.field('case.number'), 'INVALID_CASE_NUMBER', {
        en: 'must be the case number as the pipeline wrote it, such as JAS-2026-7K3Q9M.',
        fr: 'doit être le numéro de dossier tel que le pipeline l’a écrit, comme JAS-2026-7K3Q9M.',
      }),
    );
};
