import { startOfDayIn } from '../../../kernel/policy-calendar.js';
import type { ClockRequest } from '../clock-request.js';
import type { PipelineDependencies } from '../pipeline-dependencies.js';

/**
 * Starts and cancels the clocks a decision requested. Each clock fires at the start of its day in
 * the case's time zone; starting one twice starts it once, so a retry may run the same requests again.
 */
export async function runClockRequests(
  caseId: string,
  requests: readonly ClockRequest[],
  deps: Pick<PipelineDependencies, 'policyClocks' | 'timeZone'>,
): Promise<void> {
  for (const request of requests) {
    if (request.action === 'start') {
      await deps.policyClocks.start({
        caseId,
        purpose: request.purpose,
        dueOn: request.dueOn,
        dueAt: startOfDayIn(request.dueOn, deps.timeZone),
      });
    } else {
      await deps.policyClocks.cancel({ caseId, purpose: request.purpose });
    }
  }
}
