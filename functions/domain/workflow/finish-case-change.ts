import type { Actor, CaseChange, CaseRecord } from '../case-record.js';
import type { PipelineDependencies } from '../pipeline-dependencies.js';
import { startOfDayIn } from '../start-of-day.js';
import type { InboundEmailRef } from '../use-cases/inbound-email-ref.js';
import { sendWorkflowNotices } from './send-workflow-notices.js';

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
): Promise<{ purpose: string; to: string }[]> {
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
  const sent = await sendWorkflowNotices(caseRecord, change, deps);
  for (const request of change.clocks ?? []) {
    if (request.action === 'start') {
      await deps.policyClocks.start({
        caseId: caseRecord.caseId,
        purpose: request.purpose,
        dueOn: request.dueOn,
        dueAt: startOfDayIn(request.dueOn, deps.timeZone),
      });
    } else {
      await deps.policyClocks.cancel({ caseId: caseRecord.caseId, purpose: request.purpose });
    }
  }
  return sent;
}
