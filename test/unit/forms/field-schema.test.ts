import { describe, expect, it } from 'vitest';
import type { FieldDefinition } from '../../../forms/field-definition.js';
import { validateField } from '../../../forms/field-schema.js';

const label = { en: 'Thing', fr: 'Chose' };
const field = (kind: FieldDefinition['kind'], extra: Partial<FieldDefinition> = {}): FieldDefinition => ({
  name: 'x',
  section: 's',
  label,
  kind,
  required: true,
  ...extra,
});
const fieldValueOf = (definition: FieldDefinition, raw: string | boolean | undefined) => validateField(definition, raw);
const codeOf = (definition: FieldDefinition, raw: string | boolean | undefined): string | undefined => {
  const result = validateField(definition, raw);
  return 'problems' in result ? result.problems[0]?.code : undefined;
};

describe('validateField', () => {
  it('accepts UCIs of 8 or 10 digits with separators and keeps the digits only', () => {
    expect(fieldValueOf(field('uci'), '1234-5678')).toEqual({ value: '12345678' });
    expect(fieldValueOf(field('uci'), '12 3456 7890')).toEqual({ value: '1234567890' });
    expect(fieldValueOf(field('uci'), '12.34.56.78')).toEqual({ value: '12345678' });
    expect(codeOf(field('uci'), '123456789')).toBe('INVALID_UCI');
    expect(codeOf(field('uci'), '1234567A')).toBe('INVALID_UCI');
  });

  it('normalizes real dates and rejects impossible ones', () => {
    expect(fieldValueOf(field('date'), '2026/1/9')).toEqual({ value: '2026-01-09' });
    expect(codeOf(field('date'), '2026-02-30')).toBe('INVALID_DATE');
  });

  it('checks emails, phones and names', () => {
    expect(fieldValueOf(field('email'), 'intake@spo.example')).toEqual({ value: 'intake@spo.example' });
    expect(codeOf(field('email'), 'intake@')).toBe('INVALID_EMAIL');
    expect(fieldValueOf(field('phone'), '+1 (416) 555-0123 ext. 12')).toEqual({ value: '+1 (416) 555-0123 ext. 12' });
    expect(fieldValueOf(field('phone'), '514 555 0199 poste 3')).toEqual({ value: '514 555 0199 poste 3' });
    expect(codeOf(field('phone'), '555-0123')).toBe('INVALID_PHONE');
    expect(codeOf(field('phone'), 'call me')).toBe('INVALID_PHONE');
    expect(fieldValueOf(field('name'), 'Zoé-Marie  O’Neil')).toEqual({ value: 'Zoé-Marie O’Neil' });
    expect(fieldValueOf(field('name'), 'أمل')).toEqual({ value: 'أمل' });
    expect(codeOf(field('name'), 'R2-D2')).toBe('INVALID_NAME');
  });

  it('enforces required, maximum length, options and number ranges', () => {
    expect(codeOf(field('text'), '  ')).toBe('REQUIRED');
    expect(fieldValueOf(field('text', { required: false }), '')).toEqual({ value: undefined });
    expect(codeOf(field('text', { maxLength: 5 }), 'abcdef')).toBe('TOO_LONG');
    const radio = field('radio', { options: [{ code: 'A', label }] });
    expect(fieldValueOf(radio, 'A')).toEqual({ value: 'A' });
    expect(codeOf(radio, 'B')).toBe('INVALID_OPTION');
    expect(fieldValueOf(field('yes-no'), 'no')).toEqual({ value: false });
    expect(fieldValueOf(field('number', { min: 1, max: 20 }), '12')).toEqual({ value: 12 });
    expect(codeOf(field('number', { min: 1, max: 20 }), '21')).toBe('NUMBER_OUT_OF_RANGE');
    expect(codeOf(field('number'), '1.5')).toBe('INVALID_NUMBER');
  });

  it('requires a required checkbox to be checked', () => {
    expect(fieldValueOf(field('checkbox'), true)).toEqual({ value: true });
    expect(codeOf(field('checkbox'), false)).toBe('MUST_BE_CHECKED');
    expect(fieldValueOf(field('checkbox', { required: false }), false)).toEqual({ value: false });
  });

  it('names the label in both languages and limits in the message, never the value', () => {
    const result = validateField(field('text', { maxLength: 5 }), 'Secret Name');
    expect(result).toEqual({
      problems: [
        {
          field: 'x',
          label,
          code: 'TOO_LONG',
          message: {
            en: 'Thing: must be at most 5 characters long.',
            fr: 'Chose\u202f: doit compter au plus 5 caractères.',
          },
        },
      ],
    });
  });
});
