import { decideClock } from '../case-clocks.js';
import type { ClockDue } from '../clock-request.js';
import type { PipelineDependencies } from '../pipeline-dependencies.js';
import { applyCaseChange } from '../workflow/apply-case-change.js';
import { finishCaseChange } from '../workflow/finish-case-change.js';

/** What a clock did: for the state machine's output and the logs (no personal data). */
export interface ClockOutcome {
  readonly caseId: string;
  readonly purpose: ClockDue['purpose'];
  readonly dueOn: string;
  readonly applied: boolean;
  readonly detail: string;
}

/**
 * A clock's date has come: apply what it means to the case as it is now, once. The clock's
 * firing is keyed like a message, so a retried task finishes what it started and no more.
 */
export async function processClockDue(due: ClockDue, deps: PipelineDependencies): Promise<ClockOutcome> {
  const key = `clock#${due.caseId}#${due.purpose}#${due.dueOn}`;
  const existing = await deps.cases.getCase(due.caseId);
  if (!existing) return { ...due, applied: false, detail: 'no such case' };
  const history = new Set((await deps.cases.listEvents(due.caseId)).map((event) => event.type));
  const now = deps.wallClock.now();
  const result = await applyCaseChange(
    deps,
    {
      caseId: due.caseId,
      ref: { messageKey: key, receivedAt: now },
      actor: { address: 'jas-intake', role: 'clock' },
      now: now.toISOString(),
    },
    (current) => decideClock(current, due, history, deps),
    { firedOn: due.dueOn },
  );
  if (!result.applied) return { ...due, applied: false, detail: result.refusal };
  const sent = await finishCaseChange(result, deps);
  return {
    ...due,
    applied: true,
    detail: `${result.change.events.map((event) => event.type).join(', ')}; ${sent.length} notice(s)`,
  };
}
