import { ParseSpeeds, PDFDict, PDFDocument } from '@cantoo/pdf-lib';
import { notAPdf, pdfCorrupt, pdfRightsManaged, pdfTooLarge } from '../read-errors.js';
import { classifyPdfError } from './classify-pdf-error.js';
import { lastTrailerDeclaresEncryption } from './last-trailer.js';
import { DEFAULT_MAX_PDF_BYTES } from './pdf-limits.js';
import { encryptedPayloadOf, rightsManagementHandlerOf } from './rights-management.js';

/** The header may follow some junk (mail gateways add a few bytes); readers look in the first kilobyte. */
const HEADER_WINDOW = 1024;
/** `%%EOF` ends the last revision; a file cut short loses it. Some writers append a little after it. */
const EOF_WINDOW = 2048;

function indexOfAscii(bytes: Uint8Array, text: string, from: number, to: number): number {
  const start = Math.max(0, from);
  const window = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(
    start,
    Math.min(to, bytes.length),
  );
  const at = window.indexOf(text, 0, 'latin1');
  return at < 0 ? -1 : start + at;
}

/**
 * Throws a `FormReadError` for bytes not worth parsing: over the size limit, not a PDF, truncated
 * (no end-of-file marker), or encrypted by a rights-management system.
 */
export function checkPdfBytes(bytes: Uint8Array, maxBytes = DEFAULT_MAX_PDF_BYTES): void {
  if (bytes.length > maxBytes) throw pdfTooLarge(bytes.length, maxBytes);
  if (indexOfAscii(bytes, '%PDF-', 0, HEADER_WINDOW) < 0) throw notAPdf();
  if (indexOfAscii(bytes, '%%EOF', bytes.length - EOF_WINDOW, bytes.length) < 0) throw pdfCorrupt();
  const handler = rightsManagementHandlerOf(bytes);
  if (handler) throw pdfRightsManaged(handler);
}

/**
 * Loads a whole PDF for reading its form, or throws a `FormReadError`: those of `checkPdfBytes`,
 * encrypted with a password we do not have, protected by rights management, or corrupt. PDFs
 * encrypted with an empty user password (as IRCC publishes its forms) are decrypted; XFA is kept.
 */
export async function loadPdfDocument(bytes: Uint8Array, maxBytes = DEFAULT_MAX_PDF_BYTES): Promise<PDFDocument> {
  checkPdfBytes(bytes, maxBytes);
  const options = {
    updateMetadata: false,
    preserveXFA: true,
    throwOnInvalidObject: false,
    parseSpeed: ParseSpeeds.Fastest,
  };
  let doc: PDFDocument;
  try {
    // The empty password is tried only when the file is encrypted: it opens IRCC's forms.
    doc = await PDFDocument.load(bytes, { ...options, password: '' });
  } catch (error) {
    const classified = classifyPdfError(error);
    if (classified.code !== 'PDF_ENCRYPTED' || lastTrailerDeclaresEncryption(bytes) !== false) throw classified;
    // Decrypted and saved again by a tool that kept the old trailer: the current revision is not encrypted.
    try {
      doc = await PDFDocument.load(bytes, { ...options, ignoreEncryption: true });
    } catch (retryError) {
      throw classifyPdfError(retryError);
    }
  }
  // pdf-lib recovers what it can and may return a document without a catalog: nothing to read there.
  if (!(doc.context.lookup(doc.context.trailerInfo.Root) instanceof PDFDict)) throw pdfCorrupt();
  const payload = encryptedPayloadOf(doc);
  if (payload) throw pdfRightsManaged(payload);
  return doc;
}
