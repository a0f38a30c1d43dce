import { setTimeout as sleep } from 'node:timers/promises';
import { type ClockSettings, clockRequestsBetween } from '../case-clocks.js';
import type { Actor, CaseChange, CaseEvent, CaseRecord } from '../case-record.js';
import type { CaseNoticeEffect, KeyedNotice } from '../notice-effect.js';
import type { PipelineDependencies } from '../pipeline-dependencies.js';
import type { CaseWrite } from '../ports.js';
import type { InboundEmailRef } from '../use-cases/inbound-email-ref.js';
import type { ChangeDecision } from './change-decision.js';

/** How many changes a case remembers by message: far more than can be in flight for one case at once. */
const REMEMBERED_CHANGES = 25;
// Every conflict means another message was applied: with 50 arriving at once, the last waits its turn.
const MAX_ATTEMPTS = 100;
const BACKOFF_CAP_MS = 1000;

/** Who makes a change to which case, and when: the message (or clock) that makes it, and its author. */
export interface ChangeMaker {
  readonly caseId: string;
  readonly ref: InboundEmailRef;
  readonly actor: Actor;
  /** When the change is written (the pipeline's wall clock). */
  readonly now: string;
}

/** A change written, with its notices: leased by this attempt when it wrote the change, to send without claiming. */
export interface AppliedChange {
  readonly applied: true;
  readonly change: CaseChange;
  readonly caseRecord: CaseRecord;
  readonly notices: readonly KeyedNotice<CaseNoticeEffect>[];
}

type ChangeDependencies = Pick<PipelineDependencies, 'cases' | 'notices'> & ClockSettings;

interface ChangeOptions {
  /** The case as the caller just read it: the first attempt decides on it instead of reading again. */
  readonly justRead?: CaseRecord;
  /** The date of the clock whose firing this change is: it ends by itself, and the clocks due before it fired. */
  readonly firedOn?: string;
}
/** The decision refused the change: nothing was written. */
type Refused<Refusal> = { readonly applied: false; readonly refusal: Refusal; readonly caseRecord: CaseRecord };
/** Another message wrote first what `alsoWrite` writes once (a fingerprint): nothing was written. */
type WritesRefused = {
  readonly applied: false;
  readonly refusedWrites: readonly CaseWrite[];
  readonly caseRecord: CaseRecord;
};

/**
 * Applies one message's change to a case with optimistic concurrency: read, decide, write if no
 * one wrote in between, else decide again on the fresh case. The change is one write: the case,
 * the change remembered on it (so a redelivered message gets back the change it made instead of
 * deciding again on a case it already moved), its events in the audit trail, the leases of its
 * notices, and `alsoWrite` (the message's fingerprints). When one of `alsoWrite` is refused,
 * nothing is written, and the refused writes come back. The clocks it starts and stops follow
 * from the case before and after it, and are remembered with it.
 */
export async function applyCaseChange<Refusal>(
  deps: ChangeDependencies,
  maker: ChangeMaker,
  decide: (current: CaseRecord) => ChangeDecision<Refusal>,
  options?: ChangeOptions,
): Promise<AppliedChange | Refused<Refusal>>;
export async function applyCaseChange<Refusal>(
  deps: ChangeDependencies,
  maker: ChangeMaker,
  decide: (current: CaseRecord) => ChangeDecision<Refusal>,
  options: ChangeOptions & { readonly alsoWrite: readonly CaseWrite[] },
): Promise<AppliedChange | Refused<Refusal> | WritesRefused>;
export async function applyCaseChange<Refusal>(
  deps: ChangeDependencies,
  maker: ChangeMaker,
  decide: (current: CaseRecord) => ChangeDecision<Refusal>,
  options: ChangeOptions & { readonly alsoWrite?: readonly CaseWrite[] } = {},
): Promise<AppliedChange | Refused<Refusal> | WritesRefused> {
  const { caseId, ref } = maker;
  const alsoWrite = options.alsoWrite ?? [];
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    const current = attempt === 0 && options.justRead ? options.justRead : await deps.cases.getCase(caseId);
    if (!current) throw new Error(`Case ${caseId} disappeared while a message was applied to it`);
    const remembered = current.recentChanges?.find((change) => change.messageKey === ref.messageKey);
    if (remembered)
      return { applied: true, change: remembered, caseRecord: current, notices: changeNotices(caseId, remembered) };
    const decision = decide(current);
    if (!decision.applied) return { applied: false, refusal: decision.refusal, caseRecord: current };
    const change: CaseChange = {
      messageKey: ref.messageKey,
      events: decision.events,
      effects: decision.effects,
      clocks: clockRequestsBetween(current, decision.next, deps, options.firedOn),
    };
    const next: CaseRecord = {
      ...decision.next,
      recentChanges: [...(current.recentChanges ?? []), change].slice(-REMEMBERED_CHANGES),
      updatedAt: maker.now,
      version: current.version + 1,
    };
    const leased = deps.notices.lease(changeNotices(caseId, change));
    const { refused } = await deps.cases.writeTogether([
      { write: 'update-case', caseRecord: next },
      ...changeEvents(maker, change).map((event) => ({ write: 'append-event' as const, event })),
      ...leased.writes,
      ...alsoWrite,
    ]);
    if (refused.length === 0) return { applied: true, change, caseRecord: next, notices: leased.notices };
    const refusedWrites = refused.filter((write) => alsoWrite.includes(write));
    if (refusedWrites.length > 0) return { applied: false, refusedWrites, caseRecord: current };
    // Random waits that double keep colliding writers from colliding again in step: a write whole is
    // a transaction, and transactions on one item run one after the other.
    await sleep(Math.random() * Math.min(BACKOFF_CAP_MS, 20 * 2 ** attempt));
  }
  throw new Error(`Case ${caseId} kept changing: ${MAX_ATTEMPTS} attempts to apply one message failed`);
}

/** A change's events as the audit trail keeps them: ids derive from the message, so each is written once. */
function changeEvents(maker: ChangeMaker, change: CaseChange): CaseEvent[] {
  return change.events.map((event, index) => ({
    caseId: maker.caseId,
    eventId: `${maker.ref.messageKey}#${index}`,
    at: maker.ref.receivedAt.toISOString(),
    type: event.type,
    actor: maker.actor,
    messageKey: maker.ref.messageKey,
    summary: event.summary,
  }));
}

/** A change's notices under their keys: keys derive from the message, so each goes out once. */
function changeNotices(caseId: string, change: CaseChange): KeyedNotice<CaseNoticeEffect>[] {
  return change.effects.map((effect, index) => ({
    key: `${change.messageKey}#${caseId}#${index}#${effect.notice}`,
    effect,
  }));
}
