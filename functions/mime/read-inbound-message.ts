import { type Attachment, type ParsedMail, simpleParser } from 'mailparser';
import { automaticMailOf, type HeaderField } from './automatic-mail.js';
import { collectAttachments, type ParseEntity } from './collect-attachments.js';
import type { AttachedFile, InboundMessage } from './inbound-message.js';
import { fragmentOf, type MessageFragment } from './message-fragment.js';
import { DEFAULT_MAX_MESSAGE_BYTES } from './message-limits.js';
import { readAuthor } from './read-author.js';
import { UnreadableMessageError } from './unreadable-message-error.js';

/**
 * Parses a raw RFC 5322 message and collects its PDFs, including those inside forwarded messages,
 * winmail.dat, opaque S/MIME and zip archives; says what could not be opened and why, whether a
 * machine sent it, which messages it answers and whether it is one fragment of a larger message.
 * Throws `UnreadableMessageError` when the bytes are not mail.
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
  const found = await collectAttachments(parsed.attachments.map(attachedFile), parseEntity);
  // The author by the pipeline's own strict reading, the one DMARC's verdict is checked against; never mailparser's guess.
  const author = readAuthor(raw);
  const recipients = [parsed.to, parsed.cc]
    .flat()
    .flatMap((field) => field?.value ?? [])
    .flatMap((address) => (address.address ? [address.address.toLowerCase()] : []));
  const automatic = automaticMailOf(parsed.headerLines.map(headerField));
  const fragment = fragmentOfMessage(parsed);
  return {
    messageId: parsed.messageId,
    repliesTo: repliesOf(parsed),
    ...(author.kind === 'one' && { from: author.address }),
    author,
    recipients,
    subject: parsed.subject ?? '',
    date: parsed.date,
    // An opaque S/MIME message carries its whole body, text included, inside the signature.
    textBody: parsed.text || found.texts.join('\n'),
    pdfs: found.pdfs,
    otherAttachments: found.otherAttachments,
    unopened: found.unopened,
    ...(automatic ? { automatic } : {}),
    ...(fragment ? { fragment } : {}),
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

const parseEntity: ParseEntity = async (raw) => {
  const parsed = await parse(raw);
  return { text: parsed.text ?? '', attachments: parsed.attachments.map(attachedFile) };
};

function attachedFile(attachment: Attachment): AttachedFile {
  return {
    // A view, not a copy: a 30 MB message should not cost another 30 MB here.
    content: new Uint8Array(attachment.content.buffer, attachment.content.byteOffset, attachment.content.byteLength),
    contentType: attachment.contentType,
    ...(attachment.filename ? { fileName: attachment.filename } : {}),
  };
}

function headerField(line: { key: string; line: string }): HeaderField {
  const colon = line.line.indexOf(':');
  return {
    name: line.key,
    value: line.line
      .slice(colon + 1)
      .replace(/\r?\n[ \t]+/g, ' ')
      .trim(),
  };
}

/** In-Reply-To first, then References newest first: the ids this message answers, each once. */
function repliesOf(parsed: ParsedMail): string[] {
  const ids = [parsed.inReplyTo ?? '', ...[parsed.references ?? []].flat().reverse()].flatMap(
    (value) => value.match(/<[^<>\s]+>/g) ?? [],
  );
  return [...new Set(ids)];
}

/** The fragment a top-level message/partial carries (a nested one is just an attachment). */
function fragmentOfMessage(parsed: ParsedMail): MessageFragment | undefined {
  const contentType = parsed.headers.get('content-type') as
    | { value?: string; params?: Record<string, string> }
    | undefined;
  if (contentType?.value?.toLowerCase() !== 'message/partial') return undefined;
  return fragmentOf(contentType.params ?? {});
}
