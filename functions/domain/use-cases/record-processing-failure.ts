import { isJasError } from '../../../kernel/jas-error.js';
import type { MessageOutcome } from '../case-record.js';
import { leftForLater } from '../notice-not-sent-yet.js';
import type { PipelineDependencies } from '../pipeline-dependencies.js';
import type { InboundEmailRef } from './inbound-email-ref.js';
import { triageMessage } from './triage-message.js';

/**
 * The last retry failed (a dependency stayed down): the message is quarantined with the reason and
 * a triage notice, so it still ends in one recorded outcome a person sees, and the outcome names
 * the notice when it went out. When the mailer is what is down, the outcome is recorded without
 * it. Unless it already has an outcome: then the failure came after it was recorded and the
 * recorded outcome stands. Returns `undefined` when the message is not failing but waiting on a
 * notice (see `leftForLater`): it is left without an outcome, for a retry or the sweeper to finish.
 */
export async function recordProcessingFailure(
  ref: InboundEmailRef,
  error: unknown,
  deps: PipelineDependencies,
): Promise<MessageOutcome | undefined> {
  const existing = await deps.cases.findMessageOutcome(ref.messageKey);
  if (existing) return existing;
  if (leftForLater(error)) return undefined;
  // Names and codes only: an error message can carry a value from the message.
  const cause = isJasError(error) ? error.code : error instanceof Error ? error.name : 'unknown error';
  const why = {
    code: 'PROCESSING_FAILED',
    reason: {
      en: `Processing failed after every retry (${cause}); the message is kept in S3 under ${ref.messageKey}.`,
      fr: `Le traitement a échoué après chaque nouvelle tentative (${cause}); le message est conservé dans S3 sous ${ref.messageKey}.`,
    },
  };
  try {
    const raw = await deps.mailStore.getRawMessage(ref.messageKey);
    return await triageMessage(ref, deps, why, { raw });
  } catch (triageError) {
    if (leftForLater(triageError)) return undefined;
    // The outcome is recorded all the same; the alarm on quarantined messages reaches a person if triage mail cannot.
    return deps.cases.recordMessageOutcome({
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
  }
}
