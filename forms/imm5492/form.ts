import type { FormDefinition } from '../form-definition.js';
import { IMM5492_FIELDS, IMM5492_SECTIONS } from './fields.js';
import { IMM5492_RULES } from './rules.js';
import { IMM5492_DATA } from './schema.js';

/** The Sponsor Assessment (IMM 5492), sent with the undertaking (OB 646, step 6). */
export const IMM5492_FORM = {
  id: 'imm5492',
  version: '2026.1',
  title: { en: 'Sponsor Assessment (IMM 5492)', fr: 'Évaluation du répondant (IMM 5492)' },
  sections: IMM5492_SECTIONS,
  fields: IMM5492_FIELDS,
  data: IMM5492_DATA,
  rules: IMM5492_RULES,
} as const satisfies FormDefinition;
