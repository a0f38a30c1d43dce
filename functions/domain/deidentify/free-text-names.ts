import { COMMON_WORDS, foldWord, KINSHIP_WORDS, PROPER_WORDS, TITLE_WORDS } from './free-text-vocabulary.js';

/** A stretch of text to remove: `[start, end)` in UTF-16 units. */
export type TextRange = [start: number, end: number];

interface Word {
  readonly text: string;
  readonly folded: string;
  readonly start: number;
  readonly end: number;
  /** First word of a sentence, a line, a list item or after a colon: its capital says nothing. */
  readonly startsSentence: boolean;
}

const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;
const SENTENCE_BREAK = /(?:^|[.!?:;•*\n]|\s[-–—]\s)\s*["“«(]?\s*$/u;
/** How far after a family word its names run ("her children Ahmed (7), Sara (5) and Omar (2)"). */
const KINSHIP_REACH = 4;
const LIST_WORDS: ReadonlySet<string> = new Set(['and', 'et', 'or', 'ou', '&']);

function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORD)].map((match) => {
    // A trailing possessive ("Amal’s") is not part of the name to look up.
    const text = match[0].replace(/['’]s?$/u, '');
    return {
      text,
      folded: foldWord(text),
      start: match.index,
      end: match.index + match[0].length,
      startsSentence: SENTENCE_BREAK.test(textBefore(match.input, match.index)),
    };
  });
}

function textBefore(text: string, index: number): string {
  return text.slice(Math.max(0, index - 6), index);
}

const isCapitalized = (word: Word): boolean => /^\p{Lu}/u.test(word.text);
const isKnown = (word: Word): boolean =>
  COMMON_WORDS.has(word.folded) || PROPER_WORDS.has(word.folded) || TITLE_WORDS.has(word.folded);
/** A hyphenated word whose every part is known ("grand-mère", "Nord-Ouest") is known. */
const isKnownWord = (word: Word): boolean =>
  isKnown(word) || word.folded.split('-').every((part) => COMMON_WORDS.has(part) || PROPER_WORDS.has(part));

/**
 * Where free text names people the case's form does not list: family members, neighbours, staff.
 * A name is a capitalized word that is neither a word of the language nor one of the field's
 * proper words (program terms, places, languages); a word after a family word or a title,
 * whatever its case ("her son ahmed", « Mme haddad »); a possessive ("Amal’s"). A capitalized
 * word that starts a sentence counts only when the text never writes it in lower case and it is
 * not common. Over-removal is the price: the profile is reviewed by ROC-O before it is shared.
 */
export function nameRanges(text: string, alsoKnown: ReadonlySet<string> = new Set()): TextRange[] {
  const words = wordsOf(text);
  const lowerCaseSomewhere = new Set(words.filter((word) => !isCapitalized(word)).map((word) => word.folded));
  const known = (word: Word): boolean => isKnownWord(word) || alsoKnown.has(word.folded);
  const names = new Set<number>();
  words.forEach((word, index) => {
    if (isCapitalized(word) && !known(word)) {
      if (!word.startsSentence || !lowerCaseSomewhere.has(word.folded)) names.add(index);
    }
    if (/['’]s$/u.test(text.slice(word.start, word.end)) && !known(word)) names.add(index);
    if (TITLE_WORDS.has(word.folded) && words[index + 1]) names.add(index + 1);
    if (KINSHIP_WORDS.has(word.folded)) {
      // The family word's names: the words that follow it and are not words of the language, in a
      // list if need be ("children ahmed, sara and omar"); the first ordinary word ends them.
      for (let next = index + 1; next <= index + KINSHIP_REACH && next < words.length; next += 1) {
        const candidate = words[next]!;
        if (candidate.startsSentence) break;
        if (!known(candidate)) names.add(next);
        else if (!LIST_WORDS.has(candidate.folded)) break;
      }
    }
  });
  return [...names].map((index) => [words[index]!.start, words[index]!.end]);
}
