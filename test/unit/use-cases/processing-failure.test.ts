import { describe, expect, it } from 'vitest';
import { NoticeSendUncertainError } from '../../../functions/domain/notice-not-sent-yet.js';
import { recordProcessingFailure } from '../../../functions/domain/use-cases/record-processing-failure.js';
import {
  sweepUnfinishedMessages,
  sweepWindowAt,
} from '../../../functions/domain/use-cases/sweep-unfinished-messages.js';
import { failNextCalls } from '../../helpers/fault-injection.js';
import { inMemoryPipeline } from '../../helpers/in-memory/in-memory-pipeline.js';
import { SPO, TRIAGE_MAILBOX } from './use-case-fixtures.js';

const SWEEP = {
  minAgeMs: 0,
  lookbackMs: 24 * 3600 * 1000,
  maxMessages: 10,
  giveUpMs: 3600 * 1000,
  fragmentWaitMs: 24 * 3600 * 1000,
};
const timedOut = () => Object.assign(new Error('the request timed out'), { name: 'TimeoutError' });

describe('a message whose every retry failed, on in-memory ports', () => {
  it('is quarantined with a triage notice, and its outcome names the notice', async () => {
    // Prepare
    const pipeline = inMemoryPipeline();
    const messageKey = await pipeline.store({ from: SPO, subject: 'Forms', text: 'See attached.' });

    // Act
    const outcome = await recordProcessingFailure(
      { messageKey, receivedAt: new Date() },
      timedOut(),
      pipeline.dependencies,
    );

    // Assess
    expect(outcome).toMatchObject({
      outcome: 'quarantined',
      reasonCode: 'PROCESSING_FAILED',
      noticesSent: [{ purpose: 'triage', to: TRIAGE_MAILBOX }],
    });
    expect(pipeline.mailer.to(TRIAGE_MAILBOX)).toHaveLength(1);
  });

  it('whose mailer is down is quarantined all the same, the outcome naming no notice', async () => {
    // Prepare
    const pipeline = inMemoryPipeline();
    const messageKey = await pipeline.store({ from: SPO, subject: 'Forms', text: 'See attached.' });
    failNextCalls(pipeline.mailer, 'send', 1);

    // Act
    const outcome = await recordProcessingFailure(
      { messageKey, receivedAt: new Date() },
      timedOut(),
      pipeline.dependencies,
    );

    // Assess
    expect(outcome).toMatchObject({ outcome: 'quarantined', reasonCode: 'PROCESSING_FAILED', noticesSent: [] });
    expect(await pipeline.cases.findMessageOutcome(messageKey)).toEqual(outcome);
  });

  it('held up by a notice another attempt holds (as Lambda names the error) is left for the sweeper', async () => {
    // Prepare
    const pipeline = inMemoryPipeline();
    const messageKey = await pipeline.store({ from: SPO, subject: 'Forms', text: 'See attached.' });
    const held = Object.assign(new Error('RetriesExhausted'), { name: 'NoticeHeldError' });

    // Act
    const outcome = await recordProcessingFailure({ messageKey, receivedAt: new Date() }, held, pipeline.dependencies);

    // Assess: no outcome, no notice: not a failure of the message
    expect(outcome).toBeUndefined();
    expect(await pipeline.cases.findMessageOutcome(messageKey)).toBeUndefined();
    expect(pipeline.mailer.sent).toEqual([]);
  });

  it('whose triage notice SES may have taken is left pending; the sweep after its lease finishes it', async () => {
    // Prepare: SES takes the triage notice, and its answer never comes
    const pipeline = inMemoryPipeline();
    const messageKey = await pipeline.store({ from: SPO, subject: 'Forms', text: 'See attached.' });
    let taken = 0;
    const send = pipeline.mailer.send.bind(pipeline.mailer);
    pipeline.mailer.send = async (notice) => {
      taken += 1;
      const sent = await send(notice);
      if (taken === 1) throw new NoticeSendUncertainError('no answer');
      return sent;
    };

    // Act
    const failed = await recordProcessingFailure(
      { messageKey, receivedAt: new Date() },
      timedOut(),
      pipeline.dependencies,
    );
    // The in-memory pipeline's leases run 90 s on its own clock.
    pipeline.later(90_001);
    const swept = await sweepUnfinishedMessages(
      pipeline.dependencies,
      sweepWindowAt(pipeline.dependencies.wallClock.now(), SWEEP),
    );

    // Assess: one outcome, naming the triage notice; sent again only once the lease ran out
    expect(failed).toBeUndefined();
    expect(swept.found).toEqual([messageKey]);
    expect(swept.finished).toMatchObject([
      { messageKey, outcome: 'quarantined', noticesSent: [{ purpose: 'triage' }] },
    ]);
    expect(pipeline.mailer.to(TRIAGE_MAILBOX)).toHaveLength(2);
  });
});
