import type { FormReadError } from '../form-read-error.js';
import { pdfCorrupt, pdfEncrypted } from '../read-errors.js';

/**
 * Messages pdf-lib (and its decryption code) throws when it cannot decrypt: a password we do not
 * have, or a security handler it does not implement. Its errors are plain `Error`s, so they are
 * told apart by message, here and nowhere else.
 */
const ENCRYPTION_MESSAGES = [/password/i, /encrypt/i, /crypt filter/i, /crypto method/i, /AESBaseCipher/i];

/** Maps whatever loading a PDF threw to the document-level error the sender is told about. */
export function classifyPdfError(error: unknown): FormReadError {
  const message = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  if (ENCRYPTION_MESSAGES.some((pattern) => pattern.test(message))) return pdfEncrypted(error);
  // Anything else, including RangeError from a stack overflow on hostile nesting, means the bytes cannot be read.
  return pdfCorrupt(error);
}
