import type { FieldDefinition } from './field-definition.js';
import { type FieldProblem, fieldProblem } from './field-problem.js';
import { RULES } from './field-rules.js';
import type { PdfField } from './pdf/read-acroform-fields.js';
import type { PdfFields } from './read-pdf-fields.js';

const YES_NO_WORDS: Record<string, 'yes' | 'no'> = {
  yes: 'yes',
  oui: 'yes',
  y: 'yes',
  o: 'yes',
  no: 'no',
  non: 'no',
  n: 'no',
};
/** Text a tool may write into a checkbox that means "not checked". */
const UNCHECKED_TEXT = ['', 'off', 'no', 'non', 'false', '0'];

const fold = (text: string): string => text.normalize('NFC').trim().toLowerCase();

/**
 * Maps what a tool stored in a radio group or dropdown back to one of the field's codes: the
 * export value itself, or a display value (the PDF's `/Opt`, or our bilingual labels), compared
 * without case. Unknown text is returned as is, for validation to reject by label.
 */
function toOptionCode(definition: FieldDefinition, text: string, pdfField: PdfField | undefined): string {
  const wanted = fold(text);
  const exported = pdfField?.options?.find(
    (option) => fold(option.display) === wanted && option.display !== option.value,
  )?.value;
  const candidates = exported === undefined ? [wanted] : [fold(exported), wanted];
  if (definition.kind === 'yes-no') {
    for (const candidate of candidates) {
      const answer = YES_NO_WORDS[candidate] ?? YES_NO_WORDS[candidate.split(/\s*\/\s*/)[0] ?? ''];
      if (answer) return answer;
    }
    return text;
  }
  for (const candidate of candidates) {
    const option = definition.options?.find(
      (choice) =>
        fold(choice.code) === candidate ||
        fold(choice.label.en) === candidate ||
        fold(choice.label.fr) === candidate ||
        fold(`${choice.label.en} / ${choice.label.fr}`) === candidate,
    );
    if (option) return option.code;
  }
  return text;
}

function toValue(definition: FieldDefinition, pdfField: PdfField | undefined): string | boolean {
  const raw = pdfField?.value;
  if (definition.kind === 'checkbox') {
    return typeof raw === 'boolean' ? raw : typeof raw === 'string' ? !UNCHECKED_TEXT.includes(fold(raw)) : false;
  }
  const text = Array.isArray(raw) ? raw.join(', ') : typeof raw === 'boolean' ? (raw ? 'yes' : '') : (raw ?? '');
  if (text.trim() === '') return '';
  return ['radio', 'dropdown', 'yes-no'].includes(definition.kind) ? toOptionCode(definition, text, pdfField) : text;
}

/**
 * The values of a form's fields as read from a PDF, keyed by field name: strings for text,
 * radio and dropdown fields (option codes when recognised), booleans for checkboxes, `''` or
 * `false` for fields left empty or missing. Fields that could not be read are reported by label:
 * as problems when required, as warnings otherwise.
 */
export function formValues(
  fields: readonly FieldDefinition[],
  pdf: Pick<PdfFields, 'fields' | 'unreadable'>,
): { values: Record<string, string | boolean>; problems: FieldProblem[]; warnings: FieldProblem[] } {
  const byName = new Map(pdf.fields.map((field) => [field.name, field]));
  const unreadable = new Set(pdf.unreadable.map((field) => field.name));
  const values: Record<string, string | boolean> = {};
  const problems: FieldProblem[] = [];
  const warnings: FieldProblem[] = [];
  for (const definition of fields) {
    values[definition.name] = toValue(definition, byName.get(definition.name));
    if (unreadable.has(definition.name)) {
      (definition.required ? problems : warnings).push(
        fieldProblem(definition, 'FIELD_UNREADABLE', RULES.FIELD_UNREADABLE),
      );
    }
  }
  return { values, problems, warnings };
}
