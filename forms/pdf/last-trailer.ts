const LATIN1 = new TextDecoder('latin1');
/** How far back from the end `startxref` is looked for, and how much of a trailer is read. */
const TAIL = 4096;
const TRAILER_SPAN = 64 * 1024;

/**
 * Whether the newest trailer of a PDF (the one `startxref` at the end points to, a classic
 * trailer or a cross-reference stream's dictionary) declares `/Encrypt`; `undefined` when it cannot
 * be found. pdf-lib merges every trailer it meets, so a PDF that was decrypted and saved again
 * (the old cross-reference stream kept as an object) looks encrypted to it; this says it is not.
 */
export function lastTrailerDeclaresEncryption(bytes: Uint8Array): boolean | undefined {
  const tail = LATIN1.decode(bytes.subarray(Math.max(0, bytes.length - TAIL)));
  const offset = Number([...tail.matchAll(/startxref\s+(\d+)/g)].at(-1)?.[1]);
  if (!Number.isSafeInteger(offset) || offset <= 0 || offset >= bytes.length) return undefined;
  const section = LATIN1.decode(bytes.subarray(offset, Math.min(bytes.length, offset + TRAILER_SPAN)));
  if (section.startsWith('xref')) {
    const trailer = /trailer\s*<<([\s\S]*?)startxref/.exec(section)?.[1];
    return trailer === undefined ? undefined : trailer.includes('/Encrypt');
  }
  const streamDictionary = /^\d+\s+\d+\s+obj\s*<<([\s\S]*?)stream/.exec(section)?.[1];
  return streamDictionary === undefined ? undefined : streamDictionary.includes('/Encrypt');
}
