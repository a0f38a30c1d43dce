/** Why a message is taken for one a machine sent: the header that says so, and its value. */
export interface AutomaticMail {
  readonly signal: 'auto-submitted' | 'precedence' | 'delivery-report' | 'null-reverse-path' | 'autoreply-header';
  readonly header: string;
  readonly value: string;
}

/** One header line of the message as received: lower-cased name, unfolded value. */
export interface HeaderField {
  readonly name: string;
  readonly value: string;
}

// Headers that autoresponders without RFC 3834 put on their replies (vacation, Zimbra, cPanel, …).
const AUTOREPLY_HEADERS = ['x-autoreply', 'x-autorespond', 'x-autoresponder', 'x-auto-reply'];
const BULK_PRECEDENCE = ['bulk', 'junk', 'list'];

/**
 * Tells whether a message was sent by a machine, from its own top-level headers, so that it is
 * recorded but never answered and never taken for a person's answer (RFC 3834 §2, §3.1.8):
 * `Auto-Submitted` with any value but `no`, `Precedence: bulk|junk|list`, a `multipart/report`
 * (delivery and read reports), a null reverse path (`Return-Path: <>`, what bounces carry), or a
 * common autoresponder header. `X-Auto-Response-Suppress` is deliberately not a signal: it is the
 * sender asking not to be auto-answered, which Outlook and many ordinary senders set on people's mail.
 */
export function automaticMailOf(headers: readonly HeaderField[]): AutomaticMail | undefined {
  for (const { name, value } of headers) {
    const token = value.split(';')[0]!.trim().toLowerCase();
    if (name === 'auto-submitted' && token !== '' && token !== 'no')
      return { signal: 'auto-submitted', header: name, value: token };
    if (name === 'precedence' && BULK_PRECEDENCE.includes(token))
      return { signal: 'precedence', header: name, value: token };
    if (name === 'content-type' && token === 'multipart/report')
      return { signal: 'delivery-report', header: name, value: token };
    if (name === 'return-path' && /^<\s*>$/.test(token))
      return { signal: 'null-reverse-path', header: name, value: '<>' };
    if (AUTOREPLY_HEADERS.includes(name) && !['no', 'false', '0'].includes(token))
      return { signal: 'autoreply-header', header: name, value: token };
  }
  return undefined;
}
