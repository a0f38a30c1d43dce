import type { InboundMessage } from '../mime/inbound-message.js';
import type { CaseWrite } from './ports.js';

/** The message's fingerprints applied to a case, to write with the change it makes: a copy of it is refused there. */
export function fingerprintWrites(caseId: string, fingerprints: readonly string[], messageKey: string): CaseWrite[] {
  return fingerprints.map((fingerprint) => ({ write: 'apply-message', caseId, fingerprint, messageKey }));
}

/** A message that changed a case is linked to it by its Message-ID, written with its outcome: replies to it thread. */
export function threadLink(caseId: string | undefined, message: InboundMessage): CaseWrite[] {
  return caseId && message.messageId ? [{ write: 'link-message-id', caseId, messageId: message.messageId }] : [];
}
