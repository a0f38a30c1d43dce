import type { BilingualText } from '../kernel/bilingual-text.js';
import type { FormDefinition } from './form-definition.js';
import { IMM1324_FORM } from './imm1324/form.js';
import { IMM5492_FORM } from './imm5492/form.js';
import { IMM5494_FORM } from './imm5494/form.js';
import { JAS_RECOMMENDATION_FORM } from './jas-recommendation/form.js';
import { JAS_ROLES_CHECKLIST_FORM } from './jas-roles-checklist/form.js';

const FORMS: readonly FormDefinition[] = [
  JAS_RECOMMENDATION_FORM,
  IMM1324_FORM,
  IMM5492_FORM,
  IMM5494_FORM,
  JAS_ROLES_CHECKLIST_FORM,
];

/** The forms this service reads: id, current version and bilingual title. */
export function listForms(): { id: string; version: string; title: BilingualText }[] {
  return FORMS.map(({ id, version, title }) => ({ id, version, title }));
}

/** The definition of a form by id, or `undefined` when there is no such form. */
export function getForm(id: string): FormDefinition | undefined {
  return FORMS.find((form) => form.id === id);
}
