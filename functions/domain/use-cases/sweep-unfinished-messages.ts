import type { MessageOutcome } from '../case-record.js';
import type { PipelineDependencies } from '../pipeline-dependencies.js';
import type { StoredMessage } from '../ports.js';
import {
  handOverIncompleteSplitMessages,
  type IncompleteSplitMessages,
} from './hand-over-incomplete-split-messages.js';
import { processInboundEmail } from './process-inbound-email.js';
import { recordProcessingFailure } from './record-processing-failure.js';

/** Which stored messages a sweep looks at, and how much it does in one run. */
export interface SweepWindow {
  /** Younger messages may still be in their first processing; they wait for a later sweep. */
  readonly storedBefore: Date;
  /** Older messages were looked at by earlier sweeps. */
  readonly storedFrom: Date;
  /** At most this many unfinished messages are processed per run; the rest wait for the next one. */
  readonly maxMessages: number;
  /** A message stored before this that still fails is quarantined, as its last retry would be. */
  readonly giveUpStoredBefore: Date;
  /** A split message none of whose fragments was kept since this, still incomplete, goes to a person. */
  readonly fragmentsKeptBefore: Date;
}

/** How sweeps run, from the configuration. */
export interface SweepSettings {
  /** A message this young may still be in its first processing (with its retries). */
  readonly minAgeMs: number;
  /** How far back each sweep looks. */
  readonly lookbackMs: number;
  readonly maxMessages: number;
  /** How long after it was stored a message that keeps failing is quarantined. */
  readonly giveUpMs: number;
  /** How long a split message waits for its missing fragments after the last one came. */
  readonly fragmentWaitMs: number;
}

/** The window of a sweep run at `now`. */
export function sweepWindowAt(now: Date, settings: SweepSettings): SweepWindow {
  const before = (ms: number) => new Date(now.getTime() - ms);
  return {
    storedBefore: before(settings.minAgeMs),
    storedFrom: before(settings.lookbackMs),
    maxMessages: settings.maxMessages,
    giveUpStoredBefore: before(settings.giveUpMs),
    fragmentsKeptBefore: before(settings.fragmentWaitMs),
  };
}

/** What one sweep found and did. */
export interface SweepReport {
  /** Stored messages with no recorded outcome: each means something upstream failed. */
  readonly found: readonly string[];
  readonly finished: readonly MessageOutcome[];
  /** Still failing: the next sweep tries again. */
  readonly failed: readonly string[];
  /** Split messages whose missing fragments never came, handed to a person. */
  readonly incompleteSplitMessages: IncompleteSplitMessages;
}

/**
 * Reconciliation: every message stored under `raw/` ends with one recorded outcome, even when its
 * S3 event never came or its processing died where no retry or failure path saw it (a crash, a
 * process killed). Each unfinished message is processed again under its own key, as its S3 event
 * would have been; processing is idempotent, so a sweep that meets a message still being
 * processed elsewhere does no harm. Then the split messages whose fragments stopped coming before
 * they were all in go to a person (`handOverIncompleteSplitMessages`), as many as messages per run.
 */
export async function sweepUnfinishedMessages(deps: PipelineDependencies, window: SweepWindow): Promise<SweepReport> {
  const unfinished: StoredMessage[] = [];
  for await (const stored of deps.mailStore.listRawMessages(window)) {
    if (await deps.cases.findMessageOutcome(stored.messageKey)) continue;
    unfinished.push(stored);
    if (unfinished.length >= window.maxMessages) break;
  }
  const finished: MessageOutcome[] = [];
  const failed: string[] = [];
  for (const { messageKey, storedAt } of unfinished) {
    const ref = { messageKey, receivedAt: storedAt };
    try {
      finished.push(await processInboundEmail(ref, deps));
    } catch (error) {
      const given = storedAt < window.giveUpStoredBefore ? await recordProcessingFailure(ref, error, deps) : undefined;
      if (given) finished.push(given);
      else failed.push(messageKey);
    }
  }
  const incompleteSplitMessages = await handOverIncompleteSplitMessages(deps, {
    keptBefore: window.fragmentsKeptBefore,
    maxGroups: window.maxMessages,
  });
  return { found: unfinished.map((stored) => stored.messageKey), finished, failed, incompleteSplitMessages };
}
