import { type SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import type { Mailer, OutgoingNotice } from '../notices/mailer.js';
import { composeNoticeMime } from './compose-notice-mime.js';
import { sesMessageIdHeader } from './ses-message-id.js';

/**
 * Sends notices through SESv2 as raw MIME (see compose-notice-mime.ts), so attachments travel too,
 * and returns the Message-ID SES gave the mail (see ses-message-id.ts), which replies will name.
 */
export class Sesv2Mailer implements Mailer {
  constructor(
    private readonly sesv2: SESv2Client,
    private readonly from: string,
    private readonly configurationSet?: string,
  ) {}

  async send(notice: OutgoingNotice): Promise<{ messageId: string }> {
    const mime = await composeNoticeMime(this.from, notice);
    const result = await this.sesv2.send(
      new SendEmailCommand({
        FromEmailAddress: this.from,
        Destination: { ToAddresses: [...notice.to] },
        Content: { Raw: { Data: mime } },
        ConfigurationSetName: this.configurationSet,
      }),
    );
    if (!result.MessageId) return { messageId: '' };
    return { messageId: sesMessageIdHeader(result.MessageId, await this.sesv2.config.region()) };
  }
}
