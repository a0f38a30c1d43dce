import type { InboundMessage } from '../mime/inbound-message.js';
import { readDkimSignatures } from '../mime/read-dkim-signatures.js';

/**
 * What makes a message the same message wherever it is stored again: its Message-ID, and the
 * signature its author's domain put on it (DKIM's `b=`), which a resend, a copy through a list or
 * a forwarded original keeps. DKIM gives no freshness: a signed message verifies again every time
 * it is replayed, so a case remembers the messages applied to it by these.
 */
export function messageFingerprints(message: InboundMessage, raw: Uint8Array, authorDomain: string): string[] {
  const signatures = readDkimSignatures(raw)
    .filter((signature) => signature.domain === authorDomain)
    .map((signature) => `dkim-b:${signature.signature}`);
  return [...(message.messageId ? [`message-id:${message.messageId.trim()}`] : []), ...signatures];
}
