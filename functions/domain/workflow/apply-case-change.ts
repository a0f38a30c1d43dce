import { setTimeout as sleep } from 'node:timers/promises';
import { type ClockSettings, clockRequestsBetween } from '../case-clocks.js';
import type { CaseChange, CaseRecord } from '../case-record.js';
import type { CaseRepository } from '../ports.js';
import type { ChangeDecision } from './change-decision.js';

/** How many changes a case remembers by message: far more than can be in flight for one case at once. */
const REMEMBERED_CHANGES = 25;
// Every conflict means another message was applied: with 50 arriving at once, the last waits its turn.
const MAX_ATTEMPTS = 100;
const BACKOFF_CAP_MS = 50;

/**
 * Applies one message's change to a case with optimistic concurrency: read, decide, write if no
 * one wrote in between, else decide again on the fresh case. The change is remembered on the case
 * in the same write, so a redelivered message gets back the change it made instead of deciding
 * again on a case it already moved. The clocks it starts and stops follow from the case before
 * and after it, and are remembered with it.
 */
export async function applyCaseChange<Refusal>(
  deps: { readonly cases: CaseRepository } & ClockSettings,
  caseId: string,
  messageKey: string,
  now: string,
  decide: (current: CaseRecord) => ChangeDecision<Refusal>,
  options: {
    /** The case as the caller just read it: the first attempt decides on it instead of reading again. */
    readonly justRead?: CaseRecord;
    /** The date of the clock whose firing this change is: it ends by itself, and the clocks due before it fired. */
    readonly firedOn?: string;
  } = {},
): Promise<
  | { applied: true; change: CaseChange; caseRecord: CaseRecord }
  | { applied: false; refusal: Refusal; caseRecord: CaseRecord }
> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    const current = attempt === 0 && options.justRead ? options.justRead : await deps.cases.getCase(caseId);
    if (!current) throw new Error(`Case ${caseId} disappeared while a message was applied to it`);
    const remembered = current.recentChanges?.find((change) => change.messageKey === messageKey);
    if (remembered) return { applied: true, change: remembered, caseRecord: current };
    const decision = decide(current);
    if (!decision.applied) return { applied: false, refusal: decision.refusal, caseRecord: current };
    const change: CaseChange = {
      messageKey,
      events: decision.events,
      effects: decision.effects,
      clocks: clockRequestsBetween(current, decision.next, deps, options.firedOn),
    };
    const next: CaseRecord = {
      ...decision.next,
      recentChanges: [...(current.recentChanges ?? []), change].slice(-REMEMBERED_CHANGES),
      updatedAt: now,
      version: current.version + 1,
    };
    if (await deps.cases.updateCase(next)) return { applied: true, change, caseRecord: next };
    // Random, growing waits keep colliding writers from colliding again in step.
    await sleep(Math.random() * Math.min(BACKOFF_CAP_MS, 2 * (attempt + 1)));
  }
  throw new Error(`Case ${caseId} kept changing: ${MAX_ATTEMPTS} attempts to apply one message failed`);
}
