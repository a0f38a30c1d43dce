import { setTimeout as sleep } from 'node:timers/promises';
import type { CaseChange, CaseRecord } from '../case-record.js';
import type { CaseRepository } from '../ports.js';

/** How many changes a case remembers by message: far more than can be in flight for one case at once. */
const REMEMBERED_CHANGES = 25;
// Every conflict means another message was applied: with 50 arriving at once, the last waits its turn.
const MAX_ATTEMPTS = 100;
const BACKOFF_CAP_MS = 50;

/** What a decision about a case can say: a change to apply, or why nothing changes. */
export type ChangeDecision<Refusal> =
  | {
      readonly applied: true;
      readonly next: CaseRecord;
      readonly events: CaseChange['events'];
      readonly effects: CaseChange['effects'];
      readonly clocks?: CaseChange['clocks'];
    }
  | { readonly applied: false; readonly refusal: Refusal };

/**
 * Applies one message's change to a case with optimistic concurrency: read, decide, write if no
 * one wrote in between, else decide again on the fresh case. The change is remembered on the case
 * in the same write, so a redelivered message gets back the change it made instead of deciding
 * again on a case it already moved.
 */
export async function applyCaseChange<Refusal>(
  cases: CaseRepository,
  caseId: string,
  messageKey: string,
  now: string,
  decide: (current: CaseRecord) => ChangeDecision<Refusal>,
  /** The case as the caller just read it: the first attempt decides on it instead of reading again. */
  justRead?: CaseRecord,
): Promise<
  | { applied: true; change: CaseChange; caseRecord: CaseRecord }
  | { applied: false; refusal: Refusal; caseRecord: CaseRecord }
> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    const current = attempt === 0 && justRead ? justRead : await cases.getCase(caseId);
    if (!current) throw new Error(`Case ${caseId} disappeared while a message was applied to it`);
    const remembered = current.recentChanges?.find((change) => change.messageKey === messageKey);
    if (remembered) return { applied: true, change: remembered, caseRecord: current };
    const decision = decide(current);
    if (!decision.applied) return { applied: false, refusal: decision.refusal, caseRecord: current };
    const change: CaseChange = {
      messageKey,
      events: decision.events,
      effects: decision.effects,
      clocks: decision.clocks ?? [],
    };
    const next: CaseRecord = {
      ...decision.next,
      recentChanges: [...(current.recentChanges ?? []), change].slice(-REMEMBERED_CHANGES),
      updatedAt: now,
      version: current.version + 1,
    };
    if (await cases.updateCase(next)) return { applied: true, change, caseRecord: next };
    // Random, growing waits keep colliding writers from colliding again in step.
    await sleep(Math.random() * Math.min(BACKOFF_CAP_MS, 2 * (attempt + 1)));
  }
  throw new Error(`Case ${caseId} kept changing: ${MAX_ATTEMPTS} attempts to apply one message failed`);
}
