import nodemailer from 'nodemailer';
import addressparser from 'nodemailer/lib/addressparser/index.js';
import type Mail from 'nodemailer/lib/mailer/index.js';
import { LocalMailZone } from './local-mail-zone.js';

/** How a message reached the local SES stand-in: its stored key, and whether it went out DKIM-signed. */
export interface LocalDelivery {
  readonly messageKey: string;
  readonly signedAs?: string;
}

/**
 * An SMTP client of the local stack that writes as the sample domains' own mail servers do: a
 * message whose From domain has a key in the local zone is DKIM-signed with it (nodemailer signs),
 * so it passes DMARC at the stand-in; any other goes unsigned, as a stranger's or a forger's would.
 * `sign: false` sends unsigned whatever the From, to show what a forgery gets.
 */
export class LocalMailSender {
  private readonly transport: ReturnType<typeof nodemailer.createTransport>;

  constructor(
    smtp: { readonly host: string; readonly port: number },
    private readonly zone: LocalMailZone = new LocalMailZone(),
  ) {
    this.transport = nodemailer.createTransport({ host: smtp.host, port: smtp.port, secure: false, ignoreTLS: true });
  }

  async send(message: Mail.Options & { from: string }, options: { sign?: boolean } = {}): Promise<LocalDelivery> {
    const author = fromAddress(message.from);
    const key = options.sign === false || !author ? undefined : this.zone.signingKeyFor(author);
    const info = await this.transport.sendMail({ ...message, ...(key && { dkim: key }) });
    const messageKey = /Ok (raw\/\S+)/.exec(info.response)?.[1];
    if (!messageKey) throw new Error(`The SMTP server did not answer with a message key: ${info.response}`);
    return { messageKey, ...(key && { signedAs: key.domainName }) };
  }

  close(): void {
    this.transport.close();
  }
}

function fromAddress(from: string): string | undefined {
  return addressparser(from, { flatten: true })[0]?.address || undefined;
}
