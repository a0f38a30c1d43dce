import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import type { OutgoingNotice } from '../notices/mailer.js';

/**
 * A notice as raw MIME (nodemailer), ready for SESv2's `Content.Raw`. Every notice is marked as
 * machine-sent (RFC 3834 `Auto-Submitted: auto-generated`) and asks Exchange and other
 * autoresponders not to answer it (`X-Auto-Response-Suppress`), so an out-of-office reply and the
 * pipeline never answer each other in a loop.
 */
export function composeNoticeMime(from: string, notice: OutgoingNotice): Promise<Buffer> {
  return new MailComposer({
    from,
    to: [...notice.to],
    replyTo: notice.replyTo ?? from,
    inReplyTo: notice.inReplyTo,
    references: notice.inReplyTo,
    subject: notice.subject,
    text: notice.text,
    html: notice.html,
    headers: { 'Auto-Submitted': 'auto-generated', 'X-Auto-Response-Suppress': 'All' },
    attachments: notice.attachments?.map((attachment) => ({
      filename: attachment.fileName,
      contentType: attachment.contentType,
      content: Buffer.from(attachment.content),
    })),
  })
    .compile()
    .build();
}
