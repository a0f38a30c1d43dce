import nodemailer from 'nodemailer';
import addressparser from 'nodemailer/lib/addressparser/index.js';
import type Mail from 'nodemailer/lib/mailer/index.js';
import { readAuthor } from '../../functions/mime/read-author.js';
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

  /** Sends `message`; a `raw` message is signed as the one address of its own From header. */
  async send(message: Mail.Options, options: { sign?: boolean } = {}): Promise<LocalDelivery> {
    const author = authorOf(message);
    const key = options.sign === false || !author ? undefined : this.zone.signingKeyFor(author);
    const info = await this.transport.sendMail(
      key && Buffer.isBuffer(message.raw)
        ? { ...message, raw: await this.zone.signedAs(author!, message.raw) }
        : { ...message, ...(key && { dkim: key }) },
    );
    const messageKey = /Ok (raw\/\S+)/.exec(info.response)?.[1];
    if (!messageKey) throw new Error(`The SMTP server did not answer with a message key: ${info.response}`);
    return { messageKey, ...(key && { signedAs: key.domainName }) };
  }

  close(): void {
    this.transport.close();
  }
}

function authorOf(message: Mail.Options): string | undefined {
  if (Buffer.isBuffer(message.raw)) {
    const author = readAuthor(message.raw);
    return author.kind === 'one' ? author.address : undefined;
  }
  const from = Array.isArray(message.from) ? message.from[0] : message.from;
  if (!from) return undefined;
  if (typeof from !== 'string') return 'address' in from ? from.address : undefined;
  return addressparser(from, { flatten: true })[0]?.address || undefined;
}
