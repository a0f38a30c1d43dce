import type { InboundMessage } from '../../mime/inbound-message.js';
import type { MessageOutcome } from '../case-record.js';
import type { PipelineDependencies } from '../pipeline-dependencies.js';
import { destinedToQuebec, mentionsUnaccompaniedMinor } from '../wording/urgent-protection-wording.js';
import type { InboundEmailRef } from './inbound-email-ref.js';

const ONE_DAY_MS = 24 * 60 * 60 * 1000;

/**
 * An urgent protection case (seed 002): passed to ROC-O — and to MIDI when destined to Quebec —
 * with the original attached and ROC-O's one-day response time; an unaccompanied minor destined
 * to Quebec is flagged, since unaccompanied minors must not be directed there.
 */
export async function routeUrgentProtection(
  ref: InboundEmailRef,
  raw: Uint8Array,
  message: InboundMessage,
  deps: PipelineDependencies,
): Promise<MessageOutcome> {
  const text = `${message.subject}\n${message.textBody}`;
  const toQuebec = destinedToQuebec(text);
  const unaccompaniedMinor = mentionsUnaccompaniedMinor(text);
  const respondBy = new Date(ref.receivedAt.getTime() + ONE_DAY_MS).toISOString();
  return deps.notices.settleMessage({
    aboutMessage: [
      {
        key: `${ref.messageKey}#urgent-protection`,
        effect: {
          notice: 'urgent-protection',
          messageKey: ref.messageKey,
          respondBy,
          destinedToQuebec: toQuebec,
          unaccompaniedMinor,
          originalSubject: message.subject,
          from: message.from ?? '',
        },
      },
    ],
    original: { raw, message },
    outcome: (sent) => ({
      messageKey: ref.messageKey,
      outcome: 'routed',
      caseIds: [],
      reasonCode: toQuebec && unaccompaniedMinor ? 'URGENT_PROTECTION_MINOR_TO_QUEBEC' : 'URGENT_PROTECTION',
      reason: `Urgent protection: routed to ROC-O${toQuebec ? ' and MIDI' : ''}; response due within one day${toQuebec && unaccompaniedMinor ? '; WARNING: unaccompanied minor destined to Quebec' : ''}.`,
      formsFound: [],
      problems: [],
      noticesSent: sent,
      respondBy,
      at: deps.wallClock.now().toISOString(),
    }),
  });
}
