import type { BilingualText } from '../../kernel/bilingual-text.js';
import type { NoticeBlock, NoticeContent } from './notice-content.js';

/** One of the two official languages. */
export type Language = keyof BilingualText;

/**
 * Writes a notice's body once for both languages: `write` receives the language and a `say`
 * that picks that language's words, so the English and French bodies hold the same blocks and
 * the same facts in the same order, and each sentence sits next to its translation in the source.
 */
export function bilingualBody(
  write: (language: Language, say: (text: BilingualText) => string) => NoticeBlock[],
): NoticeContent['body'] {
  return {
    en: write('en', (text) => text.en),
    fr: write('fr', (text) => text.fr),
  };
}
