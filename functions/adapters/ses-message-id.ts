/**
 * The Message-ID header recipients see on a mail SES sent: SES replaces the sender's own with one
 * built from the `MessageId` SendEmail returns and the sending region's domain —
 * `<MessageId@ca-central-1.amazonses.com>`, and `email.amazonses.com` in us-east-1, where SES began.
 * Replies name it in In-Reply-To and References, so it is what threads a reply to its notice.
 */
export function sesMessageIdHeader(messageId: string, region: string): string {
  const domain = region === 'us-east-1' ? 'email.amazonses.com' : `${region}.amazonses.com`;
  return `<${messageId}@${domain}>`;
}
