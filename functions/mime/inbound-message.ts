import type { BilingualText } from '../../kernel/bilingual-text.js';
import type { AutomaticMail } from './automatic-mail.js';
import type { MessageFragment } from './message-fragment.js';
import type { AuthorReading } from './read-author.js';

/** What the pipeline needs of one received email, whatever MIME shape it arrived in. */
export interface InboundMessage {
  readonly messageId?: string;
  /** The message ids this one answers (`In-Reply-To`, then `References`), each with its angle brackets. */
  readonly repliesTo: readonly string[];
  /** The one address of the one From header, lower-cased; absent when `author` is not exactly one. */
  readonly from?: string;
  readonly author: AuthorReading;
  /** To and Cc addresses, lower-cased: routing rules match on them. */
  readonly recipients: readonly string[];
  readonly subject: string;
  readonly date?: Date;
  readonly textBody: string;
  /** PDFs found anywhere in the message: attached, forwarded, or inside a container (winmail.dat, S/MIME, zip). */
  readonly pdfs: readonly InboundPdf[];
  /** Attachments that are not PDFs, named so the sender can be told what was ignored. */
  readonly otherAttachments: readonly string[];
  /** Containers that could not be opened, each with the reason and what to send instead. */
  readonly unopened: readonly UnopenedAttachment[];
  /** Set when the message was sent by a machine (auto-reply, delivery report, list): never answered. */
  readonly automatic?: AutomaticMail;
  /** Set when the message is one fragment of a larger one (RFC 2046 message/partial). */
  readonly fragment?: MessageFragment;
}

export interface InboundPdf {
  readonly fileName: string;
  readonly content: Uint8Array;
}

/** An attachment the pipeline could not see into; `code` is stable, `explanation` is what the sender is told. */
export interface UnopenedAttachment {
  readonly fileName: string;
  readonly code: string;
  readonly explanation: BilingualText;
}

/** One attachment as any container gives it: a name when it has one, a MIME type when it says one, bytes. */
export interface AttachedFile {
  readonly fileName?: string;
  readonly contentType?: string;
  readonly content: Uint8Array;
}
