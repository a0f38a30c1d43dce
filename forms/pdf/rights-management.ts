import { PDFDict, type PDFDocument, PDFName } from '@cantoo/pdf-lib';

/**
 * Security handlers of rights-management systems, which encrypt a PDF so that only the people
 * they name can open it, with keys from their service. The encryption dictionary is never in an
 * object stream (ISO 32000-2 §7.5.7), so its handler's name is in the file's bytes as written.
 */
const SECURITY_HANDLERS: readonly { name: string; system: string }[] = [
  { name: '/MicrosoftIRMServices', system: 'Microsoft Purview Information Protection' },
  { name: '/Adobe.APS', system: 'Adobe LiveCycle Rights Management' },
];

const ENCRYPTED_PAYLOAD = PDFName.of('EncryptedPayload');

/** The rights-management system whose security handler encrypts `bytes`, or undefined. */
export function rightsManagementHandlerOf(bytes: Uint8Array): string | undefined {
  const pdf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return SECURITY_HANDLERS.find(
    ({ name }) => pdf.includes(`/Filter${name}`, 0, 'latin1') || pdf.includes(`/Filter ${name}`, 0, 'latin1'),
  )?.system;
}

/**
 * The protection of a PDF 2.0 unencrypted wrapper document (ISO 32000-2 §7.6.7): a cover page
 * and an embedded, encrypted payload, as Microsoft Purview writes protected PDFs. Its objects may
 * sit in compressed object streams, so it is found in the loaded document, not in the bytes.
 */
export function encryptedPayloadOf(doc: PDFDocument): string | undefined {
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Type')) !== ENCRYPTED_PAYLOAD) continue;
    const subtype = object.get(PDFName.of('Subtype'));
    const name = subtype instanceof PDFName ? subtype.decodeText() : '';
    return SECURITY_HANDLERS.find((handler) => handler.name === `/${name}`)?.system ?? (name || 'an encrypted payload');
  }
  return undefined;
}
