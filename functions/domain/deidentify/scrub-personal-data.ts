import type { BilingualText } from '../../../kernel/bilingual-text.js';
import type { CaseRecord } from '../case-record.js';
import { CONTACT_PATTERNS, type PersonalDataKind } from './contact-patterns.js';
import { nameRanges } from './free-text-names.js';
import { foldWord } from './free-text-vocabulary.js';
import type { LanguageWords } from './language-words.js';

/** What replaces each piece of personal data in free text. */
const REMOVED: BilingualText = { en: '[removed]', fr: '[retiré]' };

const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])';
/** Between two digits of a UCI or phone number people type spaces, dots, dashes, slashes. */
const DIGIT_SEPARATOR = '\\s*[.\\-_/\\u2010-\\u2015]?\\s*';
const DATE_SEPARATOR = '\\s*[.\\-/\\u2010-\\u2015\\s]\\s*';

/** Month names as people write them in dates, accents already folded away, English and French. */
const MONTH_WORDS: readonly string[] = [
  'january|jan|janvier|janv',
  'february|feb|fevrier|fevr|fev',
  'march|mar|mars',
  'april|apr|avril|avr',
  'may|mai',
  'june|jun|juin',
  'july|jul|juillet|juil',
  'august|aug|aout',
  'september|sept|sep|septembre',
  'october|oct|octobre',
  'november|nov|novembre',
  'december|dec|decembre',
];

/** Lower case, accents off: "Zoé", "ZOE" and "zoe" compare equal. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The words of a person's name that are worth matching: two letters or more. */
function nameWords(name: string | undefined): string[] {
  return fold(name ?? '')
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length >= 2);
}

/** A phrase (a group's name, an address) with any run of spaces between its words. */
function phrasePattern(phrase: string): string | undefined {
  const words = fold(phrase).trim().split(/\s+/).filter(Boolean);
  return words.length === 0 ? undefined : `${NOT_WORD_BEFORE}${words.map(escapeRegExp).join('\\s+')}${NOT_WORD_AFTER}`;
}

/** Digits in order, whatever separates them: `1234-5678`, `1234 5678`, `12.34.56.78`. */
function digitsPattern(value: string | undefined): string | undefined {
  const digits = (value ?? '').replace(/\D/g, '');
  return digits.length < 7 ? undefined : `(?<!\\d)${[...digits].join(DIGIT_SEPARATOR)}(?!\\d)`;
}

/** A `YYYY-MM-DD` date in the numeric and written forms people use, English and French. */
function datePatterns(date: string): string[] {
  const [year, month, day] = date.split('-').map(Number);
  if (!year || !month || !day) return [];
  const y = `(?:${Math.floor(year / 100)})?${String(year % 100).padStart(2, '0')}`;
  const m = `0?${month}`;
  const d = `0?${day}`;
  const sep = DATE_SEPARATOR;
  const monthWord = `(?:${MONTH_WORDS[month - 1]})\\.?`;
  const dayWord = `${d}(?:st|nd|rd|th|er|e)?`;
  return [
    `(?<!\\d)(?:${y}${sep}${m}${sep}${d}|${d}${sep}${m}${sep}${y}|${m}${sep}${d}${sep}${y})(?!\\d)`,
    `(?<!\\d)${dayWord}\\s+(?:of\\s+)?${monthWord},?\\s+${y}(?!\\d)`,
    `${NOT_WORD_BEFORE}${monthWord}\\s+${dayWord},?\\s+${y}(?!\\d)`,
  ];
}

/** Every pattern of the case's own personal data, on folded text, with the kind it finds. */
function casePatterns(caseRecord: CaseRecord): (readonly [PersonalDataKind, string])[] {
  const { client, submitter, sponsor } = caseRecord.recommendation;
  const names = [
    ...new Set([...nameWords(client.familyName), ...nameWords(client.givenNames), ...nameWords(submitter.contactName)]),
  ];
  const phrases: [PersonalDataKind, string | undefined][] = [
    ['name', sponsor.name],
    ['email', sponsor.contactEmail],
    ['name', caseRecord.sponsor?.name],
    ['email', caseRecord.sponsor?.email],
    ['email', submitter.email],
  ];
  const withKind =
    (kind: PersonalDataKind) =>
    (pattern: string | undefined): (readonly [PersonalDataKind, string])[] =>
      pattern === undefined ? [] : [[kind, pattern]];
  return [
    ...(names.length > 0
      ? [['name', `${NOT_WORD_BEFORE}(?:${names.map(escapeRegExp).join('|')})${NOT_WORD_AFTER}`] as const]
      : []),
    ...phrases.flatMap(([kind, phrase]) => (phrase ? withKind(kind)(phrasePattern(phrase)) : [])),
    ...withKind('number')(digitsPattern(client.uci)),
    ...withKind('phone')(digitsPattern(submitter.phone)),
    ...datePatterns(client.dateOfBirth).flatMap(withKind('date')),
  ];
}

/**
 * Text folded for matching, with where each folded character came from in the original, so a
 * match found without accents or case removes exactly the original characters.
 */
function foldWithOrigins(text: string): { folded: string; starts: number[]; ends: number[] } {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  for (const char of text) {
    for (const unit of fold(char).split('')) {
      folded += unit;
      starts.push(index);
      ends.push(index + char.length);
    }
    index += char.length;
  }
  return { folded, starts, ends };
}

