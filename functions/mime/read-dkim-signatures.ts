/** One DKIM signature of a message: the domain that signed (d=) and the signature itself (b=). */
export interface DkimSignature {
  readonly domain: string;
  /** The b= value with its folding whitespace removed: the same bytes however the message is re-wrapped. */
  readonly signature: string;
}

// Signatures sit among the first headers; a message does not need more than this read to find them.
const HEADER_SCAN_BYTES = 256 * 1024;

/**
 * The DKIM-Signature fields of a raw message's header section, read as RFC 6376's tag-list
 * (section 3.2): `;`-separated `tag=value`, whitespace around tags ignored. Fields without a
 * domain or a signature are left out. Whether a signature verifies is SES's to say, not this.
 */
export function readDkimSignatures(raw: Uint8Array): DkimSignature[] {
  const head = Buffer.from(raw.buffer, raw.byteOffset, Math.min(raw.byteLength, HEADER_SCAN_BYTES)).toString('latin1');
  const section = /^([\s\S]*?)\r?\n\r?\n/.exec(head)?.[1] ?? head;
  return section
    .split(/\r?\n(?![ \t])/)
    .filter((field) => /^dkim-signature\s*:/i.test(field))
    .flatMap((field) => {
      const tags = new Map<string, string>();
      for (const spec of field.slice(field.indexOf(':') + 1).split(';')) {
        const equals = spec.indexOf('=');
        if (equals > 0) tags.set(spec.slice(0, equals).trim(), spec.slice(equals + 1));
      }
      const domain = tags.get('d')?.trim().toLowerCase();
      const signature = tags.get('b')?.replace(/\s+/g, '');
      return domain && signature ? [{ domain, signature }] : [];
    });
}
