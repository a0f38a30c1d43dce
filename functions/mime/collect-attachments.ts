import { DEFAULT_MAX_DECODED_BYTES } from '../../forms/pdf/pdf-limits.js';
import { DecodeBudget } from '../../kernel/decode-budget.js';
import { isJasError, type JasError } from '../../kernel/jas-error.js';
import { nestedTooDeeply, outlookItem } from './container-error.js';
import type { AttachedFile, InboundPdf, UnopenedAttachment } from './inbound-message.js';
import { readSmimeSignedContent } from './read-smime-content.js';
import { readTnefAttachments } from './read-tnef.js';
import { readZipEntries } from './read-zip-entries.js';

/** Reads a MIME entity (a forwarded message, the content of an S/MIME signature): its text and attachments. */
export type ParseEntity = (raw: Uint8Array) => Promise<{ text: string; attachments: readonly AttachedFile[] }>;

/** What a message holds once every container in it is opened. */
export interface CollectedAttachments {
  readonly pdfs: InboundPdf[];
  readonly otherAttachments: string[];
  readonly unopened: UnopenedAttachment[];
  /** Text found inside opened entities (the body of an opaque S/MIME message lives there). */
  readonly texts: string[];
}

// Forwards of forwards, a zip in a winmail.dat: deeper than this is not mail people write.
const MAX_DEPTH = 5;

/**
 * Finds every PDF in `attachments`, opening what holds them: forwarded messages (message/rfc822),
 * Outlook's winmail.dat (TNEF), opaque S/MIME signed data and zip archives, inside each other up to
 * a bound. Every zip archive of the message is inflated within one decode budget, as large as a
 * PDF's. What cannot be opened is listed with the reason; other files are named.
 */
export async function collectAttachments(
  attachments: readonly AttachedFile[],
  parseEntity: ParseEntity,
): Promise<CollectedAttachments> {
  const found: CollectedAttachments = { pdfs: [], otherAttachments: [], unopened: [], texts: [] };
  await walk(attachments, 0, { parseEntity, budget: new DecodeBudget(DEFAULT_MAX_DECODED_BYTES) }, found);
  return found;
}

interface Openers {
  readonly parseEntity: ParseEntity;
  readonly budget: DecodeBudget;
}

type Kind = 'pdf' | 'message' | 'tnef' | 'smime' | 'zip' | 'outlook-item' | 'other';

async function walk(
  attachments: readonly AttachedFile[],
  depth: number,
  openers: Openers,
  found: CollectedAttachments,
): Promise<void> {
  for (const [index, attachment] of attachments.entries()) {
    const fileName = attachment.fileName ?? `attachment-${depth}-${index + 1}`;
    const kind = kindOf(attachment);
    if (kind === 'pdf') found.pdfs.push({ fileName, content: attachment.content });
    else if (kind === 'other') found.otherAttachments.push(fileName);
    else if (depth >= MAX_DEPTH) unopened(found, fileName, nestedTooDeeply());
    else {
      try {
        const inner = await open(kind, attachment, openers);
        found.texts.push(...inner.texts);
        await walk(inner.attachments, depth + 1, openers, found);
      } catch (error) {
        if (!isJasError(error)) throw error;
        unopened(found, fileName, error);
      }
    }
  }
}

async function open(
  kind: Exclude<Kind, 'pdf' | 'other'>,
  attachment: AttachedFile,
  { parseEntity, budget }: Openers,
): Promise<{ texts: string[]; attachments: readonly AttachedFile[] }> {
  switch (kind) {
    case 'message': {
      const forwarded = await parseEntity(attachment.content);
      return { texts: [], attachments: forwarded.attachments };
    }
    case 'smime': {
      const signed = await parseEntity(await readSmimeSignedContent(attachment.content));
      return { texts: signed.text ? [signed.text] : [], attachments: signed.attachments };
    }
    case 'tnef':
      return {
        texts: [],
        attachments: readTnefAttachments(attachment.content).map((file) => ({
          content: file.content,
          ...(file.fileName ? { fileName: file.fileName } : {}),
          ...(file.mimeType ? { contentType: file.mimeType } : {}),
        })),
      };
    case 'zip':
      return { texts: [], attachments: await readZipEntries(attachment.content, budget) };
    case 'outlook-item':
      throw outlookItem();
  }
}

function unopened(found: CollectedAttachments, fileName: string, error: JasError): void {
  found.unopened.push({ fileName, code: error.code, explanation: error.explanation });
}

const TNEF_SIGNATURE = [0x78, 0x9f, 0x3e, 0x22];
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

// Mail clients label files loosely (application/octet-stream, x-pdf, x-zip-compressed): the bytes decide first, then the type and the name.
function kindOf({ fileName, contentType, content }: AttachedFile): Kind {
  const type = contentType?.toLowerCase() ?? '';
  const name = fileName?.toLowerCase() ?? '';
  const startsWith = (signature: readonly number[]) => signature.every((byte, at) => content[at] === byte);
  if (type === 'message/rfc822' || type === 'message/global') return 'message';
  if (startsWith(TNEF_SIGNATURE)) return 'tnef';
  if (startsWith(ZIP_SIGNATURE)) return 'zip';
  if (type === 'application/pkcs7-mime' || type === 'application/x-pkcs7-mime' || /\.p7m$/.test(name)) return 'smime';
  if (type === 'application/vnd.ms-outlook' || (name.endsWith('.msg') && startsWith(OLE_SIGNATURE)))
    return 'outlook-item';
  if (type === 'application/pdf' || type === 'application/x-pdf' || name.endsWith('.pdf')) return 'pdf';
  if (Buffer.from(content.buffer, content.byteOffset, Math.min(content.byteLength, 1024)).includes('%PDF-'))
    return 'pdf';
  return 'other';
}
