import type { OriginalMessage, SentNotice } from '../notice-effect.js';
import type { PipelineDependencies } from '../pipeline-dependencies.js';
import type { AppliedChange } from './apply-case-change.js';
import { runClockRequests } from './run-clock-requests.js';

/**
 * After a change is written: its clocks start, then its notices go out, each once (clocks are
 * named per case and purpose, notice keys derive from the message), so a retry finishes what a
 * failure cut short. Clocks come first: once the notices are out, only their record is left.
 */
export async function finishCaseChange(
  applied: AppliedChange,
  deps: PipelineDependencies,
  /** The message that made the change, for notices that pass it on. */
  original?: OriginalMessage,
): Promise<SentNotice[]> {
  await startChangeClocks(applied, deps);
  return deps.notices.sendAboutCase(applied.caseRecord, applied.notices, original);
}

/** Starts and cancels the clocks of a change; if that fails, its notices' leases are given back for the retry. */
export async function startChangeClocks(applied: AppliedChange, deps: PipelineDependencies): Promise<void> {
  try {
    await runClockRequests(applied.caseRecord, applied.change.clocks ?? [], deps);
  } catch (error) {
    await deps.notices.giveBack(applied.notices);
    throw error;
  }
}
