import type { BilingualText } from '../kernel/bilingual-text.js';
import { fieldProblem } from './field-problem.js';
import { RULES } from './field-rules.js';
import type { FormRule, RuleInput } from './form-definition.js';

/** Dates that cannot be later than the day the form was received (no future dates). */
export function notAfterReceipt(...names: string[]): FormRule {
  return (input, output) => {
    for (const name of names) {
      const date = input.value(name);
      if (typeof date === 'string' && date > input.receivedOn)
        output.problem(fieldProblem(input.field(name), 'DATE_IN_FUTURE', RULES.DATE_IN_FUTURE));
    }
  };
}

/** A date that cannot be earlier than another date of the same form. */
export function onOrAfter(name: string, earlierName: string): FormRule {
  return (input, output) => {
    const date = input.value(name);
    const earlier = input.value(earlierName);
    if (typeof date === 'string' && typeof earlier === 'string' && date < earlier) {
      output.problem(fieldProblem(input.field(name), 'DATE_BEFORE', RULES.dateBefore(input.field(earlierName).label)));
    }
  };
}

/** Fields that become required when `applies` holds; `condition` says when, in both languages. */
export function requiredWhen(
  applies: (input: RuleInput) => boolean,
  condition: BilingualText,
  ...names: string[]
): FormRule {
  return (input, output) => {
    if (!applies(input)) return;
    for (const name of names) {
      if (input.isEmpty(name))
        output.problem(fieldProblem(input.field(name), 'REQUIRED', RULES.requiredWhen(condition)));
    }
  };
}

/** Fields that only apply when `applies` holds: otherwise an answer is ignored, with a warning. */
export function onlyWhen(
  applies: (input: RuleInput) => boolean,
  condition: BilingualText,
  ...names: string[]
): FormRule {
  return (input, output) => {
    if (applies(input)) return;
    for (const name of names) {
      if (!input.isEmpty(name)) {
        output.warning(fieldProblem(input.field(name), 'NOT_APPLICABLE', RULES.notApplicable(condition)));
        output.ignore(name);
      }
    }
  };
}

/** At least one of a group of checkboxes must be checked; the problem is reported on the first. */
export function atLeastOneChecked(rule: BilingualText, code: string, ...names: string[]): FormRule {
  return (input, output) => {
    const first = names[0];
    if (first !== undefined && names.every((name) => input.value(name) !== true))
      output.problem(fieldProblem(input.field(first), code, rule));
  };
}

/** In a table of rows, a row that has anything filled in needs its `required` columns too. */
export function completeRows(
  rows: readonly { readonly all: readonly string[]; readonly required: readonly string[] }[],
): FormRule {
  return (input, output) => {
    for (const row of rows) {
      if (row.all.every((name) => input.isEmpty(name))) continue;
      for (const name of row.required) {
        if (input.isEmpty(name))
          output.problem(
            fieldProblem(
              input.field(name),
              'REQUIRED',
              RULES.requiredWhen({ en: 'its row is filled in', fr: 'sa ligne est remplie' }),
            ),
          );
      }
    }
  };
}
