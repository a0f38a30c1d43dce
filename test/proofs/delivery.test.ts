import { PutObjectCommand } from '@aws-sdk/client-s3';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalMailZone } from '../../bin/local-stack/local-mail-zone.js';
import { s3ObjectCreatedEvent } from '../../bin/local-stack/s3-object-created-event.js';
import { createInboundEmailHandler } from '../../functions/handlers/on-inbound-email.js';
import { startTestStack, type TestStack } from '../helpers/local-stack.js';
import { recommendationPdf, Scenario, SPO } from '../helpers/scenario.js';

let stack: TestStack;
let scenario: Scenario;

beforeAll(async () => {
  stack = await startTestStack();
  scenario = new Scenario(stack);
});

afterAll(async () => {
  await stack.stop();
});

describe('at-least-once delivery and concurrency', () => {
  it('the same S3 event delivered 20 times at once gives one case and one acknowledgement', async () => {
    // Prepare: a message stored as SES would, and the event S3 would send for it
    const { bucketName, region } = stack.pipeline.config;
    const raw = await stack.storedBySes(
      await new MailComposer({
        from: SPO,
        to: 'jas@intake.example',
        subject: 'JAS',
        attachments: [await recommendationPdf('4000-0001')],
      })
        .compile()
        .build(),
      SPO,
    );
    const key = 'raw/duplicate-delivery';
    await stack.pipeline.clients.s3.send(new PutObjectCommand({ Bucket: bucketName, Key: key, Body: raw }));
    const event = s3ObjectCreatedEvent({ bucketName, key, size: raw.length, eTag: 'e', region, at: new Date() });
    const handler = createInboundEmailHandler(() => stack.pipeline.dependencies);
    await scenario.newNotices();
    // Act
    const outcomes = (await Promise.all(Array.from({ length: 20 }, () => handler(event)))).flat();
    // Assess
    expect(new Set(outcomes.map((outcome) => JSON.stringify(outcome))).size).toBe(1);
    const caseId = outcomes[0]!.caseIds[0]!;
    expect(
      (await stack.pipeline.dependencies.cases.listCases()).filter(
        (record) => record.recommendation.client.uci === '40000001',
      ),
    ).toHaveLength(1);
    const notices = await scenario.newNotices();
    expect(notices.filter((notice) => notice.subject.includes(`[${caseId}] Received / Reçu`))).toHaveLength(1);
    expect(notices).toHaveLength(2);
    expect(await scenario.events(caseId)).toEqual(['recommendation_received']);
  });

  it('50 messages for the same case at once: every one in the audit trail, no lost update', async () => {
    const opened = await scenario.send(SPO, 'JAS recommendation', '', [await recommendationPdf('4000-0002')]);
    const caseId = opened.caseIds[0]!;
    const before = await scenario.caseOf(caseId);
    const zone = new LocalMailZone();
    const messages = await Promise.all(
      Array.from({ length: 50 }, async (_, i) =>
        zone.signedAs(
          SPO,
          await new MailComposer({
            from: SPO,
            to: 'jas@intake.example',
            subject: `Re: [${caseId}] note ${i}`,
            text: `Note ${i}`,
          })
            .compile()
            .build(),
        ),
      ),
    );
    const envelope = {
      mailFrom: SPO,
      recipients: ['jas@intake.example'],
      clientAddress: '127.0.0.1',
      helo: 'localhost',
    };
    const received = await Promise.all(messages.map((raw) => stack.pipeline.receive(raw, envelope)));
    const outcomes = await Promise.all(received.map((message) => message.processed));
    expect(outcomes.map((outcome) => outcome?.outcome)).toEqual(Array(50).fill('case_updated'));
    const after = await scenario.caseOf(caseId);
    expect(after.version).toBe(before.version + 50);
    const events = await stack.pipeline.dependencies.cases.listEvents(caseId);
    expect(events.filter((event) => event.type === 'correspondence')).toHaveLength(50);
    expect(new Set(events.map((event) => event.messageKey)).size).toBe(51);
  });
});
