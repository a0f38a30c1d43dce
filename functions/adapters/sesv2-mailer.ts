import { type SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import type { Mailer, OutgoingNotice } from '../domain/ports.js';

/** Sends notices through SESv2 as raw MIME, built by nodemailer, so attachments travel too. */
export class Sesv2Mailer implements Mailer {
  constructor(
    private readonly sesv2: SESv2Client,
    private readonly from: string,
    private readonly configurationSet?: string,
  ) {}

  async send(notice: OutgoingNotice): Promise<{ messageId: string }> {
    const mime = await new MailComposer({
      from: this.from,
      to: [...notice.to],
      replyTo: notice.replyTo ?? this.from,
      inReplyTo: notice.inReplyTo,
      references: notice.inReplyTo,
      subject: notice.subject,
      text: notice.text,
      html: notice.html,
      attachments: notice.attachments?.map((attachment) => ({
        filename: attachment.fileName,
        contentType: attachment.contentType,
        content: Buffer.from(attachment.content),
      })),
    })
      .compile()
      .build();
    const result = await this.sesv2.send(
      new SendEmailCommand({
        FromEmailAddress: this.from,
        Destination: { ToAddresses: [...notice.to] },
        Content: { Raw: { Data: mime } },
        ConfigurationSetName: this.configurationSet,
      }),
    );
    return { messageId: result.MessageId ?? '' };
  }
}
