import type { BilingualText } from '../../kernel/bilingual-text.js';

/**
 * Who wrote a message, by its `From:` header: one address, or why there is not exactly one.
 * DMARC vouches for the domain of a single From address only, so anything else is ambiguous.
 */
export type AuthorReading =
  | { readonly kind: 'one'; readonly address: string; readonly displayName?: string }
  | { readonly kind: 'none' | 'ambiguous'; readonly reason: BilingualText };

// A header section larger than this is not one a person's mail client wrote; an unread rest could hide a second From.
const MAX_HEADER_SECTION_BYTES = 1024 * 1024;
const ATOM = /^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~]+(?:\.[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~]+)*$/;
const DOMAIN = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;
const ENCODED_WORD = /=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=/g;

/**
 * Reads the author of a raw RFC 5322 message: the one mailbox of its one `From:` header. More than
 * one From header, a list, a group, an address hidden in a display name or a comment (encoded
 * words decoded first), a quoted or non-ASCII local part, or a domain literal is ambiguous
 * ("Composition Kills", USENIX Security 2020): parsers and DMARC verifiers disagree on such
 * messages, and the pipeline never acts on, nor answers, what it cannot pin to one address.
 */
export function readAuthor(raw: Uint8Array): AuthorReading {
  const section = headerSection(raw);
  if (section === undefined)
    return {
      kind: 'ambiguous',
      reason: {
        en: 'The header section is larger than 1 MB or never ends.',
        fr: 'La section des en-têtes dépasse 1 Mo ou ne se termine jamais.',
      },
    };
  const fromFields = fieldsNamed(section, 'from');
  if (fromFields.length === 0)
    return {
      kind: 'none',
      reason: { en: 'The message has no From header.', fr: 'Le message n’a pas d’en-tête From.' },
    };
  if (fromFields.length > 1)
    return {
      kind: 'ambiguous',
      reason: { en: 'The message has more than one From header.', fr: 'Le message a plus d’un en-tête From.' },
    };
  return readMailbox(fromFields[0]!);
}

function headerSection(raw: Uint8Array): string | undefined {
  const window = Buffer.from(raw.buffer, raw.byteOffset, Math.min(raw.byteLength, MAX_HEADER_SECTION_BYTES));
  const text = window.toString('utf8');
  const end = /\r?\n\r?\n/.exec(text);
  if (end) return text.slice(0, end.index);
  return raw.byteLength <= MAX_HEADER_SECTION_BYTES ? text : undefined;
}

/** Values of every field named `name`, unfolded; `From :` (obsolete space before the colon) counts too. */
function fieldsNamed(section: string, name: string): string[] {
  const values: string[] = [];
  for (const field of section.split(/\r?\n(?![ \t])/)) {
    const colon = field.indexOf(':');
    if (colon < 0) continue;
    if (field.slice(0, colon).trimEnd().toLowerCase() === name)
      values.push(field.slice(colon + 1).replace(/\r?\n/g, ''));
  }
  return values;
}

type Token =
  | { readonly kind: 'atom' | 'quoted' | 'comment' | 'literal'; readonly text: string }
  | { readonly kind: 'special'; readonly text: string };

const ambiguous = (reason: BilingualText): AuthorReading => ({ kind: 'ambiguous', reason });

function readMailbox(value: string): AuthorReading {
  const tokens = tokenize(value);
  if (!tokens)
    return ambiguous({
      en: 'The From header cannot be read as an address.',
      fr: 'L’en-tête From ne se lit pas comme une adresse.',
    });
  if (tokens.some((token) => token.kind === 'special' && [',', ';', ':'].includes(token.text)))
    return ambiguous({
      en: 'The From header holds a list or a group of addresses, not one address.',
      fr: 'L’en-tête From contient une liste ou un groupe d’adresses, pas une seule adresse.',
    });
  if (tokens.some((token) => token.kind === 'comment' && /@/.test(decodeWords(token.text) ?? '@')))
    return ambiguous({
      en: 'A comment in the From header holds an address.',
      fr: 'Un commentaire de l’en-tête From contient une adresse.',
    });
  const meaningful = tokens.filter((token) => token.kind !== 'comment');
  const opens = meaningful.filter((token) => token.text === '<' && token.kind === 'special').length;
  if (opens > 1)
    return ambiguous({
      en: 'The From header holds more than one address.',
      fr: 'L’en-tête From contient plus d’une adresse.',
    });
  if (opens === 0) {
    const address = addrSpec(meaningful);
    return address
      ? { kind: 'one', address }
      : ambiguous({
          en: 'The From header cannot be read as one address.',
          fr: 'L’en-tête From ne se lit pas comme une seule adresse.',
        });
  }
  const open = meaningful.findIndex((token) => token.kind === 'special' && token.text === '<');
  const close = meaningful.findIndex((token) => token.kind === 'special' && token.text === '>');
  if (close !== meaningful.length - 1 || close < open)
    return ambiguous({
      en: 'The From header has text after its address, or an unclosed address.',
      fr: 'L’en-tête From a du texte après son adresse, ou une adresse non fermée.',
    });
  const address = addrSpec(meaningful.slice(open + 1, close));
  if (!address)
    return ambiguous({
      en: 'The From header cannot be read as one address.',
      fr: 'L’en-tête From ne se lit pas comme une seule adresse.',
    });
  const nameTokens = meaningful.slice(0, open);
  if (nameTokens.some((token) => token.kind !== 'atom' && token.kind !== 'quoted'))
    return ambiguous({
      en: 'The From header’s display name is not a plain name.',
      fr: 'Le nom affiché de l’en-tête From n’est pas un simple nom.',
    });
  const displayName = decodeWords(nameTokens.map((token) => token.text).join(' '));
  if (displayName === undefined)
    return ambiguous({
      en: 'The From header’s display name cannot be decoded.',
      fr: 'Le nom affiché de l’en-tête From ne peut pas être décodé.',
    });
  // A name that is itself an address ("a@b.example" <c@d.example>) is what people read: it must be this address.
  if (/[@<>]/.test(displayName) && displayName.trim().toLowerCase() !== address)
    return ambiguous({
      en: 'The From header’s display name looks like another address.',
      fr: 'Le nom affiché de l’en-tête From ressemble à une autre adresse.',
    });
  return { kind: 'one', address, ...(displayName.trim() && { displayName: displayName.trim() }) };
}

