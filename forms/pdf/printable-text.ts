import type { PDFFont } from '@cantoo/pdf-lib';
import { standardFontText } from './wrap-text.js';

/**
 * The standard fonts encode WinAnsi only (Latin letters, French accents included). Anything else
 * is written without its accent when that is enough, else as `?`, rather than failing the PDF;
 * runs of breaking white space become one space (a no-break space stays).
 */
export function printableText(font: PDFFont): (text: string) => string {
  const encodable = new Set(font.getCharacterSet());
  const fits = (text: string): boolean => [...text].every((char) => encodable.has(char.codePointAt(0)!));
  return (text) =>
    [...standardFontText(text).replace(/[ \t\r\n]+/g, ' ')]
      .map((char) => {
        if (fits(char)) return char;
        const bare = char.normalize('NFD').replace(/\p{M}/gu, '');
        return bare !== '' && fits(bare) ? bare : '?';
      })
      .join('');
}