/** A stretch of text that is personal data, and what it is (overlapping finds merged: several kinds). */
export interface PersonalDataFound {
  readonly start: number;
  readonly end: number;
  readonly kinds: readonly PersonalDataKind[];
}

/**
 * Finds a case's personal data in text: the case's own (the client's names, each word of two
 * letters or more whatever the case or accents, the UCI in any separator form, the birth date in
 * common formats, the submitter's contact name, email and phone, the sponsor's name and email);
 * any address (English or French form, unit, postal code, post office box), phone number, email,
 * web address, identity number or date; and, given the words of the language, every other
 * person's name in free text (family members listed in the text, "her son Ahmed, 7"; see
 * {@link nameRanges}). Without them (a city, a group's name), capitalized words are not taken for
 * names. Finds that overlap, or that only spaces or commas separate, are one. Positions are in
 * the text as given, NFC-composed.
 */
export function personalDataFinder(
  caseRecord: CaseRecord,
  language?: LanguageWords,
): (text: string) => PersonalDataFound[] {
  const foldedPatterns = casePatterns(caseRecord).map(([kind, part]) => [kind, new RegExp(part, 'gu')] as const);
  const contactPatterns = CONTACT_PATTERNS.map(([kind, part]) => [kind, new RegExp(part, 'giu')] as const);
  const { destination, specialProgram } = caseRecord.recommendation;
  // The case's own place and program are what a sponsor reads the profile for, not names.
  const placeWords = new Set(
    `${destination.city} ${specialProgram ?? ''}`
      .split(/[^\p{L}'’-]+/u)
      .filter(Boolean)
      .map(foldWord),
  );
  return (raw) => {
    const text = raw.normalize('NFC');
    const { folded, starts, ends } = foldWithOrigins(text);
    // Each pattern on its own, then overlaps merged: a name inside an email must not stop the email's match.
    const found: { start: number; end: number; kind: PersonalDataKind }[] = [
      ...foldedPatterns.flatMap(([found, pattern]) =>
        [...folded.matchAll(pattern)]
          .filter((match) => match[0].length > 0)
          .map((match) => ({
            start: starts[match.index]!,
            end: ends[match.index + match[0].length - 1]!,
            kind: found,
          })),
      ),
      ...contactPatterns.flatMap(([found, pattern]) =>
        [...text.matchAll(pattern)]
          .filter((match) => match[0].trim().length > 0)
          .map((match) => ({ start: match.index, end: match.index + match[0].length, kind: found })),
      ),
      ...(language
        ? nameRanges(text, language, placeWords).map(([start, end]) => ({ start, end, kind: 'name' as const }))
        : []),
    ].sort((a, b) => a.start - b.start || b.end - a.end);
    const merged: { start: number; end: number; kinds: Set<PersonalDataKind> }[] = [];
    for (const { start, end, kind: what } of found) {
      const last = merged.at(-1);
      // Overlaps, and neighbours with only spaces or commas between them ("Amal Zoé Haddad",
      // "12, rue Principale, app. 4"), become one.
      if (last && (start <= last.end || /^[\s,]*$/.test(text.slice(last.end, start)))) {
        last.end = Math.max(last.end, end);
        last.kinds.add(what);
      } else merged.push({ start, end, kinds: new Set([what]) });
    }
    // A date with a day holds its month and year: one kind says it.
    return merged.map(({ start, end, kinds }) => ({
      start,
      end,
      kinds: [...kinds].filter((kind) => kind !== 'month' || !kinds.has('date')),
    }));
  };
}

/**
 * A scrubber for a case's text: what {@link personalDataFinder} finds is removed, and reads
 * `[removed]` in English and `[retiré]` in French. Free text needs the words of the language,
 * which find the names in it.
 */
export function personalDataScrubber(
  caseRecord: CaseRecord,
  language?: LanguageWords,
): (text: string) => BilingualText {
  const find = personalDataFinder(caseRecord, language);
  return (raw) => {
    // Composed form first: a lone combining accent must not survive next to a removed letter.
    const text = raw.normalize('NFC');
    return replaceFound(text, find(text), () => REMOVED);
  };
}

/** `text` with each found stretch replaced by what `placeholder` says for it, in each language. */
export function replaceFound(
  text: string,
  found: readonly PersonalDataFound[],
  placeholder: (found: PersonalDataFound) => BilingualText,
): BilingualText {
  const rebuild = (language: keyof BilingualText): string => {
    let result = '';
    let position = 0;
    for (const range of found) {
      result += text.slice(position, range.start) + placeholder(range)[language];
      position = range.end;
    }
    return result + text.slice(position);
  };
  return { en: rebuild('en'), fr: rebuild('fr') };
}

/**
 * The one text to print when a scrubbed value differs between languages only by its placeholders
 * (free text is written in one language): `[removed / retiré]` in place of each. `undefined` when
 * the two versions really differ.
 */
export function oneTextForBoth(value: BilingualText): string | undefined {
  const both = `${REMOVED.en.slice(0, -1)} / ${REMOVED.fr.slice(1)}`;
  const en = value.en.split(REMOVED.en).join(both);
  return en === value.fr.split(REMOVED.fr).join(both) ? en : undefined;
}
