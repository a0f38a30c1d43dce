import type { FormDefinition } from '../form-definition.js';
import { IMM1324_FIELDS, IMM1324_SECTIONS } from './fields.js';
import { IMM1324_RULES } from './rules.js';
import { IMM1324_DATA } from './schema.js';

/** The sponsorship undertaking (IMM 1324), sent by the sponsoring group to ROC-O (OB 646, step 6). */
export const IMM1324_FORM = {
  id: 'imm1324',
  version: '2026.1',
  title: {
    en: 'Sponsorship Undertaking (IMM 1324): Joint Assistance Sponsorship',
    fr: 'Engagement de parrainage (IMM 1324)\u202f: parrainage d’aide conjointe',
  },
  sections: IMM1324_SECTIONS,
  fields: IMM1324_FIELDS,
  data: IMM1324_DATA,
  rules: IMM1324_RULES,
} as const satisfies FormDefinition;
