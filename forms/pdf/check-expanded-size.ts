import { constants, inflateSync } from 'node:zlib';
import { pdfExpandsTooFar } from '../read-errors.js';

/** How far a PDF's compressed streams may expand, as a multiple of the PDF size limit. */
const EXPANSION_FACTOR = 5;
// The stream dictionary sits just before `stream`; 1 KB covers any real one.
const DICTIONARY_WINDOW = 1024;

/**
 * Refuses a PDF whose compressed streams expand past a bound (a "PDF bomb": a few hundred kilobytes
 * that inflate to gigabytes and take the reader's memory with them). pdf-lib inflates streams
 * whole and without a limit, so the bound is checked first, with zlib's own output limit; forms
 * are small, so inflating their streams twice costs little.
 */
export function checkExpandedSize(bytes: Uint8Array, maxBytes: number): void {
  const pdf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let budget = maxBytes * EXPANSION_FACTOR;
  for (let at = pdf.indexOf('stream'); at >= 0; at = pdf.indexOf('stream', at + 6)) {
    if (pdf[at - 3] === 0x65 && pdf.subarray(at - 3, at).toString('latin1') === 'end') continue;
    const dictionary = pdf.subarray(Math.max(0, at - DICTIONARY_WINDOW), at).toString('latin1');
    if (!/\/FlateDecode/.test(dictionary.slice(dictionary.lastIndexOf('<<')))) continue;
    const start = at + 6 + (pdf[at + 6] === 0x0d ? 2 : 1);
    const end = pdf.indexOf('endstream', start);
    if (end < 0) return;
    try {
      budget -= inflateSync(pdf.subarray(start, end), {
        maxOutputLength: Math.max(1, budget),
        finishFlush: constants.Z_SYNC_FLUSH,
      }).length;
    } catch (error) {
      // Encrypted or damaged streams do not inflate here; the reader reports those itself.
      if (error instanceof RangeError) throw pdfExpandsTooFar(maxBytes * EXPANSION_FACTOR);
    }
    at = end;
  }
}
