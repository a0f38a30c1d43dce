import type { BilingualText } from '../kernel/bilingual-text.js';

/**
 * IRCC local offices that handle resettlement (Resettlement Assistance Program) cases: the
 * recommendation form names one, and the pipeline routes the case to it. Codes are stable; the
 * mapping from code to mailbox lives in configuration.
 */
export const LOCAL_OFFICES: readonly { code: string; name: BilingualText }[] = [
  { code: 'VANCOUVER', name: { en: 'Vancouver', fr: 'Vancouver' } },
  { code: 'CALGARY', name: { en: 'Calgary', fr: 'Calgary' } },
  { code: 'EDMONTON', name: { en: 'Edmonton', fr: 'Edmonton' } },
  { code: 'SASKATOON', name: { en: 'Saskatoon', fr: 'Saskatoon' } },
  { code: 'WINNIPEG', name: { en: 'Winnipeg', fr: 'Winnipeg' } },
  { code: 'TORONTO', name: { en: 'Toronto', fr: 'Toronto' } },
  { code: 'HAMILTON', name: { en: 'Hamilton', fr: 'Hamilton' } },
  { code: 'KITCHENER', name: { en: 'Kitchener', fr: 'Kitchener' } },
  { code: 'LONDON', name: { en: 'London', fr: 'London' } },
  { code: 'OTTAWA', name: { en: 'Ottawa', fr: 'Ottawa' } },
  { code: 'MONTREAL', name: { en: 'Montréal', fr: 'Montréal' } },
  { code: 'QUEBEC', name: { en: 'Québec', fr: 'Québec' } },
  { code: 'HALIFAX', name: { en: 'Halifax', fr: 'Halifax' } },
  { code: 'MONCTON', name: { en: 'Moncton', fr: 'Moncton' } },
  { code: 'CHARLOTTETOWN', name: { en: 'Charlottetown', fr: 'Charlottetown' } },
  { code: 'ST_JOHNS', name: { en: "St. John's", fr: "St. John's" } },
];
