import type { BilingualText } from '../kernel/bilingual-text.js';

/** How the PDFs print a bilingual label: `English / Français`, or once when both are the same. */
export function bilingualLabel(text: BilingualText): string {
  return text.en === text.fr ? text.en : `${text.en} / ${text.fr}`;
}
