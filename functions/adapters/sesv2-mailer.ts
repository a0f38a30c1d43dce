import { type SESv2Client, SendEmailCommand, type SendEmailCommandOutput } from '@aws-sdk/client-sesv2';
import { NoticeSendUncertainError } from '../domain/notice-not-sent-yet.js';
import type { Mailer, OutgoingNotice } from '../notices/mailer.js';
import { composeNoticeMime } from './compose-notice-mime.js';
import { sesMessageIdHeader } from './ses-message-id.js';

/** Node's errors for a connection never made: the request did not leave. */
const NEVER_CONNECTED = ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN'];

/**
 * Whether SES surely sent nothing: it refused the request (a 4xx answer: a rejected message, a
 * throttled or paused account; or 503, unavailable), or was never reached. A 500, 502 or 504 came
 * after the request arrived, and, like no answer at all, leaves open whether the mail went out. So
 * does any failure after the SDK's own retries: what became of the earlier attempts is not told.
 */
function surelyNotSent(error: unknown): boolean {
  const { $metadata, code } = (error ?? {}) as {
    $metadata?: { httpStatusCode?: unknown; attempts?: unknown };
    code?: unknown;
  };
  if (typeof $metadata?.attempts === 'number' && $metadata.attempts > 1) return false;
  const status = $metadata?.httpStatusCode;
  if (typeof status === 'number') return (status >= 400 && status < 500) || status === 503;
  return typeof code === 'string' && NEVER_CONNECTED.includes(code);
}

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
    let result: SendEmailCommandOutput;
    try {
      result = await this.sesv2.send(
        new SendEmailCommand({
          FromEmailAddress: this.from,
          Destination: { ToAddresses: [...notice.to] },
          Content: { Raw: { Data: mime } },
          ConfigurationSetName: this.configurationSet,
        }),
      );
    } catch (error) {
      if (surelyNotSent(error)) throw error;
      throw new NoticeSendUncertainError('SES did not answer the send: the notice may have gone out', { cause: error });
    }
    if (!result.MessageId) return { messageId: '' };
    return { messageId: sesMessageIdHeader(result.MessageId, await this.sesv2.config.region()) };
  }
}
