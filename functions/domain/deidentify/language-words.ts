/** The words of English and French, of the world's country names, and its cities, folded (see `foldWord`). */
export interface LanguageWords {
  readonly words: ReadonlySet<string>;
  readonly countries: ReadonlySet<string>;
  readonly cities: ReadonlySet<string>;
}

let loading: Promise<LanguageWords> | undefined;

/**
 * Loads the word lists once (about 100,000 words, built by `npm run words:build`), on first use
 * only: they are a chunk of their own in the Lambda bundles, read when a profile is written or
 * checked, never on the way of an ordinary message.
 */
export function loadLanguageWords(): Promise<LanguageWords> {
  loading ??= import('./language-words.generated.js').then(({ LANGUAGE_WORDS, COUNTRY_WORDS, CITY_WORDS }) => ({
    words: new Set(LANGUAGE_WORDS.split('\n')),
    countries: new Set(COUNTRY_WORDS.split('\n')),
    cities: new Set(CITY_WORDS.split('\n')),
  }));
  return loading;
}
