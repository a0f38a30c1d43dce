/** The verdicts SES wrote on a stored message; `undefined` where SES's block did not say. */
export interface SesVerdicts {
  readonly spam?: string;
  readonly virus?: string;
  readonly spf?: string;
  readonly dkim?: string;
  readonly dmarc?: string;
}

// SES's block is small; reading more of a 40 MB message would only cost time.
const HEADER_SCAN_BYTES = 64 * 1024;
const SES_AUTHSERV_ID = 'amazonses.com';

/**
 * Reads the verdicts from the header block SES puts on top of a stored message, and only from
 * there: everything below SES's `X-SES-RECEIPT` header came from the sender, so copies of these
 * headers further down are ignored as forgeries. A message without SES's block has no verdicts.
 */
export function readSesVerdicts(raw: Uint8Array): SesVerdicts {
  const head = Buffer.from(raw.subarray(0, HEADER_SCAN_BYTES)).toString('latin1');
  const headerSection = head.split(/\r?\n\r?\n/, 1)[0] ?? '';
  const headers = headerSection
    .replace(/\r?\n[ \t]+/g, ' ')
    .split(/\r?\n/)
    .map((line) => {
      const colon = line.indexOf(':');
      return colon < 0
        ? { name: '', value: line }
        : { name: line.slice(0, colon).trim().toLowerCase(), value: line.slice(colon + 1).trim() };
    });
  const receiptAt = headers.findIndex((header) => header.name === 'x-ses-receipt');
  if (receiptAt < 0) return {};
  const sesBlock = headers.slice(0, receiptAt);
  const first = (name: string) => sesBlock.find((header) => header.name === name)?.value;
  const authentication = sesBlock
    .filter(
      (header) => header.name === 'authentication-results' && header.value.toLowerCase().startsWith(SES_AUTHSERV_ID),
    )
    .map((header) => header.value)[0];
  const method = (name: string) =>
    authentication ? new RegExp(`\\b${name}=([a-z]+)`, 'i').exec(authentication)?.[1]?.toLowerCase() : undefined;
  return {
    spam: first('x-ses-spam-verdict')?.toUpperCase(),
    virus: first('x-ses-virus-verdict')?.toUpperCase(),
    spf: method('spf'),
    dkim: method('dkim'),
    dmarc: method('dmarc'),
  };
}

/** Which checks did not pass; empty when the sender may be trusted to act. */
export function failedChecks(verdicts: SesVerdicts): string[] {
  const failed: string[] = [];
  if (verdicts.spam !== 'PASS') failed.push('spam');
  if (verdicts.virus !== 'PASS') failed.push('virus');
  for (const check of ['spf', 'dkim', 'dmarc'] as const)
    if (verdicts[check] !== 'pass') failed.push(check.toUpperCase());
  return failed;
}
