import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../helpers/local-stack.js';
import { recommendationPdf, SPO } from '../helpers/scenario.js';

const MESSAGES = 1000;
const WITH_FORMS = 50;
const IN_FLIGHT = 16;

let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack();
});

afterAll(async () => {
  await stack.stop();
});

describe('load', () => {
  it(`${MESSAGES} messages through the local stack are every one accounted for`, async () => {
    // Prepare: forms from 50 clients, and questions with no form (which go to triage)
    const form = await recommendationPdf('5000-0000');
    const messages = await Promise.all(
      Array.from({ length: MESSAGES }, async (_, i) => {
        if (i < WITH_FORMS)
          return new MailComposer({
            from: SPO,
            subject: `JAS ${i}`,
            attachments: [await recommendationPdf(`5000-${String(i + 1).padStart(4, '0')}`)],
          })
            .compile()
            .build();
        return new MailComposer({
          from: `person${i}@spo.example`,
          subject: `Question ${i}`,
          text: 'Who do I call?',
          attachments: i % 100 === 0 ? [form] : [],
        })
          .compile()
          .build();
      }),
    );
    // Act: as SES delivers them, many at a time
    const keys: string[] = [];
    const processed: Promise<unknown>[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        while (next < messages.length) {
          const raw = messages[next++]!;
          const received = await stack.pipeline.receive(raw, {
            mailFrom: SPO,
            recipients: ['jas@intake.example'],
            clientAddress: '127.0.0.1',
            helo: 'localhost',
          });
          keys.push(received.messageKey);
          processed.push(received.processed);
          await received.processed;
        }
      }),
    );
    await Promise.all(processed);
    // Assess: one recorded outcome per message, none lost, none doubled
    const outcomes = await stack.pipeline.dependencies.cases.listMessageOutcomes();
    expect(outcomes).toHaveLength(MESSAGES);
    expect(new Set(outcomes.map((outcome) => outcome.messageKey))).toEqual(new Set(keys));
    const byKind: Record<string, number> = {};
    for (const { outcome } of outcomes) byKind[outcome] = (byKind[outcome] ?? 0) + 1;
    // Every 100th question also carries the same client's form: 9 more filings to one more case.
    expect(byKind.case_updated).toBe(WITH_FORMS + 9);
    expect(byKind.case_updated! + (byKind.quarantined ?? 0)).toBe(MESSAGES);
    expect(await stack.pipeline.dependencies.cases.listCases()).toHaveLength(WITH_FORMS + 1);
  }, 300_000);
});
