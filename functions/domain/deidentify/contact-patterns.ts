// Personal data whatever the case: how people write addresses (English and French), postal codes,
// phone numbers, emails, web addresses, identity numbers and dates. Each is a regular expression
// source, matched case-insensitively on the text as written (accents included).

const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])';

export const EMAIL = '[\\p{L}\\p{N}._%+\\-]+@[\\p{L}\\p{N}\\-]+(?:\\.[\\p{L}\\p{N}\\-]+)+';
export const WEB_ADDRESS = `(?:https?://|www\\.)[^\\s<>"]+|${NOT_WORD_BEFORE}[\\p{L}\\p{N}-]+\\.(?:com|ca|org|net|info)/[^\\s<>"]*`;

/** Spaces within a line: a number written across a line break is two numbers ("2028" then "24 mois"). */
const SPACE = ' \\t\\u00a0\\u202f';
const EXTENSION = '(?:\\s*(?:ext|x|poste|p)\\.?\\s*\\d{1,5})?';
export const NANP_PHONE = `(?<!\\d)(?:\\+?1[${SPACE}.\\-]?)?\\(?\\d{3}\\)?[${SPACE}.\\-]?\\d{3}[${SPACE}.\\-]?\\d{4}(?!\\d)${EXTENSION}`;
export const INTERNATIONAL_PHONE = `(?:\\+|00)\\d[\\d\\s.\\-()]{6,}\\d${EXTENSION}`;
export const LOCAL_PHONE = `(?<!\\d)\\d{3}[${SPACE}.\\-]\\d{4}(?!\\d)`;
/** Five digits or more, with single separators: UCIs, file, health card, client and case numbers. */
export const LONG_NUMBER = `(?<![\\p{L}\\p{N}])\\d(?:[${SPACE}.\\-/]?\\d){4,}(?![\\p{L}\\p{N}])`;
/** Letters and digits mixed, six or more: passport and permit numbers. */
export const DOCUMENT_NUMBER = `${NOT_WORD_BEFORE}(?=[a-z]*\\d)(?=\\d*[a-z])[a-z\\d]{6,}${NOT_WORD_AFTER}`;

/** Canadian postal codes (`K1A 0B1`, `k1a0b1`) and US ZIP+4. */
export const POSTAL_CODE = `${NOT_WORD_BEFORE}(?:[abceghj-nprstvxy]\\d[abceghj-nprstv-z][ \\-]?\\d[abceghj-nprstv-z]\\d|\\d{5}-\\d{4})${NOT_WORD_AFTER}`;
export const POST_OFFICE_BOX = `${NOT_WORD_BEFORE}(?:p\\.?\\s?o\\.?\\s*box|box|c\\.\\s?p\\.|case\\s+postale)\\s*#?\\s*\\d+`;

const UNIT_WORDS = 'apt|apartment|appt|app|appartement|unit|unité|suite|ste|logement|log|bureau|room|chambre|#';
/** "apt 4", "app. 12B", "unit #3", "#4". */
export const UNIT = `(?:${NOT_WORD_BEFORE}(?:${UNIT_WORDS.replace('|#', '')})\\.?\\s*(?:no\\.?|n°)?\\s*#?|#\\s*)\\d+[a-z]?${NOT_WORD_AFTER}`;

const EN_STREET_TYPES =
  'street|st|avenue|ave|av|road|rd|boulevard|blvd|drive|dr|lane|ln|court|ct|crescent|cres|cr|place|pl|way|terrace|terr|circle|cir|highway|hwy|parkway|pkwy|square|sq|trail|trl|row|close|gate|grove|heights|hts|park|line|concession|sideroad|path|walk|mews';
const FR_STREET_TYPES =
  'rue|avenue|av|boulevard|boul|bd|chemin|ch|route|rte|rang|place|pl|allée|allee|impasse|montée|montee|côte|cote|croissant|promenade|terrasse|carré|carre|ruelle|square|voie|parc|autoroute|quai';
const DIRECTION = '(?:\\s+(?:north|south|east|west|n|s|e|w|ne|nw|se|sw|nord|sud|est|ouest|o))?';
const CIVIC_NUMBER = `${NOT_WORD_BEFORE}\\d+[a-z]?(?:\\s*[-–]\\s*\\d+[a-z]?)?`;
const STREET_NAME_WORD = "[\\p{L}\\p{N}'’.\\-]+";

