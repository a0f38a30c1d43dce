import type { InboundMessage } from '../../mime/inbound-message.js';
import type { CaseEvent, MessageOutcome } from '../case-record.js';
import { threadLink } from '../message-writes.js';
import type { PipelineDependencies } from '../pipeline-dependencies.js';
import type { SenderCheck } from '../ses-verdicts.js';
import { casePartyOf } from '../workflow/case-party.js';
import type { InboundEmailRef } from './inbound-email-ref.js';
import { triageMessage } from './triage-message.js';

/**
 * Mail a machine sent — an out-of-office reply, a delivery report, a list's mail (RFC 3834) — is
 * never answered and never taken for a party's answer or action, or two machines would answer each
 * other for ever. On its case it is kept in the audit trail and changes nothing (when a verified
 * party's machine sent it); otherwise a person sees it in triage (a bounced notice is worth a look), and its sender is never written to.
 */
export async function recordAutomaticMail(
  ref: InboundEmailRef,
  raw: Uint8Array,
  message: InboundMessage,
  sender: SenderCheck,
  caseId: string | undefined,
  deps: PipelineDependencies,
): Promise<MessageOutcome> {
  const automatic = message.automatic!;
  const reason = {
    en: `Sent by a machine (${automatic.header}: ${automatic.value}): recorded, not answered, not acted on.`,
    fr: `Envoyé par un automate (${automatic.header}: ${automatic.value})\u202f: consigné, sans réponse ni suite.`,
  };
  const caseRecord = caseId ? await deps.cases.getCase(caseId) : undefined;
  // Only a verified party's machine writes in a case's file; anyone else's goes to a person.
  const party = caseRecord && sender.verified && casePartyOf(caseRecord, sender.address, deps.directory).isParty;
  if (!caseRecord || !party) return triageMessage(ref, deps, { code: 'AUTOMATIC_MAIL', reason }, { raw, message });
  const event: CaseEvent = {
    caseId: caseRecord.caseId,
    eventId: `automatic#${ref.messageKey}`,
    at: ref.receivedAt.toISOString(),
    type: 'automatic_mail_recorded',
    actor: { address: sender.address ?? 'unknown', role: 'automatic' },
    messageKey: ref.messageKey,
    summary: `Automatic mail (${automatic.signal}) kept in the file: not answered, not an answer or an action`,
  };
  return deps.cases.recordMessageOutcome(
    {
      messageKey: ref.messageKey,
      outcome: 'case_updated',
      caseIds: [caseRecord.caseId],
      reasonCode: 'AUTOMATIC_MAIL',
      reason: reason.en,
      formsFound: [],
      problems: [],
      noticesSent: [],
      at: deps.wallClock.now().toISOString(),
    },
    [{ write: 'append-event', event }, ...threadLink(caseRecord.caseId, message)],
  );
}
