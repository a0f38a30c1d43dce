import type { BilingualText } from '../kernel/bilingual-text.js';

/**
 * IRCC local offices that handle resettlement (Resettlement Assistance Program) cases: the
 * recommendation form names one, and the pipeline routes the case to it. Codes are stable; the
 * mapping from code to mailbox lives in configuration. A case's calendar dates (the day a form
 * arrived, the day an action was taken, the day a clock fires) are its office's (IANA time zone).
 */
export const LOCAL_OFFICES: readonly { code: string; name: BilingualText; timeZone: string }[] = [
  { code: 'VANCOUVER', name: { en: 'Vancouver', fr: 'Vancouver' }, timeZone: 'America/Vancouver' },
  { code: 'CALGARY', name: { en: 'Calgary', fr: 'Calgary' }, timeZone: 'America/Edmonton' },
  { code: 'EDMONTON', name: { en: 'Edmonton', fr: 'Edmonton' }, timeZone: 'America/Edmonton' },
  { code: 'SASKATOON', name: { en: 'Saskatoon', fr: 'Saskatoon' }, timeZone: 'America/Regina' },
  { code: 'WINNIPEG', name: { en: 'Winnipeg', fr: 'Winnipeg' }, timeZone: 'America/Winnipeg' },
  { code: 'TORONTO', name: { en: 'Toronto', fr: 'Toronto' }, timeZone: 'America/Toronto' },
  { code: 'HAMILTON', name: { en: 'Hamilton', fr: 'Hamilton' }, timeZone: 'America/Toronto' },
  { code: 'KITCHENER', name: { en: 'Kitchener', fr: 'Kitchener' }, timeZone: 'America/Toronto' },
  { code: 'LONDON', name: { en: 'London', fr: 'London' }, timeZone: 'America/Toronto' },
  { code: 'OTTAWA', name: { en: 'Ottawa', fr: 'Ottawa' }, timeZone: 'America/Toronto' },
  { code: 'MONTREAL', name: { en: 'Montréal', fr: 'Montréal' }, timeZone: 'America/Toronto' },
  { code: 'QUEBEC', name: { en: 'Québec', fr: 'Québec' }, timeZone: 'America/Toronto' },
  { code: 'HALIFAX', name: { en: 'Halifax', fr: 'Halifax' }, timeZone: 'America/Halifax' },
  { code: 'MONCTON', name: { en: 'Moncton', fr: 'Moncton' }, timeZone: 'America/Moncton' },
  { code: 'CHARLOTTETOWN', name: { en: 'Charlottetown', fr: 'Charlottetown' }, timeZone: 'America/Halifax' },
  { code: 'ST_JOHNS', name: { en: "St. John's", fr: "St. John's" }, timeZone: 'America/St_Johns' },
];

/** The time zone of a local office, by its code; `undefined` for a code the list does not hold. */
export function officeTimeZone(code: string): string | undefined {
  return LOCAL_OFFICES.find((office) => office.code === code)?.timeZone;
}
