import type { BilingualText } from '../../../kernel/bilingual-text.js';
import type { InboundMessage } from '../../mime/inbound-message.js';
import type { MessageOutcome } from '../case-record.js';
import type { PipelineDependencies } from '../pipeline-dependencies.js';
import type { InboundEmailRef } from './inbound-email-ref.js';

export interface TriageReason {
  readonly code: string;
  /** For the triage mailbox in both languages, and (English) for the record; codes and limits, never personal values. */
  readonly reason: BilingualText;
}

/**
 * What the pipeline cannot place goes to a person: the triage mailbox gets the reason and the
 * original message attached, and the message's outcome is `quarantined` with that reason.
 */
export async function triageMessage(
  ref: InboundEmailRef,
  deps: PipelineDependencies,
  why: TriageReason,
  original: { readonly raw?: Uint8Array; readonly message?: InboundMessage },
  recorded: Partial<Pick<MessageOutcome, 'caseIds' | 'formsFound' | 'problems' | 'noticesSent'>> = {},
): Promise<MessageOutcome> {
  return deps.notices.settleMessage({
    aboutMessage: [
      {
        key: `${ref.messageKey}#triage`,
        effect: {
          notice: 'triage',
          reasonCode: why.code,
          reason: why.reason,
          messageKey: ref.messageKey,
          from: original.message?.from,
          subject: original.message?.subject ?? '',
          // A message that could not be parsed travels as a plain file: as message/rfc822 it would make every
          // mail system on the way (and the person's mail client) parse it again and fail the same way.
          ...(original.raw && {
            attachOriginalAs: original.message ? ('message/rfc822' as const) : ('application/octet-stream' as const),
          }),
        },
      },
    ],
    original,
    outcome: (sent) => ({
      messageKey: ref.messageKey,
      outcome: 'quarantined',
      caseIds: recorded.caseIds ?? [],
      reasonCode: why.code,
      reason: why.reason.en,
      formsFound: recorded.formsFound ?? [],
      problems: recorded.problems ?? [],
      noticesSent: [...(recorded.noticesSent ?? []), ...sent],
      at: deps.wallClock.now().toISOString(),
    }),
  });
}
