import type { FieldDefinition } from './field-definition.js';
import type { FormDefinition } from './form-definition.js';

/** Values {@link fillForm} accepts: by field name, strings, and booleans for checkboxes and yes/no. */
export type FillValues = Record<string, string | boolean>;

/** What a value of each kind may be in JSON, said the way the error messages say it. */
function expected(field: FieldDefinition): string {
  switch (field.kind) {
    case 'checkbox':
      return 'true or false';
    case 'yes-no':
      return 'true, false, "yes" or "no"';
    case 'radio':
    case 'dropdown':
      return `one of ${(field.options ?? []).map((option) => JSON.stringify(option.code)).join(', ')}`;
    case 'number':
      return 'a whole number';
    default:
      return 'text';
  }
}

function convert(field: FieldDefinition, value: unknown): string | boolean | undefined {
  switch (field.kind) {
    case 'checkbox':
      return typeof value === 'boolean' ? value : undefined;
    case 'yes-no':
      if (typeof value === 'boolean') return value;
      return value === 'yes' || value === 'no' || value === '' ? value : undefined;
    case 'radio':
    case 'dropdown':
      return typeof value === 'string' && (value === '' || field.options?.some((option) => option.code === value))
        ? value
        : undefined;
    case 'number':
      if (typeof value === 'number' && Number.isInteger(value)) return String(value);
      return typeof value === 'string' ? value : undefined;
    default:
      return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
  }
}

/** The field names closest to a misspelt one, for "did you mean". */
function closest(name: string, fields: readonly FieldDefinition[]): string | undefined {
  const distance = (a: string, b: string): number => {
    const row = Array.from({ length: b.length + 1 }, (_, index) => index);
    for (let i = 1; i <= a.length; i += 1) {
      let previous = row[0]!;
      row[0] = i;
      for (let j = 1; j <= b.length; j += 1) {
        const current = row[j]!;
        row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
        previous = current;
      }
    }
    return row[b.length]!;
  };
  const best = fields
    .map((field) => ({ name: field.name, distance: distance(name.toLowerCase(), field.name.toLowerCase()) }))
    .sort((a, b) => a.distance - b.distance)[0];
  return best && best.distance <= Math.max(2, Math.floor(name.length / 4)) ? best.name : undefined;
}

/**
 * Checks values given as JSON (an object keyed by the form's field names, as `jas forms fields`
 * lists them) against the form's fields: every key must be a field, every value of the field's
 * kind (text, `true`/`false` for checkboxes, an option code for choices). Returns the values ready
 * for {@link fillForm}, or one problem per bad key, each naming the field and what it expects.
 * Whether the values make a valid form is the reader's business (`validateForm`), not this.
 */
export function checkFillValues(
  form: FormDefinition,
  input: unknown,
): { ok: true; values: FillValues } | { ok: false; problems: string[] } {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return {
      ok: false,
      problems: ['the values must be one JSON object, keyed by field name (see `jas forms fields TYPE`)'],
    };
  const byName = new Map(form.fields.map((field) => [field.name, field]));
  const values: FillValues = {};
  const problems: string[] = [];
  for (const [name, value] of Object.entries(input)) {
    const field = byName.get(name);
    if (!field) {
      const suggestion = closest(name, form.fields);
      problems.push(`${name}: ${form.id} has no such field${suggestion ? ` (did you mean ${suggestion}?)` : ''}`);
      continue;
    }
    if (value === null) continue;
    const converted = convert(field, value);
    if (converted === undefined) {
      problems.push(`${name} (${field.label.en}): expected ${expected(field)}, got ${JSON.stringify(value)}`);
      continue;
    }
    values[name] = converted;
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, values };
}
