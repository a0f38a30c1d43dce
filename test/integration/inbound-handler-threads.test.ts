import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InboundHandlerThreads } from '../../bin/local-stack/inbound-handler-threads.js';
import { startTestStack, type TestStack } from '../helpers/local-stack.js';
import { recommendationPdf, SPO } from '../helpers/scenario.js';

let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack({ handlerThreads: 2 });
}, 60_000);

afterAll(async () => {
  await stack.stop();
});

describe('the local stack with the handler in worker threads', () => {
  it('handles messages sent together on its threads, each to one recorded outcome and its notices', async () => {
    // Prepare: three SPOs' recommendations, each for a client of its own
    const ucis = ['3000-0001', '3000-0002', '3000-0003'];
    // Act: sent at once, as several senders would
    const keys = await Promise.all(
      ucis.map(async (uci) =>
        stack.sendMail({
          from: SPO,
          to: 'jas-intake@jas.example',
          subject: 'JAS recommendation',
          attachments: [await recommendationPdf(uci)],
        }),
      ),
    );
    const outcomes = await Promise.all(keys.map((key) => stack.outcomeOf(key, 30_000)));
    // Assess: one case each, and each sender acknowledged
    expect(outcomes.map((outcome) => outcome.outcome)).toEqual(['case_updated', 'case_updated', 'case_updated']);
    expect(new Set(outcomes.flatMap((outcome) => outcome.caseIds)).size).toBe(3);
    const acknowledged = (await stack.outbox()).filter((mail) => mail.destination.to.includes(SPO));
    expect(acknowledged.length).toBeGreaterThanOrEqual(3);
  }, 60_000);

  it("gives back the error a thread's handler threw, named as thrown, for the pipeline to retry", async () => {
    // Prepare: an event the handler refuses to read (not an S3 notification)
    const threads = new InboundHandlerThreads(stack.pipeline.config, 1);
    const notAnS3Event = { Records: [{ eventSource: 'aws:sqs' }] } as unknown as Parameters<typeof threads.handle>[0];
    try {
      // Act and assess
      await expect(threads.handle(notAnS3Event)).rejects.toMatchObject({ name: expect.stringMatching(/ZodError/) });
    } finally {
      await threads.close();
    }
  }, 60_000);
});
