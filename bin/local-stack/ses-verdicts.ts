/**
 * The verdicts the local SES receiving writes into the header block of every message it stores;
 * the pipeline reads them back as `SesVerdicts`.
 */
export interface ReceiptVerdicts {
  readonly spam: 'PASS' | 'FAIL' | 'GRAY' | 'PROCESSING_FAILED';
  readonly virus: 'PASS' | 'FAIL' | 'GRAY' | 'PROCESSING_FAILED';
  readonly spf: 'pass' | 'fail' | 'softfail' | 'neutral' | 'none';
  readonly dkim: 'pass' | 'fail' | 'none';
  readonly dmarc: 'pass' | 'fail' | 'none';
}

export const PASSING_VERDICTS: ReceiptVerdicts = {
  spam: 'PASS',
  virus: 'PASS',
  spf: 'pass',
  dkim: 'pass',
  dmarc: 'pass',
};

/**
 * Verdicts for a message received locally, where there is no DNS to check SPF or DKIM against.
 * The one check that needs none is DMARC's alignment: the From: domain must be the envelope
 * sender's. A message whose From: names another domain (`swaks --from x@evil.example --header
 * "From: supervisor@ircc.example"`) is what spoofing looks like, and fails as SES would fail it.
 */
export function localVerdicts(mailFrom: string, raw: Uint8Array): ReceiptVerdicts {
  const headers =
    Buffer.from(raw.subarray(0, 16_384))
      .toString('latin1')
      .split(/\r?\n\r?\n/, 1)[0] ?? '';
  const fromHeader = /^from:([^\r\n]*(?:\r?\n[ \t][^\r\n]*)*)/im.exec(headers)?.[1] ?? '';
  const fromDomain = /@([^\s>"',;]+)/.exec(fromHeader)?.[1]?.toLowerCase();
  const envelopeDomain = mailFrom.split('@')[1]?.toLowerCase();
  const aligned = fromDomain !== undefined && fromDomain === envelopeDomain;
  return aligned ? PASSING_VERDICTS : { ...PASSING_VERDICTS, dkim: 'fail', dmarc: 'fail' };
}

/**
 * The header block SES puts on top of a stored message (above the sender's own headers), so the
 * pipeline reads verdicts the way it does on AWS, from the top block only.
 */
export function sesReceivingHeaders(options: {
  messageId: string;
  mailFrom: string;
  recipients: readonly string[];
  clientAddress: string;
  receivedAt: Date;
  verdicts: ReceiptVerdicts;
}): string {
  const { verdicts } = options;
  const mailFromDomain = options.mailFrom.split('@')[1] ?? 'unknown';
  const date = options.receivedAt.toUTCString().replace('GMT', '+0000');
  return [
    `Return-Path: <${options.mailFrom}>`,
    `Received: from localhost ([${options.clientAddress}]) by inbound-smtp.local.jas-intake with SMTP id ${options.messageId} for ${options.recipients.join(', ')}; ${date}`,
    `X-SES-Spam-Verdict: ${verdicts.spam}`,
    `X-SES-Virus-Verdict: ${verdicts.virus}`,
    `Received-SPF: ${verdicts.spf} (local stack: verdicts are configured, not checked) client-ip=${options.clientAddress}; envelope-from=${options.mailFrom}; helo=localhost;`,
    `Authentication-Results: amazonses.com; spf=${verdicts.spf} (local stack) smtp.mailfrom=${options.mailFrom}; dkim=${verdicts.dkim} header.i=@${mailFromDomain}; dmarc=${verdicts.dmarc} header.from=${mailFromDomain};`,
    `X-SES-RECEIPT: local-${options.messageId}`,
    '',
  ].join('\r\n');
}
