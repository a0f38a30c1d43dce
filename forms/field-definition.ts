import type { BilingualText } from '../kernel/bilingual-text.js';

/**
 * What a field holds, which decides the PDF widget, the validation and the typed value:
 * text kinds become strings, `checkbox` and `yes-no` become booleans, `number` becomes a number,
 * `radio` and `dropdown` become the code of one of `options`.
 */
export type FieldKind =
  | 'text'
  | 'name'
  | 'multiline'
  | 'date'
  | 'email'
  | 'phone'
  | 'uci'
  | 'number'
  | 'checkbox'
  | 'yes-no'
  | 'radio'
  | 'dropdown';

/** One choice of a radio group or dropdown: `code` is the export value written in the PDF. */
export interface FieldOption {
  readonly code: string;
  readonly label: BilingualText;
}

/** How much of the line a field's box takes on the blank PDF. */
export type FieldWidth = 'full' | 'half' | 'third' | 'quarter';

/** One field of a form. `name` is the PDF field name: the contract with the people who fill it. */
export interface FieldDefinition {
  /** PDF field name: stable ASCII, dotted to nest the typed data (`client.uci` → `data.client.uci`). */
  readonly name: string;
  readonly label: BilingualText;
  /** Id of the section (see {@link SectionDefinition}) the field is printed under. */
  readonly section: string;
  readonly kind: FieldKind;
  /** Required on every form; conditional requirements are the form's rules. */
  readonly required: boolean;
  /** Longest accepted value, in characters (text kinds). */
  readonly maxLength?: number;
  /** Choices of a `radio` or `dropdown` field. */
  readonly options?: readonly FieldOption[];
  /** Smallest and largest accepted value of a `number` field. */
  readonly min?: number;
  readonly max?: number;
  /** Printed under the label on the blank PDF (an example, a format). */
  readonly help?: BilingualText;
  /** Layout hint for the blank PDF; the default follows the kind. */
  readonly width?: FieldWidth;
  /** Height of a `multiline` box, in text lines. */
  readonly lines?: number;
}

/** A titled group of fields, printed in order. */
export interface SectionDefinition {
  readonly id: string;
  readonly title: BilingualText;
}
