import * as z from 'zod';
import type { FieldDefinition } from './field-definition.js';

/**
 * A form's valid data is typed from its field definitions, the single source: each dotted field
 * name is a path (`client.uci` → `data.client.uci`), numbered rows (`members.1.name`) make arrays,
 * and each kind has its value type. `formDataSchema` builds the zod schema of that data, so the
 * type is `z.infer` of the schema and the reader checks, at run time, that what it built matches.
 */

/** The fields of a form, their names, kinds, requirement and options kept literal (`as const`). */
export function defineFields<const Fields extends readonly FieldDefinition[]>(fields: Fields): Fields {
  return fields;
}

/** The value a valid field gives: see `FieldKind`. A required checkbox is always checked. */
type ValueOf<Field extends FieldDefinition> = Field extends { kind: 'checkbox'; required: true }
  ? true
  : Field extends { kind: 'checkbox' | 'yes-no' }
    ? boolean
    : Field extends { kind: 'number' }
      ? number
      : Field extends { kind: 'radio' | 'dropdown'; options: readonly (infer Option)[] }
        ? Option extends { code: infer Code }
          ? Code
          : never
        : string;

/** A checkbox always has a value (false when unchecked); other fields only when required. */
type IsPresent<Field extends FieldDefinition> = Field extends { kind: 'checkbox' }
  ? true
  : Field extends { required: true }
    ? true
    : false;

interface Leaf {
  readonly name: string;
  readonly value: unknown;
  readonly present: boolean;
}

/** One leaf per name: a field whose name is a union (built from a list of ids) is one leaf per id. */
type LeafOf<Field> = Field extends FieldDefinition
  ? Field['name'] extends infer Name extends string
    ? Name extends string
      ? { name: Name; value: ValueOf<Field>; present: IsPresent<Field> }
      : never
    : never
  : never;

type Head<Name extends string> = Name extends `${infer First}.${string}` ? First : Name;

type Below<Leaves extends Leaf, Key extends string> = Leaves extends { name: `${Key}.${infer Rest}` }
  ? { name: Rest; value: Leaves['value']; present: Leaves['present'] }
  : never;

type PresentHeads<Leaves extends Leaf> = Leaves extends { present: true } ? Head<Leaves['name']> : never;

type Child<Leaves extends Leaf, Key extends string> = [Extract<Leaves, { name: Key }>] extends [never]
  ? Node<Below<Leaves, Key>>
  : Extract<Leaves, { name: Key }>['value'];

type Flatten<Shape> = { [Key in keyof Shape]: Shape[Key] } & {};

type ObjectNode<Leaves extends Leaf> = Flatten<
  { [Key in PresentHeads<Leaves>]: Child<Leaves, Key> } & {
    [Key in Exclude<Head<Leaves['name']>, PresentHeads<Leaves>>]?: Child<Leaves, Key>;
  }
>;

type Node<Leaves extends Leaf> = [Head<Leaves['name']>] extends [`${number}`]
  ? { [Row in Head<Leaves['name']>]: ObjectNode<Below<Leaves, Row>> }[Head<Leaves['name']>][]
  : ObjectNode<Leaves>;

/** The typed data of a valid form with these fields. */
export type FormData<Fields extends readonly FieldDefinition[]> = Node<LeafOf<Fields[number]>>;

function valueSchema(field: FieldDefinition): z.ZodType {
  switch (field.kind) {
    case 'checkbox':
      return field.required ? z.literal(true) : z.boolean();
    case 'yes-no':
      return z.boolean();
    case 'number':
      return z.number();
    case 'radio':
    case 'dropdown':
      return z.enum((field.options ?? []).map((option) => option.code) as [string, ...string[]]);
    default:
      return z.string();
  }
}

interface PathEntry {
  readonly path: readonly string[];
  readonly field: FieldDefinition;
}

const isPresent = (field: FieldDefinition): boolean => field.kind === 'checkbox' || field.required;

function nodeSchema(entries: readonly PathEntry[]): z.ZodType {
  const heads = [...new Set(entries.map((entry) => entry.path[0]!))];
  const below = (head: string) =>
    entries
      .filter((entry) => entry.path[0] === head && entry.path.length > 1)
      .map((entry) => ({ ...entry, path: entry.path.slice(1) }));
  if (heads.every((head) => /^\d+$/.test(head))) {
    const rows = heads.map((head) => nodeSchema(below(head)));
    return z.array(rows.length === 1 ? rows[0]! : z.union(rows as [z.ZodType, z.ZodType, ...z.ZodType[]]));
  }
  const shape: Record<string, z.ZodType> = {};
  for (const head of heads) {
    const leaf = entries.find((entry) => entry.path[0] === head && entry.path.length === 1);
    const schema = leaf ? valueSchema(leaf.field) : nodeSchema(below(head));
    const present = entries.some((entry) => entry.path[0] === head && isPresent(entry.field));
    shape[head] = present ? schema : schema.optional();
  }
  return z.object(shape);
}

/** The zod schema of a form's valid data, built from its fields; its `z.infer` is `FormData<Fields>`. */
export function formDataSchema<const Fields extends readonly FieldDefinition[]>(
  fields: Fields,
): z.ZodType<FormData<Fields>> {
  // What the builder makes at run time is what `FormData` says at compile time: the unit tests parse every sample with it.
  return nodeSchema(fields.map((field) => ({ path: field.name.split('.'), field }))) as z.ZodType<FormData<Fields>>;
}
