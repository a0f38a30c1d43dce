import type { BilingualText } from '../../kernel/bilingual-text.js';
import type { CaseRecord } from '../domain/case-record.js';
import { CONTACT_PATTERNS } from './contact-patterns.js';
import { nameRanges, type TextRange } from './free-text-names.js';
import { foldWord } from './free-text-vocabulary.js';

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

/** Every pattern of the case's own personal data, on folded text. */
function casePatterns(caseRecord: CaseRecord): string[] {
  const { client, submitter, sponsor } = caseRecord.recommendation;
  const names = [
    ...new Set([...nameWords(client.familyName), ...nameWords(client.givenNames), ...nameWords(submitter.contactName)]),
  ];
  const phrases = [
    sponsor.name,
    sponsor.contactEmail,
    caseRecord.sponsor?.name,
    caseRecord.sponsor?.email,
    submitter.email,
  ].filter((phrase): phrase is string => Boolean(phrase));
  return [
    ...(names.length > 0 ? [`${NOT_WORD_BEFORE}(?:${names.map(escapeRegExp).join('|')})${NOT_WORD_AFTER}`] : []),
    ...phrases.map(phrasePattern).filter((pattern): pattern is string => pattern !== undefined),
    ...[client.uci, submitter.phone].map(digitsPattern).filter((pattern): pattern is string => pattern !== undefined),
    ...datePatterns(client.dateOfBirth),
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

/** What a scrubbed text may be: free text (names found by their shape too) or a place (a city). */
export type ScrubbedKind = 'free-text' | 'place';

/**
 * A scrubber for a case's free text. It removes the case's own personal data (the client's names,
 * each word of two letters or more whatever the case or accents, the UCI in any separator form, the
 * birth date in common formats, the submitter's contact name, email and phone, the sponsor's name
 * and email); any address (English or French form, unit, postal code, post office box), phone
 * number, email, web address, identity number or date; and, in free text, every other person's
 * name (family members listed in the text, "her son Ahmed, 7"; see {@link nameRanges}). What it
 * removed reads `[removed]` in English and `[retiré]` in French.
 */
export function personalDataScrubber(caseRecord: CaseRecord): (text: string, kind?: ScrubbedKind) => BilingualText {
  const foldedPatterns = casePatterns(caseRecord).map((part) => new RegExp(part, 'gu'));
  const contactPatterns = CONTACT_PATTERNS.map((part) => new RegExp(part, 'giu'));
  const { destination, specialProgram } = caseRecord.recommendation;
  // The case's own place and program are what a sponsor reads the profile for, not names.
  const placeWords = new Set(
    `${destination.city} ${specialProgram ?? ''}`
      .split(/[^\p{L}'’-]+/u)
      .filter(Boolean)
      .map(foldWord),
  );
  return (raw, kind = 'free-text') => {
    // Composed form first: a lone combining accent must not survive next to a removed letter.
    const text = raw.normalize('NFC');
    const { folded, starts, ends } = foldWithOrigins(text);
    // Each pattern on its own, then overlaps merged: a name inside an email must not stop the email's match.
    const found: TextRange[] = [
      ...foldedPatterns
        .flatMap((pattern) => [...folded.matchAll(pattern)])
        .filter((match) => match[0].length > 0)
        .map((match): TextRange => [starts[match.index]!, ends[match.index + match[0].length - 1]!]),
      ...contactPatterns
        .flatMap((pattern) => [...text.matchAll(pattern)])
        .filter((match) => match[0].trim().length > 0)
        .map((match): TextRange => [match.index, match.index + match[0].length]),
      ...(kind === 'free-text' ? nameRanges(text, placeWords) : []),
    ].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    const ranges: TextRange[] = [];
    for (const [start, end] of found) {
      const last = ranges.at(-1);
      // Overlaps, and neighbours with only spaces or commas between them ("Amal Zoé Haddad",
      // "12, rue Principale, app. 4"), become one placeholder.
      if (last && (start <= last[1] || /^[\s,]*$/.test(text.slice(last[1], start)))) last[1] = Math.max(last[1], end);
      else ranges.push([start, end]);
    }
    const rebuild = (placeholder: string): string => {
      let result = '';
      let position = 0;
      for (const [start, end] of ranges) {
        result += text.slice(position, start) + placeholder;
        position = end;
      }
      return result + text.slice(position);
    };
    return { en: rebuild(REMOVED.en), fr: rebuild(REMOVED.fr) };
  };
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