/** addr-spec as plain people's mail has it: a dot-atom local part, `@`, a host name. */
function addrSpec(tokens: readonly Token[]): string | undefined {
  if (tokens.length !== 3) return undefined;
  const [local, at, domain] = tokens as [Token, Token, Token];
  if (local.kind !== 'atom' || at.kind !== 'special' || at.text !== '@' || domain.kind !== 'atom') return undefined;
  if (!ATOM.test(local.text) || local.text.includes('=?') || !DOMAIN.test(domain.text)) return undefined;
  return `${local.text}@${domain.text}`.toLowerCase();
}

/** RFC 5322 lexical tokens: atoms (dot-atoms), quoted strings, nested comments, domain literals, specials. */
function tokenize(value: string): Token[] | undefined {
  const tokens: Token[] = [];
  let at = 0;
  while (at < value.length) {
    const char = value[at]!;
    if (char === ' ' || char === '\t') {
      at += 1;
    } else if (char === '"') {
      let text = '';
      at += 1;
      while (at < value.length && value[at] !== '"') {
        if (value[at] === '\\') at += 1;
        text += value[at] ?? '';
        at += 1;
      }
      if (at >= value.length) return undefined;
      at += 1;
      tokens.push({ kind: 'quoted', text });
    } else if (char === '(') {
      let depth = 0;
      let text = '';
      for (;;) {
        if (at >= value.length) return undefined;
        const next = value[at]!;
        if (next === '\\') {
          text += value[at + 1] ?? '';
          at += 2;
          continue;
        }
        at += 1;
        if (next === '(' && ++depth === 1) continue;
        if (next === ')' && --depth === 0) break;
        text += next;
      }
      tokens.push({ kind: 'comment', text });
    } else if (char === '[') {
      const end = value.indexOf(']', at);
      if (end < 0) return undefined;
      tokens.push({ kind: 'literal', text: value.slice(at, end + 1) });
      at = end + 1;
    } else if ('<>@,;:\\'.includes(char)) {
      tokens.push({ kind: 'special', text: char });
      at += 1;
    } else if (/[\x21-\x7e\u0080-\uffff]/.test(char) && char !== ')' && char !== ']') {
      const start = at;
      while (at < value.length && /[^\s"()<>@,;:\\[\]]/.test(value[at]!)) at += 1;
      tokens.push({ kind: 'atom', text: value.slice(start, at) });
    } else {
      return undefined;
    }
  }
  return tokens;
}

/** Decodes RFC 2047 encoded words; `undefined` when one names a charset this runtime cannot decode. */
function decodeWords(text: string): string | undefined {
  let failed = false;
  const decoded = text
    // Whitespace between two encoded words is not part of the text (RFC 2047, section 6.2).
    .replace(/(=\?[^?\s]+\?[BbQq]\?[^?\s]*\?=)\s+(?==\?)/g, '$1')
    .replace(ENCODED_WORD, (_, charset: string, encoding: string, content: string) => {
      try {
        const bytes =
          encoding.toUpperCase() === 'B'
            ? Buffer.from(content, 'base64')
            : Buffer.from(
                content
                  .replace(/_/g, ' ')
                  .replace(/=([0-9A-Fa-f]{2})/g, (__, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
                'latin1',
              );
        return new TextDecoder(charset.split('*')[0]!.toLowerCase()).decode(bytes);
      } catch {
        failed = true;
        return '';
      }
    });
  return failed ? undefined : decoded;
}