/** "12 Main Street", "4-1200 Bay St. W", "12B Elm Crescent": number, name, type. */
export const ENGLISH_STREET_ADDRESS = `${CIVIC_NUMBER},?\\s+(?:${STREET_NAME_WORD}\\s+){1,4}?(?:${EN_STREET_TYPES})\\.?${DIRECTION}${NOT_WORD_AFTER}`;
/** « 12, rue Principale », « 1200 boul. René-Lévesque Ouest »: number, type, name up to the next comma. */
export const FRENCH_STREET_ADDRESS = `${CIVIC_NUMBER},?\\s+(?:${FR_STREET_TYPES})\\.?\\s+(?:(?:de|du|des|de\\s+la|d['’]|l['’])\\s*)?${STREET_NAME_WORD}(?:\\s+${STREET_NAME_WORD}){0,3}?(?=\\s*(?:[,;.()\\n]|$|(?:app|apt|appartement|unité|logement|bureau|à|a|en|au|h\\d|qc|québec|quebec|montréal|montreal)${NOT_WORD_AFTER}))`;
/** What follows "lives at", « habite au », "address:": the rest of the clause. */
export const ADDRESS_AFTER_CUE = `(?<=${NOT_WORD_BEFORE}(?:(?:lives|living|resides|residing|staying|stays|moved)\\s+(?:at|to)|(?:habite|habitent|demeure|demeurent|réside|résident|vit|vivent)\\s+(?:au|aux|à\\s+l['’]adresse|sur\\s+la\\s+rue)|(?:home\\s+|mailing\\s+|civic\\s+)?address(?:\\s+is)?|adresse(?:\\s+est)?)\\s*\\u202f?[:\\-]?\\s*)\\d[^;\\n]*?(?=[;\\n]|\\.\\s|\\.$|$)`;

const MONTH =
  '(?:january|jan|janvier|janv|february|feb|février|fevrier|févr|fevr|fév|fev|march|mar|mars|april|apr|avril|avr|may|mai|june|jun|juin|july|jul|juillet|juil|august|aug|août|aout|september|sept|sep|septembre|october|oct|octobre|november|nov|novembre|december|dec|décembre|decembre|déc)\\.?';
const DAY = '\\d{1,2}(?:st|nd|rd|th|er|e)?';
const YEAR = '(?:19|20)\\d{2}';

/** Dates with a day, in the numeric and written forms of both languages. */
export const DATES = [
  `(?<!\\d)\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}(?!\\d)`,
  `(?<!\\d)\\d{1,2}[-/.]\\d{1,2}[-/.](?:\\d{4}|\\d{2})(?!\\d)`,
  `(?<!\\d)(?:le\\s+)?${DAY}\\s+(?:of\\s+)?${MONTH}(?:,?\\s+${YEAR})?${NOT_WORD_AFTER}`,
  `${NOT_WORD_BEFORE}${MONTH}\\s+${DAY}(?:,?\\s+${YEAR})?(?!\\d)`,
];

/** A month with its year, and years alone: dates too, though without a day. */
export const MONTHS_AND_YEARS = [
  `${NOT_WORD_BEFORE}${MONTH}\\s+(?:de\\s+|of\\s+)?${YEAR}(?!\\d)`,
  `(?<!\\d)${YEAR}(?!\\d)`,
];

/** What a piece of personal data is: said to whoever must remove it. */
export type PersonalDataKind = 'name' | 'address' | 'phone' | 'email' | 'web' | 'number' | 'date' | 'month';

/** Every pattern of personal data that needs no knowledge of the case, with the kind it finds. */
export const CONTACT_PATTERNS: readonly (readonly [PersonalDataKind, string])[] = [
  ['email', EMAIL],
  ['web', WEB_ADDRESS],
  ['address', ADDRESS_AFTER_CUE],
  ['address', ENGLISH_STREET_ADDRESS],
  ['address', FRENCH_STREET_ADDRESS],
  ['address', UNIT],
  ['address', POSTAL_CODE],
  ['address', POST_OFFICE_BOX],
  ['phone', NANP_PHONE],
  ['phone', INTERNATIONAL_PHONE],
  ['phone', LOCAL_PHONE],
  ['number', LONG_NUMBER],
  ['number', DOCUMENT_NUMBER],
  ...DATES.map((pattern) => ['date', pattern] as const),
  ...MONTHS_AND_YEARS.map((pattern) => ['month', pattern] as const),
];
