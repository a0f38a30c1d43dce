import { authenticate } from 'mailauth';
import type { LocalMailZone } from './local-mail-zone.js';

/** The SMTP session SES receiving saw. */
export interface SmtpEnvelope {
  readonly mailFrom: string;
  readonly recipients: readonly string[];
  readonly clientAddress: string;
  /** The name the client gave in HELO/EHLO. */
  readonly helo: string;
}

/** What SES's spam and virus scanners say; locally there is no scanner, so both pass unless a test says otherwise. */
export interface ScanVerdicts {
  readonly spam: 'PASS' | 'FAIL' | 'GRAY' | 'PROCESSING_FAILED';
  readonly virus: 'PASS' | 'FAIL' | 'GRAY' | 'PROCESSING_FAILED';
}

export const CLEAN_SCAN: ScanVerdicts = { spam: 'PASS', virus: 'PASS' };

/** SPF, DKIM and DMARC as verified for one message. */
export interface MailAuthentication {
  readonly spf: { readonly result: string; readonly comment: string };
  readonly dkim: { readonly result: string; readonly domain?: string };
  readonly dmarc: { readonly result: string; readonly headerFrom?: string };
}

/**
 * Verifies a message's SPF, DKIM and DMARC for real, with mailauth, against the local zone
 * instead of the Internet's DNS: what SES receiving does before it stores a message. Mail signed
 * with a sample domain's key passes DKIM, aligned, hence DMARC; a forged From fails as it fails
 * at SES (the zone's SPF does not authorize loopback, and the forger has no key).
 */
export async function authenticateLocally(
  raw: Uint8Array,
  envelope: SmtpEnvelope,
  zone: LocalMailZone,
): Promise<MailAuthentication> {
  const result = await authenticate(Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength), {
    ip: envelope.clientAddress,
    helo: envelope.helo,
    sender: envelope.mailFrom,
    mta: 'amazonses.com',
    resolver: zone.resolver,
    disableArc: true,
    disableBimi: true,
  });
  const spfResult = result.spf ? result.spf.status.result : 'none';
  const mailFromDomain = envelope.mailFrom.slice(envelope.mailFrom.lastIndexOf('@') + 1) || envelope.helo;
  const signatures = result.dkim.results ?? [];
  const signature =
    signatures.find((entry) => entry.status.result === 'pass' && entry.status.aligned) ??
    signatures.find((entry) => entry.status.result === 'pass') ??
    signatures[0];
  return {
    spf: { result: spfResult, comment: spfComment(spfResult, mailFromDomain, envelope.clientAddress) },
    dkim: signature ? { result: signature.status.result, domain: signature.signingDomain } : { result: 'none' },
    dmarc: result.dmarc
      ? { result: result.dmarc.status.result, headerFrom: result.dmarc.status.header?.from }
      : { result: 'none' },
  };
}

function spfComment(result: string, domain: string, ip: string): string {
  if (result === 'pass') return `spfCheck: domain of ${domain} designates ${ip} as permitted sender`;
  if (result === 'fail' || result === 'softfail')
    return `spfCheck: domain of ${domain} does not designate ${ip} as permitted sender`;
  return `spfCheck: ${ip} is neither permitted nor denied by domain of ${domain}`;
}

// An envelope value that is not a plain address or host name is written as a quoted string, so it stays one value.
function pvalue(text: string): string {
  return /^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~.@[\]:]+$/.test(text) ? text : `"${text.replace(/(["\\])/g, '\\$1')}"`;
}

/**
 * The header block SES puts on top of every message it stores, in SES's own format: its trace
 * fields, its scanners' verdicts, `Received-SPF`, `Authentication-Results` with the `Received-SPF`
 * pairs written in, then `X-SES-RECEIPT`. The pipeline reads verdicts from this block only.
 */
export function sesReceivingHeaders(options: {
  messageId: string;
  envelope: SmtpEnvelope;
  receivedAt: Date;
  scan: ScanVerdicts;
  authentication: MailAuthentication;
}): string {
  const { envelope, authentication, scan } = options;
  const date = options.receivedAt.toUTCString().replace('GMT', '+0000');
  const spfPairs = `client-ip=${pvalue(envelope.clientAddress)}; envelope-from=${pvalue(envelope.mailFrom)}; helo=${pvalue(envelope.helo)};`;
  const spf = `${authentication.spf.result} (${authentication.spf.comment.replace(/[()\\]/g, '')}) ${spfPairs}`;
  const { dkim, dmarc } = authentication;
  return [
    `Return-Path: <${envelope.mailFrom}>`,
    `Received: from ${pvalue(envelope.helo)} ([${envelope.clientAddress}]) by inbound-smtp.local.jas-intake with SMTP id ${options.messageId} for ${envelope.recipients.join(', ')}; ${date}`,
    `X-SES-Spam-Verdict: ${scan.spam}`,
    `X-SES-Virus-Verdict: ${scan.virus}`,
    `Received-SPF: ${spf}`,
    'Authentication-Results: amazonses.com;',
    ` spf=${spf}`,
    ` dkim=${dkim.result}${dkim.domain ? ` header.i=@${dkim.domain}` : ''};`,
    ` dmarc=${dmarc.result}${dmarc.headerFrom ? ` header.from=${dmarc.headerFrom}` : ''};`,
    `X-SES-RECEIPT: local-${options.messageId}`,
    '',
  ].join('\r\n');
}

/**
 * A message as SES receiving stores it: verified (SPF, DKIM, DMARC against the local zone), with
 * its verdict block written on top of whatever the client sent.
 */
export async function asStoredBySes(
  raw: Uint8Array,
  envelope: SmtpEnvelope,
  zone: LocalMailZone,
  receipt: { messageId: string; receivedAt: Date; scan?: ScanVerdicts },
): Promise<Buffer> {
  const block = sesReceivingHeaders({
    messageId: receipt.messageId,
    envelope,
    receivedAt: receipt.receivedAt,
    scan: receipt.scan ?? CLEAN_SCAN,
    authentication: await authenticateLocally(raw, envelope, zone),
  });
  return Buffer.concat([Buffer.from(block), raw]);
}
