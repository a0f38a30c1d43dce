import * as z from 'zod';
import type { BilingualText } from '../kernel/bilingual-text.js';
import { parseCalendarDate } from './calendar-date.js';
import type { FieldDefinition } from './field-definition.js';
import { type FieldProblem, fieldProblem } from './field-problem.js';
import { RULES } from './field-rules.js';
import type { FieldValue } from './form-definition.js';

/** A UCI is 8 or 10 digits; people type it with spaces, hyphens or periods between groups. */
const UCI_SEPARATORS = /[\s.-]/g;
/** Letters of any script, combining marks, and the punctuation names carry. */
const NAME_SHAPE = /^[\p{L}\p{M}][\p{L}\p{M}\s'’.-]*$/u;
/** A phone number: optional +, digits with common separators, then an optional extension. */
const PHONE_SHAPE = /^\+?[\d\s().-]+?(?:\s*(?:ext\.?|x|poste|p\.)\s*\d{1,6})?$/i;
const PHONE_EXTENSION = /(?:ext\.?|x|poste|p\.)\s*\d{1,6}$/i;
const EMAIL = z.email();

type Check = (text: string) => { value: FieldValue } | { rule: BilingualText; code: string };

function normalizeUci(text: string): ReturnType<Check> {
  const digits = text.replace(UCI_SEPARATORS, '');
  return /^(\d{8}|\d{10})$/.test(digits) ? { value: digits } : { code: 'INVALID_UCI', rule: RULES.INVALID_UCI };
}

function normalizePhone(text: string): ReturnType<Check> {
  const digits = text.replace(PHONE_EXTENSION, '').replace(/\D/g, '');
  const valid = PHONE_SHAPE.test(text) && digits.length >= 10 && digits.length <= 15;
  return valid ? { value: text.replace(/\s+/g, ' ') } : { code: 'INVALID_PHONE', rule: RULES.INVALID_PHONE };
}

function checkFor(field: FieldDefinition): Check {
  switch (field.kind) {
    case 'uci':
      return normalizeUci;
    case 'date':
      return (text) => {
        const date = parseCalendarDate(text);
        return date ? { value: date } : { code: 'INVALID_DATE', rule: RULES.INVALID_DATE };
      };
    case 'email':
      return (text) =>
        EMAIL.safeParse(text).success ? { value: text } : { code: 'INVALID_EMAIL', rule: RULES.INVALID_EMAIL };
    case 'phone':
      return normalizePhone;
    case 'name':
      return (text) =>
        NAME_SHAPE.test(text)
          ? { value: text.replace(/\s+/g, ' ') }
          : { code: 'INVALID_NAME', rule: RULES.INVALID_NAME };
    case 'number':
      return (text) => {
        // Whole numbers, as people type amounts: "12 000 $", "$12,000"; "12,5" is refused, not read as 125.
        const compact = text.replace(/[\s$]/g, '');
        const digits = /^\d{1,3}(,\d{3})+$/.test(compact) ? compact.replace(/,/g, '') : compact;
        if (!/^[+-]?\d+$/.test(digits)) return { code: 'INVALID_NUMBER', rule: RULES.INVALID_NUMBER };
        const value = Number(digits);
        const min = field.min ?? Number.MIN_SAFE_INTEGER;
        const max = field.max ?? Number.MAX_SAFE_INTEGER;
        return value >= min && value <= max
          ? { value }
          : { code: 'NUMBER_OUT_OF_RANGE', rule: RULES.numberOutOfRange(min, max) };
      };
    case 'yes-no':
      return (text) =>
        text === 'yes'
          ? { value: true }
          : text === 'no'
            ? { value: false }
            : { code: 'INVALID_OPTION', rule: RULES.INVALID_OPTION };
    case 'radio':
    case 'dropdown':
      return (text) =>
        field.options?.some((option) => option.code === text)
          ? { value: text }
          : { code: 'INVALID_OPTION', rule: RULES.INVALID_OPTION };
    case 'checkbox':
    case 'text':
    case 'multiline':
      return (text) => ({ value: text });
  }
}

/**
 * The zod schema of one field, built from its definition: takes what the reader found (a string,
 * a boolean for checkboxes, nothing) and gives the normalized value (`undefined` when empty), or
 * issues whose `params` carry the problem code and the bilingual rule.
 */
export function fieldSchema(field: FieldDefinition): z.ZodType<FieldValue | undefined, unknown> {
  const check = checkFor(field);
  return z.unknown().transform((raw, ctx): FieldValue | undefined => {
    const report = (code: string, rule: BilingualText): typeof z.NEVER => {
      ctx.addIssue({ code: 'custom', message: rule.en, params: { problem: code, rule } });
      return z.NEVER;
    };
    if (field.kind === 'checkbox') {
      if (raw === true) return true;
      return field.required ? report('MUST_BE_CHECKED', RULES.MUST_BE_CHECKED) : false;
    }
    const text = typeof raw === 'string' ? raw.trim() : '';
    if (text === '') return field.required ? report('REQUIRED', RULES.REQUIRED) : undefined;
    if (field.maxLength !== undefined && text.length > field.maxLength)
      return report('TOO_LONG', RULES.tooLong(field.maxLength));
    const result = check(text);
    return 'value' in result ? result.value : report(result.code, result.rule);
  });
}

/** Validates one field: its normalized value, or the problems that name its label. */
export function validateField(
  field: FieldDefinition,
  raw: string | boolean | undefined,
): { value: FieldValue | undefined } | { problems: FieldProblem[] } {
  const result = fieldSchema(field).safeParse(raw);
  if (result.success) return { value: result.data };
  return {
    problems: result.error.issues.map((issue) => {
      const params = (issue as { params?: { problem?: string; rule?: BilingualText } }).params;
      return fieldProblem(
        field,
        params?.problem ?? 'INVALID',
        params?.rule ?? { en: issue.message, fr: issue.message },
      );
    }),
  };
}
