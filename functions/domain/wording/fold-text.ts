/**
 * Text folded for matching words written in English or French by people and their mail programs:
 * accents and other combining marks removed (é → e), case folded, typographic apostrophes and
 * dashes made plain, runs of spaces made one. `mineure non accompagnée` and `MINEURE NON
 * ACCOMPAGNEE` fold to the same text.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’‘ʼ`´]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/gu, ' ');
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pattern that finds any of `phrases` (folded as {@link foldText} folds) as whole words in
 * folded text: a phrase ends where a letter or digit does not follow, whatever the script, so
 * `accompagne` matches before a space or a comma and never inside `accompagnement`.
 */
export function phrasePattern(phrases: readonly string[]): RegExp {
  const alternatives = [...new Set(phrases.map(foldText))]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => escapeRegExp(phrase).replace(/ /g, '[\\s-]+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}
