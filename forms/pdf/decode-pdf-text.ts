import {
  decodePDFRawStream,
  PDFArray,
  PDFHexString,
  PDFName,
  PDFNumber,
  type PDFObject,
  PDFRawStream,
  PDFString,
} from '@cantoo/pdf-lib';

/**
 * PDFDocEncoding differs from Latin-1 in 0x18–0x1F and 0x80–0xA0 (typographic quotes, dashes,
 * the euro sign…). Undefined codes map to U+FFFD.
 */
const PDF_DOC_ENCODING_DIFFERENCES: Record<number, number> = {
  0x18: 0x02d8,
  0x19: 0x02c7,
  0x1a: 0x02c6,
  0x1b: 0x02d9,
  0x1c: 0x02dd,
  0x1d: 0x02db,
  0x1e: 0x02da,
  0x1f: 0x02dc,
  0x80: 0x2022,
  0x81: 0x2020,
  0x82: 0x2021,
  0x83: 0x2026,
  0x84: 0x2014,
  0x85: 0x2013,
  0x86: 0x0192,
  0x87: 0x2044,
  0x88: 0x2039,
  0x89: 0x203a,
  0x8a: 0x2212,
  0x8b: 0x2030,
  0x8c: 0x201e,
  0x8d: 0x201c,
  0x8e: 0x201d,
  0x8f: 0x2018,
  0x90: 0x2019,
  0x91: 0x201a,
  0x92: 0x2122,
  0x93: 0xfb01,
  0x94: 0xfb02,
  0x95: 0x0141,
  0x96: 0x0152,
  0x97: 0x0160,
  0x98: 0x0178,
  0x99: 0x017d,
  0x9a: 0x0131,
  0x9b: 0x0142,
  0x9c: 0x0153,
  0x9d: 0x0161,
  0x9e: 0x017e,
  0x9f: 0xfffd,
  0xa0: 0x20ac,
  0xad: 0xfffd,
};

const UTF16BE = new TextDecoder('utf-16be');
const UTF16LE = new TextDecoder('utf-16le');
const UTF8 = new TextDecoder('utf-8');
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes the bytes of a PDF text string: UTF-16BE with its byte-order mark (what most tools write
 * for accents and other scripts), UTF-8 with its mark (PDF 2.0), a UTF-16LE mark (seen from
 * careless writers), else PDFDocEncoding. Written without spreading arguments, unlike pdf-lib's
 * decoder, so a 200,000-character value cannot overflow the call stack.
 */
export function decodePdfTextBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return UTF16BE.decode(bytes.subarray(2));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return UTF16LE.decode(bytes.subarray(2));
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return UTF8.decode(bytes.subarray(3));
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(PDF_DOC_ENCODING_DIFFERENCES[byte] ?? byte);
  return text;
}

/** Names are UTF-8 by convention (`/#C3#A9t#C3#A9`); older writers used single bytes. */
function decodePdfName(name: PDFName): string {
  const bytes = name.asBytes();
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    return decodePdfTextBytes(bytes);
  }
}

/**
 * The text of a PDF object that holds a value: strings, names (pypdf and others write checkbox
 * states either way), numbers, streams (long values are sometimes stored as a stream), and the
 * first element of an array. `undefined` for anything else.
 */
export function pdfObjectText(object: PDFObject | undefined): string | undefined {
  if (object instanceof PDFString || object instanceof PDFHexString) return decodePdfTextBytes(object.asBytes());
  if (object instanceof PDFName) return decodePdfName(object);
  if (object instanceof PDFNumber) return String(object.asNumber());
  if (object instanceof PDFRawStream) return decodePdfTextBytes(decodePDFRawStream(object).decode());
  if (object instanceof PDFArray && object.size() > 0) return pdfObjectText(object.get(0));
  return undefined;
}
