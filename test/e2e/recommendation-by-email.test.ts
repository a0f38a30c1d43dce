import { GetObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillForm } from '../../forms/fill-form.js';
import { sampleJasRecommendation } from '../../forms/jas-recommendation/sample.js';
import { todayIn } from '../../kernel/policy-calendar.js';
import { startTestStack, type TestStack } from '../helpers/local-stack.js';

const today = todayIn();
const SPO = 'Example Settlement Services <intake@spo.example>';
let stack: TestStack;

async function filledForm(overrides: Record<string, string | boolean> = {}): Promise<Buffer> {
  return Buffer.from(await fillForm('jas-recommendation', { ...sampleJasRecommendation(today), ...overrides }));
}

async function objectKeys(prefix: string): Promise<string[]> {
  const listed = await stack.pipeline.clients.s3.send(
    new ListObjectsV2Command({ Bucket: stack.pipeline.config.bucketName, Prefix: prefix }),
  );
  return (listed.Contents ?? []).map((object) => object.Key!);
}

beforeAll(async () => {
  stack = await startTestStack();
});

afterAll(async () => {
  await stack.stop();
});

describe('an emailed JAS recommendation form becomes a case', () => {
  it('opens the case, keeps the mail and the form, acknowledges the sender and tells the office', async () => {
    // Prepare
    const pdf = await filledForm({ 'client.uci': '1111-2222' });
    // Act
    const messageKey = await stack.sendMail({
      from: SPO,
      to: 'jas@intake.example',
      subject: 'JAS recommendation',
      text: 'Attached.',
      attachments: [{ filename: 'Formulaire PAC.pdf', content: pdf }],
    });
    const outcome = await stack.outcomeOf(messageKey);
    // Assess: the outcome
    expect(outcome).toMatchObject({
      outcome: 'case_updated',
      formsFound: [{ formId: 'jas-recommendation', valid: true }],
      problems: [],
    });
    const caseId = outcome.caseIds[0]!;
    expect(caseId).toMatch(/^JAS-\d{4}-[0-9A-HJKMNP-TV-Z]{6}$/);
    // the case in DynamoDB, keyed to the client
    const cases = stack.pipeline.dependencies.cases;
    expect(await cases.getCase(caseId)).toMatchObject({
      caseId,
      state: 'received',
      recommendation: {
        caseType: 'GAR',
        localOffice: 'TORONTO',
        client: { uci: '11112222', familyName: 'Haddad', givenNames: 'Amal Zoé' },
      },
    });
    expect(await cases.claimClient('11112222', 'JAS-2026-OTHER1')).toBe(caseId);
    // the raw message in S3, with SES's verdict headers on top, and the PDF under the case
    const raw = await stack.pipeline.clients.s3.send(
      new GetObjectCommand({ Bucket: stack.pipeline.config.bucketName, Key: messageKey }),
    );
    expect((await raw.Body!.transformToString()).split('\r\n').slice(0, 4).join('\n')).toMatch(
      /^Return-Path: <intake@spo\.example>\nReceived: .*\nX-SES-Spam-Verdict: PASS\nX-SES-Virus-Verdict: PASS/,
    );
    const documents = await cases.listDocuments(caseId);
    expect(documents).toHaveLength(1);
    expect(await objectKeys(`cases/${caseId}/`)).toEqual([documents[0]!.objectKey]);
    const stored = await stack.pipeline.clients.s3.send(
      new GetObjectCommand({ Bucket: stack.pipeline.config.bucketName, Key: documents[0]!.objectKey }),
    );
    expect(Buffer.from(await stored.Body!.transformToByteArray())).toEqual(pdf);
    // the audit trail
    expect(await cases.listEvents(caseId)).toEqual([
      expect.objectContaining({
        type: 'recommendation_received',
        actor: { address: 'intake@spo.example', role: 'spo' },
        messageKey,
      }),
    ]);
    // the two notices, in both languages, tagged
    const mail = (await stack.outbox()).filter((sent) => sent.subject.includes(`[${caseId}]`));
    const acknowledgement = mail.find((sent) => sent.destination.to.includes('intake@spo.example'))!;
    expect(acknowledgement.subject).toBe(`[${caseId}] Received / Reçu`);
    expect(acknowledgement.body.text).toContain('We received your JAS In-Canada Recommendation Form');
    expect(acknowledgement.body.text).toContain('Nous avons reçu votre formulaire');
    expect(acknowledgement.body.text).not.toContain('11112222');
    const routed = mail.find((sent) => sent.destination.to.includes('toronto.jas@ircc.example'))!;
    expect(routed.subject).toContain('JAS recommendation to review');
    expect(routed.body.text).toContain('UCI: 11112222');
    expect(routed.attachments.map((attachment) => attachment.filename)).toEqual(['Formulaire PAC.pdf']);
    expect(mail).toHaveLength(2);
  });

  it('rejects a form with problems, listing each by field label in both languages, and opens no case', async () => {
    const pdf = await filledForm({ 'client.uci': '12', 'submitter.email': 'not an address', consentToShare: false });
    const casesBefore = (await stack.pipeline.dependencies.cases.listCases()).length;
    const messageKey = await stack.sendMail({
      from: 'other-spo@spo.example',
      to: 'jas@intake.example',
      subject: 'JAS',
      attachments: [{ filename: 'bad.pdf', content: pdf }],
    });
    const outcome = await stack.outcomeOf(messageKey);
    expect(outcome).toMatchObject({ outcome: 'rejected', caseIds: [] });
    expect(outcome.problems.map((problem) => problem.field).sort()).toEqual([
      'client.uci',
      'consentToShare',
      'submitter.email',
    ]);
    expect((await stack.pipeline.dependencies.cases.listCases()).length).toBe(casesBefore);
    const rejection = (await stack.outbox()).find((sent) => sent.destination.to.includes('other-spo@spo.example'))!;
    expect(rejection.subject).toBe('Form not accepted / Formulaire non accepté');
    for (const label of ['UCI', 'IUC']) expect(rejection.body.text).toContain(label);
    expect(rejection.body.text).toContain('bad.pdf');
  });

  it('gives one case and one acknowledgement when the same S3 event arrives twice', async () => {
    const pdf = await filledForm({ 'client.uci': '3333-4444' });
    const messageKey = await stack.sendMail({
      from: SPO,
      to: 'jas@intake.example',
      subject: 'JAS',
      attachments: [{ filename: 'f.pdf', content: pdf }],
    });
    const first = await stack.outcomeOf(messageKey);
    const { dependencies } = stack.pipeline;
    const { processInboundEmail } = await import('../../functions/domain/use-cases/process-inbound-email.js');
    const again = await Promise.all(
      [1, 2, 3].map(() => processInboundEmail({ messageKey, receivedAt: new Date() }, dependencies)),
    );
    for (const outcome of again) expect(outcome).toEqual(first);
    const acknowledgements = (await stack.outbox()).filter((sent) =>
      sent.subject.includes(`[${first.caseIds[0]}] Received / Reçu`),
    );
    expect(acknowledgements).toHaveLength(1);
    expect(await dependencies.cases.listEvents(first.caseIds[0]!)).toHaveLength(1);
  });

  it('reads the form inside a message an office forwarded', async () => {
    const nodemailer = await import('nodemailer/lib/mail-composer/index.js');
    const original = await new nodemailer.default({
      from: SPO,
      subject: 'JAS',
      attachments: [{ filename: 'inner.pdf', content: await filledForm({ 'client.uci': '5555-6666' }) }],
    })
      .compile()
      .build();
    const messageKey = await stack.sendMail({
      from: 'toronto.jas@ircc.example',
      to: 'jas@intake.example',
      subject: 'TR: JAS',
      attachments: [{ filename: 'forwarded.eml', content: original, contentType: 'message/rfc822' }],
    });
    const outcome = await stack.outcomeOf(messageKey);
    expect(outcome.outcome).toBe('case_updated');
    expect((await stack.pipeline.dependencies.cases.getCase(outcome.caseIds[0]!))?.recommendation.client.uci).toBe(
      '55556666',
    );
  });

  it('quarantines a message with no form, with its reason, and keeps it', async () => {
    const messageKey = await stack.sendMail({
      from: SPO,
      to: 'jas@intake.example',
      subject: 'Question about JAS',
      text: 'Who do I call?',
    });
    const outcome = await stack.outcomeOf(messageKey);
    expect(outcome).toMatchObject({ outcome: 'quarantined', reasonCode: 'NO_PDF_ATTACHED' });
    expect(await objectKeys(messageKey)).toEqual([messageKey]);
  });

  it('keeps its data across a restart', async () => {
    const before = await stack.pipeline.dependencies.cases.listCases();
    const outboxBefore = (await stack.outbox()).length;
    await stack.stop({ keepData: true });
    stack = await startTestStack({ dataDir: stack.dataDir });
    expect((await stack.pipeline.dependencies.cases.listCases()).map((record) => record.caseId)).toEqual(
      before.map((record) => record.caseId),
    );
    expect((await stack.outbox()).length).toBe(outboxBefore);
  });
});
