import { startOfDayIn } from '../../../kernel/policy-calendar.js';
import type { CaseRecord } from '../case-record.js';
import { caseTimeZone } from '../case-time-zone.js';
import type { ClockRequest } from '../clock-request.js';
import type { PipelineDependencies } from '../pipeline-dependencies.js';

/**
 * Starts and cancels the clocks a decision requested. Each clock fires at the start of its day in
 * the case's time zone; starting one twice starts it once, so a retry may run the same requests again.
 */
export async function runClockRequests(
  caseRecord: Pick<CaseRecord, 'caseId' | 'recommendation'>,
  requests: readonly ClockRequest[],
  deps: Pick<PipelineDependencies, 'policyClocks' | 'timeZone'>,
): Promise<void> {
  const { caseId } = caseRecord;
  const timeZone = caseTimeZone(caseRecord, deps.timeZone);
  for (const request of requests) {
    if (request.action === 'start') {
      await deps.policyClocks.start({
        caseId,
        purpose: request.purpose,
        dueOn: request.dueOn,
        dueAt: startOfDayIn(request.dueOn, timeZone),
      });
    } else {
      await deps.policyClocks.cancel({ caseId, purpose: request.purpose });
    }
  }
}
