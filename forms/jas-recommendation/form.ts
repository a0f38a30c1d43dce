import type { FormDefinition } from '../form-definition.js';
import { JAS_RECOMMENDATION_FIELDS, JAS_RECOMMENDATION_SECTIONS } from './fields.js';
import { JAS_RECOMMENDATION_RULES } from './rules.js';
import { JAS_RECOMMENDATION_DATA } from './schema.js';

/** The JAS In-Canada Recommendation Form (OB 646, step 1), sent by the RAP SPO or the sponsoring group. */
export const JAS_RECOMMENDATION_FORM = {
  id: 'jas-recommendation',
  version: '2026.1',
  title: {
    en: 'Joint Assistance Sponsorship (JAS) In-Canada Recommendation Form',
    fr: 'Formulaire de recommandation au Canada – Parrainage d’aide conjointe (PAC)',
  },
  sections: JAS_RECOMMENDATION_SECTIONS,
  fields: JAS_RECOMMENDATION_FIELDS,
  data: JAS_RECOMMENDATION_DATA,
  rules: JAS_RECOMMENDATION_RULES,
} as const satisfies FormDefinition;
