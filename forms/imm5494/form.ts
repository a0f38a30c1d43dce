import { notAfterReceipt } from '../common-rules.js';
import type { FormDefinition } from '../form-definition.js';
import { SPONSOR_GROUP_RULES } from '../sponsor-group-fields.js';
import { IMM5494_FIELDS, IMM5494_SECTIONS } from './fields.js';
import { IMM5494_DATA } from './schema.js';

/** The Settlement Plan (IMM 5494), sent with the undertaking when the case requires one (OB 646, step 6). */
export const IMM5494_FORM = {
  id: 'imm5494',
  version: '2026.1',
  title: { en: 'Settlement Plan (IMM 5494)', fr: 'Plan d’établissement (IMM 5494)' },
  sections: IMM5494_SECTIONS,
  fields: IMM5494_FIELDS,
  data: IMM5494_DATA,
  rules: [...SPONSOR_GROUP_RULES, notAfterReceipt('signedOn')],
} as const satisfies FormDefinition;
