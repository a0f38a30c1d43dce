import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { collectLanguageWords, languageWordsModule } from '../../../../bin/language-words/collect-language-words.js';
import { WORD_NAMES } from '../../../../functions/domain/deidentify/free-text-vocabulary.js';
import { loadLanguageWords } from '../../../../functions/domain/deidentify/language-words.js';

describe('the word lists the de-identification reads against', () => {
  it('are what `npm run words:build` makes from their packages today', async () => {
    const committed = await readFile(
      new URL('../../../../functions/domain/deidentify/language-words.generated.ts', import.meta.url),
      'utf8',
    );
    expect(committed === languageWordsModule(collectLanguageWords(WORD_NAMES))).toBe(true);
  });

  it('hold everyday English and French in every form, countries, and cities that are nobody’s given name', async () => {
    const { words, countries, cities } = await loadLanguageWords();
    for (const word of ['dialysis', 'wheelchair', 'counselling', 'souffre', 'frequentent', 'aine', 'hypertension'])
      expect(words.has(word), word).toBe(true);
    for (const name of ['ahmed', 'amal', 'haddad', 'mugisha', 'khalil']) expect(words.has(name), name).toBe(false);
    for (const country of ['syrian', 'syrie', 'congo', 'afghanistan', 'erythree', 'saint'])
      expect(countries.has(country), country).toBe(true);
    for (const name of ['lucia', 'helena', 'vincent']) expect(countries.has(name), name).toBe(false);
    for (const city of ['aleppo', 'kampala', 'longueuil', 'saskatoon']) expect(cities.has(city), city).toBe(true);
    for (const name of ['sofia', 'victoria', 'florence', 'regina']) expect(cities.has(name), name).toBe(false);
  });
});
