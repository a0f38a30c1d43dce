import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalMailZone } from '../../bin/local-stack/local-mail-zone.js';
import { startTestStack, type TestStack } from '../helpers/local-stack.js';
import { recommendationPdf, SPO } from '../helpers/scenario.js';

const MESSAGES = 1000;
const WITH_FORMS = 50;
const IN_FLIGHT = 16;

let stack: TestStack;
const zone = new LocalMailZone();

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
        // Every message is signed by its sender's domain, as the SPO's mail server signs it.
        if (i < WITH_FORMS)
          return zone.signedAs(
            SPO,
            await new MailComposer({
              from: SPO,
              subject: `JAS ${i}`,
              attachments: [await recommendationPdf(`5000-${String(i + 1).padStart(4, '0')}`)],
            })
              .compile()
              .build(),
          );
        // Every 100th is the SPO sending the same client's form again (a correction); the rest, questions.
        const from = i % 100 === 0 ? SPO : `person${i}@spo.example`;
        return zone.signedAs(
          from,
          await new MailComposer({
            from,
            subject: `Question ${i}`,
            text: 'Who do I call?',
            attachments: i % 100 === 0 ? [form] : [],
          })
            .compile()
            .build(),
        );
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
    // Every 100th message is the SPO's form for one more client: it opens that case, then 8 corrections.
    expect(byKind.case_updated).toBe(WITH_FORMS + 9);
    expect(byKind.case_updated! + (byKind.quarantined ?? 0)).toBe(MESSAGES);
    expect(await stack.pipeline.dependencies.cases.listCases()).toHaveLength(WITH_FORMS + 1);
  }, 300_000);
});
