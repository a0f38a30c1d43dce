import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { incompleteReason } from '../../../functions/domain/use-cases/hand-over-incomplete-split-messages.js';
import {
  type SweepSettings,
  sweepUnfinishedMessages,
  sweepWindowAt,
} from '../../../functions/domain/use-cases/sweep-unfinished-messages.js';
import { type InMemoryPipeline, inMemoryPipeline } from '../../helpers/in-memory/in-memory-pipeline.js';
import { OFFICE_MAILBOX, SPO, TRIAGE_MAILBOX } from './use-case-fixtures.js';

// A recommendation form mpack split into three message/partial fragments, from intake@spo.example
// (scripts/fixtures/make-container-fixtures.sh).
const part = (number: number) =>
  readFileSync(new URL(`../../fixtures/containers/partial-0${number}.eml`, import.meta.url));

const HOUR_MS = 60 * 60 * 1000;
const SETTINGS: SweepSettings = {
  minAgeMs: 5 * 60 * 1000,
  lookbackMs: 14 * 24 * HOUR_MS,
  maxMessages: 10,
  giveUpMs: HOUR_MS,
  fragmentWaitMs: 24 * HOUR_MS,
};

const sweep = (pipeline: InMemoryPipeline) =>
  sweepUnfinishedMessages(pipeline.dependencies, sweepWindowAt(pipeline.dependencies.wallClock.now(), SETTINGS));

describe('a split message whose parts never all arrive, on in-memory ports', () => {
  it('waits; then triage learns which parts arrived, as which stored messages, and which are missing; each held part ends quarantined', async () => {
    // Prepare: parts 1 and 3 of 3 arrive, part 2 does not.
    const pipeline = inMemoryPipeline();
    const first = await pipeline.receiveRaw(part(1), SPO);
    pipeline.later(10 * 60 * 1000);
    const third = await pipeline.receiveRaw(part(3), SPO);
    expect([first.outcome.outcome, third.outcome.outcome]).toEqual(['held', 'held']);

    // Act: a sweep within the wait after the last part, then one after it.
    pipeline.later(23 * HOUR_MS);
    const early = await sweep(pipeline);
    pipeline.later(2 * HOUR_MS);
    const late = await sweep(pipeline);

    // Assess
    expect(early.incompleteSplitMessages).toEqual({ outcomes: [], failed: [] });
    expect(pipeline.mailer.sent).toHaveLength(1);
    const [notice] = pipeline.mailer.sent;
    expect(notice!.to).toEqual([TRIAGE_MAILBOX]);
    expect(notice!.subject).toContain('MESSAGE_FRAGMENTS_INCOMPLETE');
    expect(notice!.text).toContain(
      `parts 1 and 3 of 3 arrived, part 2 never did; the latest part came on 2026-11-23 15:10 UTC. None of it was read. The parts that arrived stay stored (part: stored message): 1: ${first.messageKey}, 3: ${third.messageKey}.`,
    );
    expect(notice!.text).toContain(
      `les parties 1 et 3 sur 3 sont arrivées, la partie 2 n’est jamais arrivée. La plus récente est arrivée le 2026-11-23 15:10 UTC.`,
    );
    expect(notice!.text).toContain(`1\u202f: ${first.messageKey}, 3\u202f: ${third.messageKey}`);
    expect(notice!.text).toContain('JAS recommendation');
    expect(notice!.attachments?.map((attachment) => attachment.contentType)).toEqual(['message/rfc822']);
    expect(late.incompleteSplitMessages.failed).toEqual([]);
    expect(late.incompleteSplitMessages.outcomes.map((outcome) => outcome.messageKey).sort()).toEqual(
      [first.messageKey, third.messageKey].sort(),
    );
    for (const { messageKey } of [first, third])
      expect(await pipeline.cases.findMessageOutcome(messageKey)).toMatchObject({
        outcome: 'quarantined',
        reasonCode: 'MESSAGE_FRAGMENTS_INCOMPLETE',
        reason: expect.stringContaining('part 2 never did'),
        noticesSent: [{ purpose: 'triage', to: TRIAGE_MAILBOX }],
      });
  });

  it('is handed over once; the missing part, arriving later, still completes the message: nothing is lost', async () => {
    // Prepare
    const pipeline = inMemoryPipeline();
    await pipeline.receiveRaw(part(1), SPO);
    await pipeline.receiveRaw(part(3), SPO);
    pipeline.later(25 * HOUR_MS);
    await sweep(pipeline);

    // Act
    const again = await sweep(pipeline);
    const second = await pipeline.receiveRaw(part(2), SPO);

    // Assess
    expect(again.incompleteSplitMessages.outcomes).toEqual([]);
    expect(second.outcome).toMatchObject({
      outcome: 'case_updated',
      formsFound: [{ formId: 'jas-recommendation', valid: true }],
    });
    expect(pipeline.mailer.sent.filter((mail) => mail.to.includes(TRIAGE_MAILBOX))).toHaveLength(1);
    expect(pipeline.mailer.to(OFFICE_MAILBOX)).toHaveLength(1);
    expect((await sweep(pipeline)).incompleteSplitMessages.outcomes).toEqual([]);
  });

  it('without its last part the total is unknown: the reason says the last part, which gives it, never came', async () => {
    // Prepare: RFC 2046 asks for the total on the last fragment only; this first one does not give it.
    const pipeline = inMemoryPipeline();
    const withoutTotal = Buffer.from(part(1).toString('latin1').replace('number=1; total=3;', 'number=1;'), 'latin1');
    const first = await pipeline.receiveRaw(withoutTotal, SPO);
    expect(first.outcome.reason).toContain('waiting for the last fragment, which gives the total');
    pipeline.later(25 * HOUR_MS);

    // Act
    const { incompleteSplitMessages } = await sweep(pipeline);

    // Assess
    expect(incompleteSplitMessages.outcomes.map((outcome) => outcome.messageKey)).toEqual([first.messageKey]);
    const [notice] = pipeline.mailer.sent;
    expect(notice!.text).toContain('part 1 arrived, the last part, which says how many there are, never did');
    expect(notice!.text).toContain(
      'la partie 1 est arrivée, la dernière partie, qui indique combien il y en a, n’est jamais arrivée',
    );
  });

  it('a complete message is not touched, however old', async () => {
    // Prepare
    const pipeline = inMemoryPipeline();
    for (const number of [1, 2, 3]) await pipeline.receiveRaw(part(number), SPO);
    pipeline.mailer.sent.length = 0;
    pipeline.later(25 * HOUR_MS);

    // Act
    const { incompleteSplitMessages } = await sweep(pipeline);

    // Assess
    expect(incompleteSplitMessages).toEqual({ outcomes: [], failed: [] });
    expect(pipeline.mailer.sent).toEqual([]);
  });
});

describe('incompleteReason', () => {
  it('names the parts known to be missing below the highest that came, and the last, when no part gave the total', () => {
    const kept = (number: number) => ({ number, messageKey: `raw/part-${number}`, keptAt: new Date(0) });
    const reason = incompleteReason([kept(1), kept(3)], new Date('2026-11-23T15:10:00Z'));
    expect(reason.en).toContain(
      'parts 1 and 3 arrived, part 2 and the last part, which says how many there are, never did; the latest part came on 2026-11-23 15:10 UTC',
    );
    expect(reason.fr).toContain(
      'les parties 1 et 3 sont arrivées, la partie 2 et la dernière partie, qui indique combien il y en a, ne sont jamais arrivées',
    );
    expect(reason.en).toContain('1: raw/part-1, 3: raw/part-3');
  });
});
