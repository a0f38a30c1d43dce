import type { FormDefinition } from '../form-definition.js';
import { JAS_CASE_PROFILE_FIELDS, JAS_CASE_PROFILE_SECTIONS } from './fields.js';
import { caseNumberWellFormed } from './rules.js';
import { JAS_CASE_PROFILE_DATA } from './schema.js';

/**
 * The case profile for promotion to sponsors (OB 646 step 5: "ROC-O creates the profile to be
 * shared with the sponsorship agreement holder community"): sent to ROC-O filled with the
 * de-identified draft, sent back by ROC-O corrected.
 */
export const JAS_CASE_PROFILE_FORM = {
  id: 'jas-case-profile',
  version: '2026.1',
  title: {
    en: 'JAS case profile for promotion to sponsors',
    fr: 'Profil de cas du PAC pour la promotion auprès des répondants',
  },
  sections: JAS_CASE_PROFILE_SECTIONS,
  fields: JAS_CASE_PROFILE_FIELDS,
  data: JAS_CASE_PROFILE_DATA,
  rules: [caseNumberWellFormed],
} as const satisfies FormDefinition;
