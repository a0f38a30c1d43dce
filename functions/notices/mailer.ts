export interface NoticeAttachment {
  readonly fileName: string;
  readonly contentType: string;
  readonly content: Uint8Array;
}

/** A rendered notice, ready to send. */
export interface OutgoingNotice {
  readonly to: readonly string[];
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly replyTo?: string;
  readonly inReplyTo?: string;
  readonly attachments?: readonly NoticeAttachment[];
}

/**
 * Sends one rendered notice (SESv2 in AWS and locally). A send that fails throws what the service
 * answered (it sent nothing), or `NoticeSendUncertainError` when no answer came.
 */
export interface Mailer {
  send(notice: OutgoingNotice): Promise<{ messageId: string }>;
}
