import { describe, expect, it } from 'vitest';
import { failNextCalls } from '../../helpers/fault-injection.js';
import type { InMemoryPipeline } from '../../helpers/in-memory/in-memory-pipeline.js';
import { inMemoryPipeline } from '../../helpers/in-memory/in-memory-pipeline.js';
import {
  OFFICE_MAILBOX,
  openCase,
  recommendationPdf as recommendation,
  SPO,
  TRIAGE_MAILBOX,
} from './use-case-fixtures.js';

/** Every recipient of every notice the mailer sent, as an outcome lists them. */
const everyRecipient = (pipeline: InMemoryPipeline) => pipeline.mailer.sent.flatMap((mail) => mail.to).sort();

describe('a new recommendation (OB 646 step 1), on in-memory ports', () => {
  it('opens the case: the form kept, the sender acknowledged, the office told with the form, the reminder clock set', async () => {
    // Prepare
    const pipeline = inMemoryPipeline();

    // Act
    const { outcome } = await pipeline.receive({
      from: SPO,
      subject: 'JAS recommendation',
      pdfs: [await recommendation()],
    });

    // Assess
    expect(outcome).toMatchObject({
      outcome: 'case_updated',
      formsFound: [{ formId: 'jas-recommendation', valid: true }],
    });
    const caseId = outcome.caseIds[0]!;
    expect(await pipeline.cases.getCase(caseId)).toMatchObject({ state: 'received', version: 1 });
    expect(outcome.noticesSent).toEqual([
      { purpose: 'acknowledgement', to: SPO },
      { purpose: 'routed-to-office', to: OFFICE_MAILBOX },
    ]);
    const [acknowledgement, routed] = pipeline.mailer.sent;
    expect(acknowledgement!.subject).toContain(`[${caseId}]`);
    expect(acknowledgement!.inReplyTo).toMatch(/^<.+@spo\.example>$/);
    expect(routed!.attachments?.map((attachment) => attachment.fileName)).toEqual(['jas-recommendation.pdf']);
    expect(pipeline.mailStore.keys().filter((key) => key.startsWith(`cases/${caseId}/documents/`))).toHaveLength(1);
    // Arrival 3 months before the form: the 8-month deadline is 2027-04-23, the reminder 30 days before.
    expect(pipeline.policyClocks.running(caseId).map(({ purpose, dueOn }) => ({ purpose, dueOn }))).toEqual([
      { purpose: 'deadline-reminder', dueOn: '2027-03-24' },
    ]);
    expect((await pipeline.cases.listEvents(caseId)).map((event) => event.type)).toEqual(['recommendation_received']);
  });

  it('an S3 event delivered again returns the recorded outcome and sends nothing twice', async () => {
    // Prepare
    const pipeline = inMemoryPipeline();
    const { messageKey, outcome } = await pipeline.receive({
      from: SPO,
      subject: 'JAS',
      pdfs: [await recommendation()],
    });

    // Act
    const again = await pipeline.process(messageKey);

    // Assess
    expect(again).toEqual(outcome);
    expect(pipeline.mailer.sent).toHaveLength(2);
    expect(await pipeline.cases.listCases()).toHaveLength(1);
  });

  it('a send that fails makes the invocation fail; the retry sends what is missing, once', async () => {
    // Prepare
    const pipeline = inMemoryPipeline();
    const messageKey = await pipeline.store({ from: SPO, subject: 'JAS', pdfs: [await recommendation()] });
    failNextCalls(pipeline.mailer, 'send', 1);

    // Act
    await expect(pipeline.process(messageKey)).rejects.toThrow(/Injected fault/);
    const retried = await pipeline.process(messageKey);

    // Assess
    expect(retried.outcome).toBe('case_updated');
    expect(pipeline.mailer.sent.map((mail) => mail.to[0])).toEqual(expect.arrayContaining([SPO, OFFICE_MAILBOX]));
    expect(pipeline.mailer.sent).toHaveLength(2);
  });

  it('a second form for the same client joins the case already open', async () => {
    // Prepare
    const pipeline = inMemoryPipeline();
    const first = await pipeline.receive({ from: SPO, subject: 'JAS', pdfs: [await recommendation()] });

    // Act
    const second = await pipeline.receive({ from: SPO, subject: 'JAS, corrected', pdfs: [await recommendation()] });

    // Assess
    expect(second.outcome.caseIds).toEqual(first.outcome.caseIds);
    expect(await pipeline.cases.listCases()).toHaveLength(1);
  });

  it('a resubmission after the review is over goes to the office handling the case, named as it is', async () => {
    // Prepare: the case is with IN; the SPO sends the form again, naming another office.
    const pipeline = inMemoryPipeline();
    const { caseId } = await openCase(pipeline, { state: 'recommended_to_in' });

    // Act
    const { outcome } = await pipeline.receive({
      from: SPO,
      subject: 'JAS, corrected',
      pdfs: [await recommendation({ localOffice: 'OTTAWA' })],
    });

    // Assess: Toronto, which handles the case, gets the form under its own name; the case stays there.
    expect(outcome).toMatchObject({ outcome: 'case_updated', caseIds: [caseId] });
    expect(outcome.noticesSent).toEqual([
      { purpose: 'acknowledgement', to: SPO },
      { purpose: 'routed-to-office', to: OFFICE_MAILBOX },
    ]);
    const routed = pipeline.mailer.to(OFFICE_MAILBOX);
    expect(routed).toHaveLength(1);
    expect(routed[0]!.subject).toContain('(updated)');
    expect(routed[0]!.text).toContain('A JAS In-Canada Recommendation Form for Toronto arrived');
    expect(pipeline.mailer.to('ottawa.jas@ircc.example')).toEqual([]);
    expect((await pipeline.cases.getCase(caseId))!.recommendation.localOffice).toBe('TORONTO');
  });

  it('a resubmission that answers an information request: every notice it sends is in its outcome', async () => {
    // Prepare
    const pipeline = inMemoryPipeline();
    const { caseId } = await openCase(pipeline, { state: 'info_requested' });

    // Act
    const { outcome } = await pipeline.receive({
      from: SPO,
      subject: 'JAS, with the information asked for',
      pdfs: [await recommendation()],
    });

    // Assess
    expect((await pipeline.cases.getCase(caseId))!.state).toBe('local_review');
    expect(outcome.noticesSent).toEqual(
      expect.arrayContaining([
        { purpose: 'info-received', to: OFFICE_MAILBOX },
        { purpose: 'acknowledgement', to: SPO },
        { purpose: 'routed-to-office', to: OFFICE_MAILBOX },
      ]),
    );
    expect(outcome.noticesSent.map((notice) => notice.to).sort()).toEqual(everyRecipient(pipeline));
  });

  it('a form with problems gets one rejection listing them, and no case', async () => {
    // Prepare
    const pipeline = inMemoryPipeline();

    // Act
    const { outcome } = await pipeline.receive({
      from: SPO,
      subject: 'JAS',
      pdfs: [await recommendation({ 'client.uci': '12' })],
    });

    // Assess
    expect(outcome).toMatchObject({ outcome: 'rejected', reasonCode: 'INVALID_UCI', caseIds: [] });
    expect(outcome.noticesSent).toEqual([{ purpose: 'rejection', to: SPO }]);
    expect(await pipeline.cases.listCases()).toEqual([]);
  });

  it('a message with no tag and no form goes to triage with the original attached', async () => {
    // Prepare
    const pipeline = inMemoryPipeline();

    // Act
    const { outcome } = await pipeline.receive({ from: SPO, subject: 'Question', text: 'Hello' });

    // Assess
    expect(outcome).toMatchObject({ outcome: 'quarantined', reasonCode: 'NO_PDF_ATTACHED' });
    expect(outcome.noticesSent).toEqual([{ purpose: 'triage', to: TRIAGE_MAILBOX }]);
    expect(pipeline.mailer.sent[0]!.attachments).toEqual([
      expect.objectContaining({ fileName: 'original.eml', contentType: 'message/rfc822' }),
    ]);
  });
});
