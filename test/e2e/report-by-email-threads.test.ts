import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutboxEmail } from '../../bin/local-stack/outbox-server.js';
import { startTestStack, type TestStack } from '../helpers/local-stack.js';
import { ROC_O_OFFICER } from '../helpers/scenario.js';

let stack: TestStack;

beforeAll(async () => {
  // As `jas start` runs it: the inbound handler on a worker thread, the report function on the main one.
  stack = await startTestStack({ handlerThreads: 1 });
});

afterAll(async () => {
  await stack.stop();
});

describe('REPORT by email, the handler on a worker thread', () => {
  it('the thread hands REPORT to the stack’s report function, and both reports reach the sender', {
    timeout: 90_000,
  }, async () => {
    // A fresh thread loads the handler's TypeScript first: on a busy machine that takes seconds.
    const key = await stack.sendMail({
      from: ROC_O_OFFICER,
      to: 'jas-intake@jas.example',
      subject: 'REPORT',
      text: '',
    });
    const outcome = await stack.outcomeOf(key, 45_000);
    expect(outcome.reasonCode).toBe('REPORTS_REQUESTED');
    const deadline = Date.now() + 20_000;
    let mail: OutboxEmail | undefined;
    while (!mail && Date.now() < deadline) {
      mail = (await stack.outbox()).find((sent) => sent.destination.to.includes(ROC_O_OFFICER));
      if (!mail) await sleep(100);
    }
    expect(mail?.attachments.map((attachment) => attachment.filename)).toEqual([
      expect.stringMatching(/^jas-tracking-.*\.xlsx$/),
      expect.stringMatching(/^jas-indicators-.*\.pdf$/),
    ]);
  });
});
