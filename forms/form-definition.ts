import type * as z from 'zod';
import type { BilingualText } from '../kernel/bilingual-text.js';
import type { FieldDefinition, SectionDefinition } from './field-definition.js';
import type { FieldProblem } from './field-problem.js';

/** A field's value once validated: text kinds and codes as strings, checkboxes and yes/no as booleans. */
export type FieldValue = string | boolean | number;

/** What a form rule sees: the values that passed their own field's validation. */
/** When a form arrived. */
export interface FormReceipt {
  /** The date the form was received (`YYYY-MM-DD`, in the deployment's time zone), the reference for deadlines and "not in the future". */
  readonly receivedOn: string;
  /** The instant the email arrived (ISO 8601), when known: a rule that counts in the office's own time zone dates it there. */
  readonly receivedAt?: string;
}

export interface RuleInput extends FormReceipt {
  /** The valid value of a field, or `undefined` when it is empty or invalid. */
  value(name: string): FieldValue | undefined;
  /** True when nothing was entered (an invalid entry is not empty: it already has its problem). */
  isEmpty(name: string): boolean;
  /** The definition of a field of this form (throws on a name the form does not have: a code bug). */
  field(name: string): FieldDefinition;
}

/** What form rules report: problems reject the form, warnings and flags go to the officer. */
export interface RuleOutput {
  problem(problem: FieldProblem): void;
  warning(problem: FieldProblem): void;
  flag(flag: string): void;
  /** Leaves a field out of the typed data (an answer that does not apply). */
  ignore(name: string): void;
}

/** A rule across fields (conditional requirements, deadlines). */
export type FormRule = (input: RuleInput, output: RuleOutput) => void;

/**
 * One form: its identity, its fields (the single source for PDF, validation, messages and the
 * typed data) and rules.
 */
export interface FormDefinition<Id extends string = string, Data = unknown> {
  readonly id: Id;
  /** Current version, `YYYY.N`; embedded in the PDF and compared on reading. */
  readonly version: string;
  readonly title: BilingualText;
  readonly sections: readonly SectionDefinition[];
  readonly fields: readonly FieldDefinition[];
  readonly rules: readonly FormRule[];
  /** The schema of the form's valid data, built from `fields` (see form-data-schema.ts). */
  readonly data: z.ZodType<Data>;
}
