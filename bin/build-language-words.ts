/**
 * `npm run words:build`: regenerates functions/domain/deidentify/language-words.generated.ts, the
 * word lists the de-identification reads free text against, from the packages they come from.
 */
import { writeFile } from 'node:fs/promises';
import { WORD_NAMES } from '../functions/domain/deidentify/free-text-vocabulary.js';
import { collectLanguageWords, languageWordsModule } from './language-words/collect-language-words.js';

const lists = collectLanguageWords(WORD_NAMES);
const target = new URL('../functions/domain/deidentify/language-words.generated.ts', import.meta.url);
await writeFile(target, languageWordsModule(lists));
console.log(`${lists.words.length} words, ${lists.countries.length} country words, ${lists.cities.length} cities`);
