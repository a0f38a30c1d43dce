import type { FieldOption } from './field-definition.js';

/** Provinces and territories by their two-letter postal code, for destination dropdowns. */
export const PROVINCES: readonly FieldOption[] = [
  { code: 'AB', label: { en: 'Alberta', fr: 'Alberta' } },
  { code: 'BC', label: { en: 'British Columbia', fr: 'Colombie-Britannique' } },
  { code: 'MB', label: { en: 'Manitoba', fr: 'Manitoba' } },
  { code: 'NB', label: { en: 'New Brunswick', fr: 'Nouveau-Brunswick' } },
  { code: 'NL', label: { en: 'Newfoundland and Labrador', fr: 'Terre-Neuve-et-Labrador' } },
  { code: 'NS', label: { en: 'Nova Scotia', fr: 'Nouvelle-Écosse' } },
  { code: 'NT', label: { en: 'Northwest Territories', fr: 'Territoires du Nord-Ouest' } },
  { code: 'NU', label: { en: 'Nunavut', fr: 'Nunavut' } },
  { code: 'ON', label: { en: 'Ontario', fr: 'Ontario' } },
  { code: 'PE', label: { en: 'Prince Edward Island', fr: 'Île-du-Prince-Édouard' } },
  { code: 'QC', label: { en: 'Quebec', fr: 'Québec' } },
  { code: 'SK', label: { en: 'Saskatchewan', fr: 'Saskatchewan' } },
  { code: 'YT', label: { en: 'Yukon', fr: 'Yukon' } },
];
