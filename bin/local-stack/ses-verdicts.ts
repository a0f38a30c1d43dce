/** The verdicts SES writes into the headers of every message it stores. */
export interface SesVerdicts {
  readonly spam: 'PASS' | 'FAIL' | 'GRAY' | 'PROCESSING_FAILED';
  readonly virus: 'PASS' | 'FAIL' | 'GRAY' | 'PROCESSING_FAILED';
  readonly spf: 'pass' | 'fail' | 'softfail' | 'neutral' | 'none';
  readonly dkim: 'pass' | 'fail' | 'none';
  readonly dmarc: 'pass' | 'fail' | 'none';
}

/** Locally nothing is checked, so the default says every check passed. */
export const PASSING_VERDICTS: SesVerdicts = { spam: 'PASS', virus: 'PASS', spf: 'pass', dkim: 'pass', dmarc: 'pass' };

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
  verdicts: SesVerdicts;
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
