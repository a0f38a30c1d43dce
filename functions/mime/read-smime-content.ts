import { smimeEncrypted, smimeUnreadable } from './container-error.js';
import { DEFAULT_MAX_MESSAGE_BYTES } from './message-limits.js';

// CMS content types (RFC 5652, RFC 5083): what an application/pkcs7-mime blob really is, whatever its label says.
const SIGNED_DATA = '1.2.840.113549.1.7.2';
const ENVELOPED_DATA = '1.2.840.113549.1.7.3';
const ENCRYPTED_DATA = '1.2.840.113549.1.7.6';
const AUTH_ENVELOPED_DATA = '1.2.840.113549.1.9.16.1.23';
const ENCRYPTED_TYPES = new Set([ENVELOPED_DATA, ENCRYPTED_DATA, AUTH_ENVELOPED_DATA]);
// Tools split long content into chunks of 1 to 4 KB: a 40 MB message is at most ~40,000 of them.
const MAX_ASN1_NODES = 100_000;

/**
 * The MIME entity an opaque S/MIME signed message carries inside its CMS SignedData
 * (`application/pkcs7-mime; smime-type=signed-data`), read with pkijs. The signature is not
 * checked: who sent the message is decided by SES's verdicts on the outer message, as for any
 * other. Encrypted CMS (enveloped, encrypted or authenticated-enveloped data) and blobs that are
 * not CMS, or sign no content, throw a `ContainerError` that says so.
 */
export async function readSmimeSignedContent(blob: Uint8Array): Promise<Uint8Array> {
  // Loaded on first use: most mail has no S/MIME, and the Lambda should not pay for it at start.
  const [{ fromBER }, { ContentInfo, SignedData }] = await Promise.all([import('asn1js'), import('pkijs')]);
  let contentType: string;
  let signedData: InstanceType<typeof SignedData> | undefined;
  try {
    const asn1 = fromBER(blob, {
      parseEmbedded: false,
      maxNodes: MAX_ASN1_NODES,
      maxContentLength: DEFAULT_MAX_MESSAGE_BYTES,
    });
    if (asn1.offset === -1) throw new Error(asn1.result.error);
    const info = new ContentInfo({ schema: asn1.result });
    contentType = info.contentType;
    if (contentType === SIGNED_DATA) signedData = new SignedData({ schema: info.content });
  } catch (error) {
    throw smimeUnreadable(error);
  }
  if (ENCRYPTED_TYPES.has(contentType)) throw smimeEncrypted();
  const content = signedData?.encapContentInfo.eContent;
  if (!content) throw smimeUnreadable();
  // Long content arrives as a constructed OCTET STRING: the entity is its pieces joined.
  const pieces = content.valueBlock.isConstructed
    ? content.valueBlock.value.map((piece) => (piece as typeof content).valueBlock.valueHexView)
    : [content.valueBlock.valueHexView];
  return Buffer.concat(pieces);
}
