import { randomBytes } from 'node:crypto';
import type { Mailer, OutgoingNotice } from '../../../functions/notices/mailer.js';

/** A notice as the mailer was given it, with the Message-ID the send returned. */
export interface SentMail extends OutgoingNotice {
  readonly messageId: string;
}

/** SESv2 in memory, with the adapter's contract: each send returns its own Message-ID, as SES names it. */
export class InMemoryMailer implements Mailer {
  readonly sent: SentMail[] = [];

  async send(notice: OutgoingNotice): Promise<{ messageId: string }> {
    const messageId = `<${randomBytes(16).toString('hex')}@ca-central-1.amazonses.com>`;
    this.sent.push({ ...notice, messageId });
    return { messageId };
  }

  /** The mail sent to an address, in order. */
  to(address: string): SentMail[] {
    return this.sent.filter((mail) => mail.to.includes(address.toLowerCase()));
  }
}
