import type { FieldDefinition } from './field-definition.js';
import type { FieldProblem } from './field-problem.js';
import { validateField } from './field-schema.js';
import type { FieldValue, FormDefinition, FormReceipt, RuleInput, RuleOutput } from './form-definition.js';
import { nestValues } from './nest-values.js';
import { type FormId, type TypedFormData, typedFormData } from './registry.js';

/** The outcome of validating a form's values: its typed data, or the problems that prevent it. */
export type FormValidation<Id extends FormId = FormId> =
  | ({ ok: true; flags: string[]; warnings: FieldProblem[] } & TypedFormData<Id>)
  | { ok: false; problems: FieldProblem[]; flags: string[]; warnings: FieldProblem[] };

/**
 * Validates the values read from a form: every field against its own definition, then the form's
 * rules across fields. All problems are collected, so the sender can fix everything in one go.
 */
export function validateForm<Id extends FormId>(
  form: FormDefinition<Id>,
  values: Readonly<Record<string, string | boolean>>,
  context: FormReceipt,
): FormValidation<Id> {
  const parsed = new Map<string, FieldValue | undefined>();
  const invalid = new Set<string>();
  const problems: FieldProblem[] = [];
  const warnings: FieldProblem[] = [];
  const flags: string[] = [];
  const ignored = new Set<string>();
  const byName = new Map<string, FieldDefinition>(form.fields.map((field) => [field.name, field]));
  const fieldNamed = (name: string): FieldDefinition => {
    const field = byName.get(name);
    if (!field) throw new Error(`Form ${form.id} has no field named ${name}`);
    return field;
  };

  for (const field of form.fields) {
    const result = validateField(field, values[field.name]);
    if ('problems' in result) {
      invalid.add(field.name);
      problems.push(...result.problems);
    } else {
      parsed.set(field.name, result.value);
    }
  }

  const input: RuleInput = {
    value: (name) => parsed.get(name),
    // An unchecked checkbox is empty; a "no" to a yes/no question is an answer.
    isEmpty: (name) =>
      !invalid.has(name) &&
      (fieldNamed(name).kind === 'checkbox' ? parsed.get(name) !== true : parsed.get(name) === undefined),
    field: fieldNamed,
    receivedOn: context.receivedOn,
    ...(context.receivedAt && { receivedAt: context.receivedAt }),
  };
  const output: RuleOutput = {
    problem: (problem) => problems.push(problem),
    warning: (problem) => warnings.push(problem),
    flag: (flag) => {
      if (!flags.includes(flag)) flags.push(flag);
    },
    ignore: (name) => ignored.add(name),
  };
  for (const rule of form.rules) rule(input, output);

  if (problems.length > 0) return { ok: false, problems, flags, warnings };
  for (const name of ignored) parsed.delete(name);
  return { ok: true, ...typedFormData(form.id, nestValues(parsed)), flags, warnings };
}
