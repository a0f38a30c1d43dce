import { type Attachment, simpleParser } from 'mailparser';
import type { InboundMessage, InboundPdf } from './inbound-message.js';
import { DEFAULT_MAX_MESSAGE_BYTES } from './message-limits.js';
import { UnreadableMessageError } from './unreadable-message-error.js';

// Offices forward what an SPO sent, which may itself be a forward; deeper than this is not mail people write.
const MAX_FORWARD_DEPTH = 5;

/**
 * Parses a raw RFC 5322 message and collects its PDFs, including those inside forwarded
 * messages (message/rfc822 parts). Throws `UnreadableMessageError` when the bytes are not mail.
 */
export async function readInboundMessage(
  raw: Uint8Array,
  maxBytes: number = DEFAULT_MAX_MESSAGE_BYTES,
): Promise<InboundMessage> {
  if (raw.byteLength === 0) {
    throw new UnreadableMessageError('MESSAGE_EMPTY', {
      en: 'The message is empty.',
      fr: 'Le message est vide.',
    });
  }
  if (raw.byteLength > maxBytes) {
    const limit = `${Math.round(maxBytes / 1024 / 1024)} MB`;
    throw new UnreadableMessageError('MESSAGE_TOO_LARGE', {
      en: `The message is larger than the ${limit} limit.`,
      fr: `Le message dépasse la limite de ${limit.replace('MB', 'Mo')}.`,
    });
  }
  const parsed = await parse(raw);
  if (parsed.headers.size === 0) {
    throw new UnreadableMessageError('MESSAGE_NOT_MIME', {
      en: 'The message has no email headers: it is not an email.',
      fr: 'Le message n’a aucun en-tête de courriel : ce n’est pas un courriel.',
    });
  }
  const pdfs: InboundPdf[] = [];
  const otherAttachments: string[] = [];
  await collectAttachments(parsed.attachments, 0, pdfs, otherAttachments);
  const from = parsed.from?.value.find((address) => address.address)?.address;
  const recipients = [parsed.to, parsed.cc]
    .flat()
    .flatMap((field) => field?.value ?? [])
    .flatMap((address) => (address.address ? [address.address.toLowerCase()] : []));
  return {
    messageId: parsed.messageId,
    from: from?.toLowerCase(),
    recipients,
    subject: parsed.subject ?? '',
    date: parsed.date,
    textBody: parsed.text ?? '',
    pdfs,
    otherAttachments,
  };
}

// mailparser's own bounds, met by hostile or broken messages, each told apart for the person who looks.
const PARSER_LIMITS: readonly { pattern: RegExp; code: string; en: string; fr: string }[] = [
  {
    pattern: /child nodes/i,
    code: 'MESSAGE_TOO_MANY_PARTS',
    en: 'The message has too many parts or is nested too deeply to be read.',
    fr: 'Le message compte trop de parties ou est trop imbriqué pour être lu.',
  },
  {
    pattern: /header size/i,
    code: 'MESSAGE_HEADER_TOO_LARGE',
    en: 'A header of the message is too large to be read.',
    fr: 'Un en-tête du message est trop volumineux pour être lu.',
  },
];

async function parse(raw: Uint8Array) {
  try {
    return await simpleParser(Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength), {
      skipHtmlToText: true,
      skipTextToHtml: true,
      skipImageLinks: true,
    });
  } catch (error) {
    const limit = PARSER_LIMITS.find(({ pattern }) => error instanceof Error && pattern.test(error.message));
    throw new UnreadableMessageError(
      limit?.code ?? 'MESSAGE_UNPARSEABLE',
      limit
        ? { en: limit.en, fr: limit.fr }
        : { en: 'The message could not be read as email.', fr: 'Le message n’a pas pu être lu comme un courriel.' },
      { cause: error },
    );
  }
}

async function collectAttachments(
  attachments: readonly Attachment[],
  depth: number,
  pdfs: InboundPdf[],
  others: string[],
): Promise<void> {
  for (const [index, attachment] of attachments.entries()) {
    const fileName = attachment.filename ?? `attachment-${depth}-${index + 1}`;
    if (isPdf(attachment)) {
      // A view, not a copy: a 30 MB message should not cost another 30 MB here.
      const content = new Uint8Array(
        attachment.content.buffer,
        attachment.content.byteOffset,
        attachment.content.byteLength,
      );
      pdfs.push({ fileName: attachment.filename ?? `${fileName}.pdf`, content });
    } else if (attachment.contentType === 'message/rfc822' && depth < MAX_FORWARD_DEPTH) {
      const forwarded = await parse(attachment.content);
      await collectAttachments(forwarded.attachments, depth + 1, pdfs, others);
    } else {
      others.push(fileName);
    }
  }
}

// Mail clients label PDFs loosely (application/octet-stream, x-pdf); the bytes and the name decide.
function isPdf(attachment: Attachment): boolean {
  if (attachment.contentType === 'application/pdf' || attachment.contentType === 'application/x-pdf') return true;
  if (attachment.filename?.toLowerCase().endsWith('.pdf')) return true;
  return attachment.content.subarray(0, 1024).includes('%PDF-');
}
