import { gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';
import type { DecodeBudget } from './decode-budget.js';

/** zlib (RFC 1950, PDF's FlateDecode), raw deflate (RFC 1951, zip entries) or gzip (RFC 1952). */
export type DeflateFormat = 'zlib' | 'raw' | 'gzip';

const INFLATE = { zlib: inflateSync, raw: inflateRawSync, gzip: gunzipSync } as const;

/**
 * Inflates `compressed` into at most the budget's remaining bytes and charges what it produced:
 * zlib stops at that limit itself, so a bomb costs no more memory than the budget allows. Throws
 * `DecodeBudgetExceededError` when the output does not fit, zlib's own error when the data is damaged.
 */
export function inflateWithinBudget(budget: DecodeBudget, compressed: Uint8Array, format: DeflateFormat): Uint8Array {
  const remaining = budget.remainingBytes;
  let inflated: Buffer;
  try {
    // One byte over the remainder tells "fits exactly" from "was cut at the limit".
    inflated = INFLATE[format](compressed, { maxOutputLength: remaining + 1 });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') budget.charge(remaining + 1);
    throw error;
  }
  budget.charge(inflated.byteLength);
  return inflated;
}
