import { randomInt } from 'node:crypto';

// Crockford's base32: no I, L, O or U, so a tag read aloud over the phone cannot be misheard as another.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const RANDOM_LENGTH = 6;
const TAG_PATTERN = /JAS-(\d{4})-([0-9A-Z]{6})(?![0-9A-Z])/i;

/** A new case id such as `JAS-2026-7K3Q9M`: the year the case opened and six random characters. */
export function newCaseId(openedOn: Date, random: (max: number) => number = randomInt): string {
  let suffix = '';
  for (let i = 0; i < RANDOM_LENGTH; i += 1) suffix += ALPHABET[random(ALPHABET.length)];
  return `JAS-${openedOn.getUTCFullYear()}-${suffix}`;
}

/** The tag as it appears in subjects: `[JAS-2026-7K3Q9M]`. */
export function subjectTag(caseId: string): string {
  return `[${caseId}]`;
}

/**
 * Finds a case id anywhere in a subject, whatever prefixes (`Re:`, `TR:`, `Fwd:`) or rewriting
 * surround it. Letters people confuse are read as Crockford does (O→0, I/L→1).
 */
export function findCaseId(subject: string): string | undefined {
  const match = TAG_PATTERN.exec(subject);
  if (!match) return undefined;
  const suffix = match[2]!.toUpperCase().replace(/O/g, '0').replace(/[IL]/g, '1');
  if ([...suffix].some((char) => !ALPHABET.includes(char))) return undefined;
  return `JAS-${match[1]}-${suffix}`;
}
