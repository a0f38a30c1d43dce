import type { NoticeBlock } from '../../../../functions/notices/notice-content.js';

/** The shape of a body, block by block: what must be the same in English and French. */
export function bodyShape(blocks: readonly NoticeBlock[]): string[] {
  return blocks.map((block) => {
    if ('facts' in block) return `facts:${block.facts.length}`;
    if ('list' in block) return `list:${block.list.length}`;
    if ('actions' in block) return `actions:${block.actions.length}`;
    return Object.keys(block)[0]!;
  });
}

/** Leftovers of a template bug: a missing value, an object printed as text, a failed number. */
export const BROKEN_VALUE = /undefined|\[object Object\]|\bNaN\b|\bnull\b/;

/** Lower case without accents, so "Zoé" is found as "zoe". */
export function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
