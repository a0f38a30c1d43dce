import {
  COMMON_WORDS,
  foldWord,
  INSTITUTION_WORDS,
  KINSHIP_WORDS,
  NAME_CONNECTORS,
  PLACE_CUES,
  PROPER_WORDS,
  TITLE_WORDS,
  WORD_NAMES,
} from './free-text-vocabulary.js';
import type { LanguageWords } from './language-words.js';

/** A stretch of text to remove: `[start, end)` in UTF-16 units. */
export type TextRange = [start: number, end: number];

interface Word {
  readonly text: string;
  readonly folded: string;
  readonly start: number;
  readonly end: number;
  /** First word of a sentence, a line, a list item or after a colon: its capital says nothing. */
  readonly startsSentence: boolean;
  /** Starts with a capital, or is written in a script that has none. */
  readonly capitalized: boolean;
  /** Written with an `’s` or `'s`: "Amal’s". */
  readonly possessive: boolean;
}

const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;
const SENTENCE_BREAK = /(?:^|[.!?:;•*\n]|\s[-–—]\s)\s*["“«(]?\s*$/u;
/** How far after a family word its names run ("her children Ahmed (7), Sara (5) and Omar (2)"). */
const KINSHIP_REACH = 4;
const LIST_WORDS: ReadonlySet<string> = new Set(['and', 'et', 'or', 'ou', '&']);
/** An age right after a word: "Ahmed, 7", "Sara (5)", « Omar, 2 ans ». */
const AGE_AFTER = /^\s*[,(]\s*\d/u;
/** Between the items of a list of capitalized words: "Orientation, Housing and Employment". */
const LIST_GAP = /^\s*(?:,|\/|,?\s+(?:and|et|or|ou|&))\s*$/iu;

function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORD)].map((match) => {
    // A trailing possessive ("Amal’s") is not part of the name to look up.
    const bare = match[0].replace(/['’]s?$/u, '');
    return {
      text: bare,
      folded: foldWord(bare),
      start: match.index,
      end: match.index + match[0].length,
      startsSentence: SENTENCE_BREAK.test(text.slice(Math.max(0, match.index - 6), match.index)),
      // A script without capitals (Arabic, Ge'ez, Han…) cannot show a name by its case: read as if capitalized.
      capitalized: /^[\p{Lu}\p{Lo}]/u.test(bare),
      possessive: /['’]s$/u.test(match[0]),
    };
  });
}

/** What the text around the words and the word lists say about each word. */
class Reading {
  constructor(
    private readonly text: string,
    private readonly language: LanguageWords,
    private readonly alsoKnown: ReadonlySet<string>,
  ) {}

  /** A word of the language, as inflected (the lists hold every form), elided or hyphenated of known parts. */
  isWord(folded: string): boolean {
    if (COMMON_WORDS.has(folded) || this.language.words.has(folded)) return true;
    // French elision: « l’aînée », « d’hypertension », « qu’il ».
    const elided = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)'(.+)$/.exec(folded)?.[1];
    if (elided) return this.isWord(elided);
    return folded.includes('-') && folded.split('-').every((part) => part.length > 0 && this.isWord(part));
  }

  /** Never a person: program terms, provinces, acronyms, languages, faiths, countries, the case's own place. */
  isProper(folded: string): boolean {
    return (
      PROPER_WORDS.has(folded) ||
      this.alsoKnown.has(folded) ||
      this.language.countries.has(folded) ||
      // "Nord-Ouest", "Kurdish-speaking", « Saint-Laurent »: a proper part, and words.
      (folded.includes('-') &&
        folded.split('-').some((part) => PROPER_WORDS.has(part) || this.language.countries.has(part)) &&
        folded
          .split('-')
          .every((part) => PROPER_WORDS.has(part) || this.language.countries.has(part) || this.isWord(part)))
    );
  }

  /** A given name that is also a word, alone or in a compound ("Jean-Pierre", « Marie-Claire »). */
  isGivenName(folded: string): boolean {
    return WORD_NAMES.has(folded) || (folded.includes('-') && folded.split('-').some((part) => WORD_NAMES.has(part)));
  }

  /** A place where a place is named: after "from", "in", « à »… (cities too: "from Aleppo"). */
  isPlaceHere(words: readonly Word[], index: number): boolean {
    const { folded } = words[index]!;
    const previous = words[index - 1];
    const cued =
      previous !== undefined &&
      PLACE_CUES.has(previous.folded) &&
      /^\s+$/u.test(this.text.slice(previous.end, words[index]!.start));
    return cued && (this.isProper(folded) || this.language.cities.has(folded));
  }
}

/**
 * The capitalized words that stand together ("Hospital for Sick Children", "Canadian Centre for
 * Victims of Torture"), joined by spaces and small words: each word's phrase, by index.
 */
function capitalizedPhrases(text: string, words: readonly Word[]): Map<number, number[]> {
  const phraseOf = new Map<number, number[]>();
  let current: number[] = [];
  const close = () => {
    if (current.length > 1) for (const index of current) phraseOf.set(index, current);
    current = [];
  };
  words.forEach((word, index) => {
    if (!word.capitalized) {
      // A small word may sit inside a phrase; anything else ends it.
      if (!(NAME_CONNECTORS.has(word.folded) && current.length > 0)) close();
      return;
    }
    const previous = current.at(-1);
    const gap = previous === undefined ? '' : text.slice(words[previous]!.end, word.start);
    const joined = previous !== undefined && /^[\p{L}\s'’]*$/u.test(gap) && !word.startsSentence;
    if (!joined) close();
    current.push(index);
  });
  close();
  return phraseOf;
}

/**
 * Where free text names people the case's form does not list: family members, neighbours, staff.
 * Read against the words of English and French, the world's countries and cities, and the field's
 * own terms (`language`, `alsoKnown`):
 *
 * - a capitalized word that is no word of either language, nor a place, term, faith or language,
 *   is a name, wherever it stands ("Amal needs", "with Khalil");
 * - a given name that is also a word ("Grace", « Gloire ») is a name wherever it stands, unless it
 *   names a place where places are named ("lived in Jordan");
 * - a city is kept where a place is named ("from Aleppo", « à Longueuil »), a country anywhere;
 * - a capitalized word of the language is ordinary where a capital says nothing: starting a
 *   sentence, a line or a list item ("Orientation, Housing and Employment"), or inside a phrase
 *   that starts one or names an institution ("Hospital for Sick Children"); elsewhere it is taken
 *   for a name ("she lives with Hunter");
 * - after a family word or a title, the words that are no word of the language, or a given name,
 *   whatever their case ("her son ahmed", « Mme haddad »), up to the first ordinary word;
 * - a possessive that is no word ("Amal’s"); and every other place the same unknown word appears,
 *   whatever its case, once it is a name anywhere in the text.
 */
export function nameRanges(
  text: string,
  language: LanguageWords,
  alsoKnown: ReadonlySet<string> = new Set(),
): TextRange[] {
  const reading = new Reading(text, language, alsoKnown);
  const words = wordsOf(text);
  const phrases = capitalizedPhrases(text, words);
  const names = new Set<number>();
  /** Capitalized words of the language kept as sentence or list starts: a list continues from them. */
  const keptStarts = new Set<number>();

  const ordinaryCapital = (index: number): boolean => {
    const word = words[index]!;
    if (word.startsSentence) return true;
    const previous = index - 1;
    if (keptStarts.has(previous) && LIST_GAP.test(text.slice(words[previous]!.end, word.start))) return true;
    return (
      phrases
        .get(index)
        ?.some(
          (member) =>
            words[member]!.startsSentence ||
            INSTITUTION_WORDS.has(words[member]!.folded) ||
            reading.isProper(words[member]!.folded),
        ) ?? false
    );
  };

  words.forEach((word, index) => {
    const { folded } = word;
    const isWord = reading.isWord(folded);
    if (word.capitalized && word.possessive && !reading.isProper(folded)) names.add(index);
    else if (word.capitalized) {
      if (reading.isGivenName(folded)) {
        if (!reading.isPlaceHere(words, index)) names.add(index);
      } else if (reading.isProper(folded) || reading.isPlaceHere(words, index)) {
        // A place, a term, a language: what a sponsor reads the profile for.
      } else if (!isWord) names.add(index);
      else if (ordinaryCapital(index)) keptStarts.add(index);
      else names.add(index);
    } else if (word.possessive && !isWord && !reading.isProper(folded)) names.add(index);
    if (TITLE_WORDS.has(folded) && words[index + 1]) names.add(index + 1);
    if (KINSHIP_WORDS.has(folded)) {
      // The family word's names: the words that follow it and are not ordinary words, in a list if
      // need be ("children ahmed, sara and omar"); the first ordinary word ends them.
      for (let next = index + 1; next <= index + KINSHIP_REACH && next < words.length; next += 1) {
        const candidate = words[next]!;
        if (candidate.startsSentence) break;
        const given = reading.isGivenName(candidate.folded) && !COMMON_WORDS.has(candidate.folded);
        // "her son X, 7", « sa fille X (5 ans) »: the word an age follows is a name, whatever it is.
        const aged =
          AGE_AFTER.test(text.slice(candidate.end, candidate.end + 8)) && !COMMON_WORDS.has(candidate.folded);
        if (given || aged || !(reading.isWord(candidate.folded) || reading.isProper(candidate.folded))) names.add(next);
        else if (!LIST_WORDS.has(candidate.folded)) break;
      }
    }
  });
  // A name written again is the same name ("Amal … amal"), in lower case too unless it is also a
  // word of the language ("Hunter … a hunter").
  const named = new Set([...names].map((index) => words[index]!.folded));
  words.forEach((word, index) => {
    if (named.has(word.folded) && (word.capitalized || !reading.isWord(word.folded))) names.add(index);
  });
  return [...names].sort((a, b) => a - b).map((index) => [words[index]!.start, words[index]!.end]);
}
