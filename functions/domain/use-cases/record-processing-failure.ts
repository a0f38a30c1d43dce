import { isJasError } from '../../../kernel/jas-error.js';
import type { MessageOutcome } from '../case-record.js';
import type { PipelineDependencies } from '../pipeline-dependencies.js';
import type { InboundEmailRef } from './inbound-email-ref.js';
import { triageMessage } from './triage-message.js';

/**
 * The last retry failed (a dependency stayed down): the message is quarantined with the reason,
 * so it still ends in one recorded outcome and a person sees it. The outcome is written before the
 * triage notice is tried, since the mailer may be what is down. Unless it already has an outcome:
 * then the failure came after it was recorded and the recorded outcome stands.
 */
export async function recordProcessingFailure(
  ref: InboundEmailRef,
  error: unknown,
  deps: PipelineDependencies,
): Promise<MessageOutcome> {
  const existing = await deps.cases.findMessageOutcome(ref.messageKey);
  if (existing) return existing;
  // Names and codes only: an error message can carry a value from the message.
  const cause = isJasError(error) ? error.code : error instanceof Error ? error.name : 'unknown error';
  const why = {
    code: 'PROCESSING_FAILED',
    reason: {
      en: `Processing failed after every retry (${cause}); the message is kept in S3 under ${ref.messageKey}.`,
      fr: `Le traitement a échoué après chaque nouvelle tentative (${cause}); le message est conservé dans S3 sous ${ref.messageKey}.`,
    },
  };
  const recorded = await deps.cases.recordMessageOutcome({
    messageKey: ref.messageKey,
    outcome: 'quarantined',
    caseIds: [],
    reasonCode: why.code,
    reason: why.reason.en,
    formsFound: [],
    problems: [],
    noticesSent: [],
    at: deps.wallClock.now().toISOString(),
  });
  try {
    const raw = await deps.mailStore.getRawMessage(ref.messageKey);
    await triageMessage(ref, deps, why, { raw });
  } catch {
    // The outcome is recorded; the alarm on quarantined messages reaches a person if triage mail cannot.
  }
  return recorded;
}
