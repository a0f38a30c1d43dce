import { listForms } from '../../forms/registry.js';
import type { BilingualText } from '../../kernel/bilingual-text.js';

/** A form's bilingual title by its id; the id itself for a form this service does not know. */
export function formTitle(formId: string): BilingualText {
  return listForms().find((form) => form.id === formId)?.title ?? { en: formId, fr: formId };
}
