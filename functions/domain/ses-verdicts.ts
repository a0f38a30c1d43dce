import type { BilingualText } from '../../kernel/bilingual-text.js';
import { type AuthorReading, readAuthor } from '../mime/read-author.js';
import { type MethodResult, parseAuthenticationResults } from './authentication-results.js';

/** What SES said about a stored message, and about the author it names. */
export interface SesVerdicts {
  /** True when the message starts with the block SES writes; without it nothing is verified. */
  readonly fromSes: boolean;
  readonly spam?: string;
  readonly virus?: string;
  readonly spf?: string;
  /** `pass` when one DKIM signature passed, else the first signature's result. */
  readonly dkim?: string;
  readonly dmarc?: string;
  /** The domain SES's DMARC check judged: its `header.from`. */
  readonly dmarcDomain?: string;
  /** Why SES's `Authentication-Results` could not be read, when it could not. */
  readonly unreadable?: string;
  /** The one address of the message's one `From:` header, or why there is not exactly one. */
  readonly author: AuthorReading;
}

// SES's block is small; reading more of a 40 MB message would only cost time.
const HEADER_SCAN_BYTES = 64 * 1024;
const SES_AUTHSERV_ID = 'amazonses.com';
/** The fields SES writes above its `X-SES-RECEIPT`, in a stored message (SES developer guide, receiving). */
const SES_BLOCK_FIELDS = new Set([
  'return-path',
  'received',
  'x-ses-spam-verdict',
  'x-ses-virus-verdict',
  'received-spf',
  'authentication-results',
]);
const RESULT_KEYWORDS: Readonly<Record<'spf' | 'dkim' | 'dmarc', ReadonlySet<string>>> = {
  spf: new Set(['pass', 'fail', 'softfail', 'neutral', 'none', 'temperror', 'permerror', 'policy']),
  dkim: new Set(['pass', 'fail', 'neutral', 'none', 'temperror', 'permerror', 'policy']),
  dmarc: new Set(['pass', 'fail', 'none', 'temperror', 'permerror']),
};

/**
 * Reads the verdicts from the header block SES puts on top of a stored message, and only from
 * there: SES writes `Return-Path`, `Received`, its spam and virus verdicts, `Received-SPF` and
 * `Authentication-Results`, then `X-SES-RECEIPT`; everything below came from the sender, so
 * copies of these headers there are forgeries. `Authentication-Results` is parsed as RFC 8601
 * says (see `parseAuthenticationResults`), never searched as text; a method reported twice, or a
 * field that does not parse, makes it unreadable.
 */
export function readSesVerdicts(raw: Uint8Array): SesVerdicts {
  const author = readAuthor(raw);
  const block = sesBlock(raw);
  if (!block) return { fromSes: false, author };
  const first = (name: string) => block.find((field) => field.name === name)?.value.trim();
  const spam = first('x-ses-spam-verdict')?.toUpperCase();
  const virus = first('x-ses-virus-verdict')?.toUpperCase();
  const base = { fromSes: true, author, ...(spam && { spam }), ...(virus && { virus }) };
  const parsed = block
    .filter((field) => field.name === 'authentication-results')
    .map((field) => parseAuthenticationResults(field.value));
  if (parsed.some((results) => results === undefined))
    return { ...base, unreadable: 'SES’s Authentication-Results does not follow RFC 8601.' };
  const ses = parsed.filter((results) => results?.authservId === SES_AUTHSERV_ID);
  if (ses.length !== 1)
    return { ...base, unreadable: `SES’s block has ${ses.length} Authentication-Results of ${SES_AUTHSERV_ID}.` };
  const results = ses[0]!.results;
  const of = (method: 'spf' | 'dkim' | 'dmarc') =>
    results.filter((result) => result.method === method && RESULT_KEYWORDS[method].has(result.result));
  const spf = of('spf');
  const dkim = of('dkim');
  const dmarc = of('dmarc');
  const reportedAs = (method: string) => results.filter((result) => result.method === method).length;
  for (const method of ['spf', 'dmarc'] as const)
    if (reportedAs(method) > 1) return { ...base, unreadable: `SES reported ${method} more than once.` };
  if (reportedAs('dkim') !== dkim.length || reportedAs('spf') !== spf.length || reportedAs('dmarc') !== dmarc.length)
    return { ...base, unreadable: 'SES reported a result that is not one of its method’s keywords.' };
  const dmarcDomains = dmarc[0] ? property(dmarc[0], 'header', 'from') : [];
  if (dmarcDomains.length > 1) return { ...base, unreadable: 'SES’s DMARC result names more than one domain.' };
  return {
    ...base,
    ...(spf[0] && { spf: spf[0].result }),
    ...(dkim.length > 0 && { dkim: dkim.some((result) => result.result === 'pass') ? 'pass' : dkim[0]!.result }),
    ...(dmarc[0] && { dmarc: dmarc[0].result }),
    ...(dmarcDomains[0] && { dmarcDomain: dmarcDomains[0].toLowerCase() }),
  };
}

