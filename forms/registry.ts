import type { BilingualText } from '../functions/domain/bilingual.js';
import type { FormDefinition } from './form-definition.js';
import { JAS_RECOMMENDATION_FORM } from './jas-recommendation/form.js';

const FORMS: readonly FormDefinition[] = [JAS_RECOMMENDATION_FORM];

/** The forms this service reads: id, current version and bilingual title. */
export function listForms(): { id: string; version: string; title: BilingualText }[] {
  return FORMS.map(({ id, version, title }) => ({ id, version, title }));
}

/** The definition of a form by id, or `undefined` when there is no such form. */
export function getForm(id: string): FormDefinition | undefined {
  return FORMS.find((form) => form.id === id);
}
