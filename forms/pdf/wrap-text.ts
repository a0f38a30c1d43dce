import type { PDFFont } from '@cantoo/pdf-lib';

/**
 * Text the standard PDF fonts can draw: their WinAnsi encoding has the no-break space but not the
 * narrow one French puts before a colon, which keeps its meaning (no line break) as a plain one.
 */
export function standardFontText(text: string): string {
  return text.replace(/\u202f/g, '\u00a0');
}

/**
 * Breaks text into lines no wider than `maxWidth` at `size` in `font`, at breaking spaces only, so a
 * French colon stays with its word (pdf-lib draws no wrapping of its own).
 */
export function wrapText(text: string, font: PDFFont, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of standardFontText(text)
    .split(/[ \t\r\n]+/)
    .filter(Boolean)) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && font.widthOfTextAtSize(candidate, size) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
