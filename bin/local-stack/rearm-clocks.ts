import { startRunningClocks } from '../../functions/domain/case-clocks.js';
import type { PipelineDependencies } from '../../functions/domain/pipeline-dependencies.js';
import { runClockRequests } from '../../functions/domain/workflow/run-clock-requests.js';

/**
 * The local Step Functions keeps executions in memory only: at start-up, every case's running
 * clocks (as the domain derives them from the case) are started again through the pipeline's own
 * PolicyClocks. A clock whose date passed while the stack was down fires at once, as it would
 * have; one that already fired does nothing again (the case decides, and each notice is claimed
 * once). Returns how many were started.
 */
export async function rearmClocks(deps: PipelineDependencies): Promise<number> {
  let started = 0;
  for (const caseRecord of await deps.cases.listCases()) {
    const history = new Set((await deps.cases.listEvents(caseRecord.caseId)).map((event) => event.type));
    const requests = startRunningClocks(caseRecord, history, deps);
    await runClockRequests(caseRecord, requests, deps);
    started += requests.length;
  }
  return started;
}