/** Whether SES vouches for the message's author, and if not, why not. */
export type SenderCheck =
  | { readonly verified: true; readonly address: string }
  | {
      readonly verified: false;
      /** The author's address when there is exactly one (it may be forged). */
      readonly address?: string;
      readonly code: 'FROM_AMBIGUOUS' | 'SENDER_NOT_VERIFIED';
      /** For the triage mailbox and the office; names checks and codes, never personal values. */
      readonly reason: BilingualText;
    };

/**
 * Whether the author may be trusted to act: the message has one From header with one address,
 * SES's scanners passed it, and SES's DMARC check passed for that address's domain. SPF and DKIM
 * are each only a path to DMARC, which passes when either passes *aligned* with the From domain;
 * DMARC is what ties the verdict to the address the directory is asked about.
 */
export function checkSender(verdicts: SesVerdicts): SenderCheck {
  const { author } = verdicts;
  if (author.kind !== 'one') return { verified: false, code: 'FROM_AMBIGUOUS', reason: author.reason };
  const refuse = (en: string, fr: string): SenderCheck => ({
    verified: false,
    address: author.address,
    code: 'SENDER_NOT_VERIFIED',
    reason: { en, fr },
  });
  if (!verdicts.fromSes)
    return refuse(
      'The message does not carry the verdict block SES writes: nothing is verified.',
      'Le message ne porte pas le bloc de verdicts qu’écrit SES : rien n’est vérifié.',
    );
  if (verdicts.unreadable)
    return refuse(
      `SES's verdicts could not be read: ${verdicts.unreadable}`,
      `Les verdicts de SES n’ont pas pu être lus : ${verdicts.unreadable}`,
    );
  if (verdicts.spam !== 'PASS' || verdicts.virus !== 'PASS') {
    const verdict = `spam ${verdicts.spam ?? 'none'}, virus ${verdicts.virus ?? 'none'}`;
    return refuse(
      `SES's scanners did not pass it (${verdict}).`,
      `Les analyses de SES ne l’ont pas accepté (${verdict}).`,
    );
  }
  if (verdicts.dmarc !== 'pass')
    return refuse(
      `SES's DMARC check did not pass (dmarc=${verdicts.dmarc ?? 'none'}).`,
      `La vérification DMARC de SES n’a pas réussi (dmarc=${verdicts.dmarc ?? 'none'}).`,
    );
  if (verdicts.dmarcDomain !== domainOf(author.address))
    return refuse(
      "SES's DMARC check passed for another domain than the From address's.",
      'La vérification DMARC de SES a réussi pour un autre domaine que celui de l’adresse From.',
    );
  return { verified: true, address: author.address };
}

function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}

function property(result: MethodResult, ptype: string, name: string): string[] {
  return result.properties
    .filter((entry) => entry.ptype === ptype && entry.property === name)
    .map((entry) => entry.value);
}

/** SES's fields, above its `X-SES-RECEIPT`; `undefined` when the message does not start with them. */
function sesBlock(raw: Uint8Array): { name: string; value: string }[] | undefined {
  const head = Buffer.from(raw.buffer, raw.byteOffset, Math.min(raw.byteLength, HEADER_SCAN_BYTES)).toString('latin1');
  const section = /^([\s\S]*?)\r?\n\r?\n/.exec(head)?.[1] ?? head;
  const fields = section.split(/\r?\n(?![ \t])/).map((field) => {
    const colon = field.indexOf(':');
    return colon < 0
      ? { name: '', value: field }
      : { name: field.slice(0, colon).trim().toLowerCase(), value: field.slice(colon + 1).replace(/\r?\n/g, '') };
  });
  const receiptAt = fields.findIndex((field) => field.name === 'x-ses-receipt');
  if (receiptAt < 1) return undefined;
  const block = fields.slice(0, receiptAt);
  return block.every((field) => SES_BLOCK_FIELDS.has(field.name)) ? block : undefined;
}
