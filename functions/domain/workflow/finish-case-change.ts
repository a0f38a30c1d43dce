import type { Actor, CaseChange, CaseRecord } from '../case-record.js';
import type { OriginalMessage, SentNotice } from '../notice-effect.js';
import type { PipelineDependencies } from '../pipeline-dependencies.js';
import type { InboundEmailRef } from '../use-cases/inbound-email-ref.js';
import { runClockRequests } from './run-clock-requests.js';

/**
 * After a change is written: its events go in the audit trail, its notices out and its clocks
 * start, each once (event ids and notice keys derive from the message; clocks are named per case
 * and purpose), so a retry finishes what a failure cut short.
 */
export async function finishCaseChange(
  caseRecord: CaseRecord,
  change: CaseChange,
  ref: InboundEmailRef,
  actor: Actor,
  deps: PipelineDependencies,
  /** The message that made the change, for notices that pass it on. */
  original?: OriginalMessage,
): Promise<SentNotice[]> {
  for (const [index, event] of change.events.entries()) {
    await deps.cases.appendEvent({
      caseId: caseRecord.caseId,
      eventId: `${ref.messageKey}#${index}`,
      at: ref.receivedAt.toISOString(),
      type: event.type,
      actor,
      messageKey: ref.messageKey,
      summary: event.summary,
    });
  }
  const sent = await deps.notices.sendAboutCase(
    caseRecord,
    change.effects.map((effect, index) => ({
      key: `${change.messageKey}#${caseRecord.caseId}#${index}#${effect.notice}`,
      effect,
    })),
    original,
  );
  await runClockRequests(caseRecord, change.clocks ?? [], deps);
  return sent;
}
