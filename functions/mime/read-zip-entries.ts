import type { Readable } from 'node:stream';
import type { Entry } from 'yauzl';
import type { DecodeBudget } from '../../kernel/decode-budget.js';
import { DecodeBudgetExceededError } from '../../kernel/decode-budget.js';
import { inflateWithinBudget } from '../../kernel/inflate-within-budget.js';
import { ContainerError, zipEncrypted, zipTooLarge, zipUnreadable } from './container-error.js';
import type { AttachedFile } from './inbound-message.js';

const STORED = 0;
const DEFLATED = 8;
// Forms travel a few at a time; an archive of thousands of entries is not a case file.
const MAX_ENTRIES = 1000;

/**
 * The files of a zip archive, read with yauzl (which checks the archive's structure and names).
 * Each entry's compressed bytes are inflated by the pipeline's decode budget, the one PDFs are
 * decoded within, so an archive that expands past it ("zip bomb") costs no more than the budget and
 * ends in `ZIP_TOO_LARGE`. Password-protected entries end in `ZIP_ENCRYPTED`; damaged archives and
 * compression methods other than stored and deflate in `ZIP_UNREADABLE`.
 */
export async function readZipEntries(archive: Uint8Array, budget: DecodeBudget): Promise<AttachedFile[]> {
  const { fromBufferPromise } = await import('yauzl');
  const files: AttachedFile[] = [];
  try {
    const zip = await fromBufferPromise(Buffer.from(archive.buffer, archive.byteOffset, archive.byteLength), {
      strictFileNames: false,
      validateEntrySizes: true,
    });
    if (zip.entryCount > MAX_ENTRIES) throw zipUnreadable();
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName.endsWith('/')) continue;
      if (entry.isEncrypted()) throw zipEncrypted();
      if (entry.compressionMethod !== STORED && entry.compressionMethod !== DEFLATED) throw zipUnreadable();
      const compressed = await readAll(await zip.openReadStreamPromise(entry, { decodeFileData: false }));
      const content =
        entry.compressionMethod === DEFLATED
          ? inflateWithinBudget(budget, compressed, 'raw')
          : charged(budget, compressed);
      if (content.byteLength !== entry.uncompressedSize) throw zipUnreadable();
      files.push({ fileName: baseName(entry), content });
    }
  } catch (error) {
    if (error instanceof DecodeBudgetExceededError) throw zipTooLarge(error.limitBytes, error);
    if (error instanceof ContainerError) throw error;
    throw zipUnreadable(error);
  }
  return files;
}

function charged(budget: DecodeBudget, bytes: Uint8Array): Uint8Array {
  budget.charge(bytes.byteLength);
  return bytes;
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

// Folders inside the archive say nothing about the form; the name is what the sender is told.
function baseName(entry: Entry): string {
  return entry.fileName.split(/[\\/]/).pop() || entry.fileName;
}
