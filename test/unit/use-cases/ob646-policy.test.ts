import { describe, expect, it } from 'vitest';
import { inMemoryPipeline } from '../../helpers/in-memory/in-memory-pipeline.js';
import {
  IN_MAILBOX,
  IN_OFFICER,
  OFFICE_MAILBOX,
  OFFICER,
  openCase,
  ROC_O_MAILBOX,
  ROC_O_OFFICER,
  recommendationPdf,
  SPO,
  SPONSOR,
  SUPERVISOR,
  undertaking,
} from './use-case-fixtures.js';

const SPONSOR_FOUND = { name: 'Grace Church Group', email: SPONSOR };

/** Arrived 2026-03-01: the 8-month deadline was 2026-11-01, so a form on the tests' 2026-11-23 is late. */
const LATE = { 'client.arrivalDate': '2026-03-01', 'criteria.needsIdentifiedOn': '2026-04-01' };

describe('OB 646 as an outsider reads it, on in-memory ports', () => {
  it('step 1: a late GAR form corrected by its SPO with the exceptional circumstances is considered; the office need not decide', async () => {
    // Prepare
    const pipeline = inMemoryPipeline();
    const first = await pipeline.receive({ from: SPO, subject: 'JAS', pdfs: [await recommendationPdf(LATE)] });
    const caseId = first.outcome.caseIds[0]!;
    expect(await pipeline.cases.getCase(caseId)).toMatchObject({ flags: ['late', 'late_not_considered'] });

    // Act
    // Sent again as a new message (no case tag): it joins the client's case by the UCI.
    const corrected = await pipeline.receive({
      from: SPO,
      subject: 'JAS recommendation (corrected)',
      pdfs: [
        await recommendationPdf({
          ...LATE,
          exceptionalCircumstances: 'The mother was hospitalized from June to October.',
        }),
      ],
    });
    const recommended = await pipeline.receive({ from: SUPERVISOR, subject: `[${caseId}] RECOMMEND` });

    // Assess
    expect(corrected.outcome).toMatchObject({
      outcome: 'case_updated',
      // The SPO is answered, and the office reviewing the case gets the corrected form, no longer late-not-considered.
      noticesSent: [
        { purpose: 'acknowledgement', to: SPO },
        { purpose: 'routed-to-office', to: OFFICE_MAILBOX },
      ],
    });
    expect(recommended.outcome.outcome).toBe('case_updated');
    expect(await pipeline.cases.getCase(caseId)).toMatchObject({ state: 'recommended_to_in', flags: ['late'] });
  });

  it('step 1: a correction never makes late a form that came on time, nor brings back a late form the office decided to consider', async () => {
    // Prepare
    const pipeline = inMemoryPipeline();
    const first = await pipeline.receive({ from: SPO, subject: 'JAS', pdfs: [await recommendationPdf(LATE)] });
    const caseId = first.outcome.caseIds[0]!;
    await pipeline.receive({ from: SUPERVISOR, subject: `[${caseId}] CONSIDER LATE FORM`, text: 'Hospitalized.' });

    // Act
    await pipeline.receive({
      from: SPO,
      subject: `Re: [${caseId}] Corrected form`,
      pdfs: [await recommendationPdf({ ...LATE, familyComposition: 'Mother and three children (2, 5, 8).' })],
    });

    // Assess
    expect(await pipeline.cases.getCase(caseId)).toMatchObject({ flags: ['late'] });
    expect((await pipeline.receive({ from: SUPERVISOR, subject: `[${caseId}] RECOMMEND` })).outcome.outcome).toBe(
      'case_updated',
    );
  });

  it('step 1: a form received on time and sent again after the deadline stays on time, and is not acknowledged as late', async () => {
    // Prepare: arrived 2026-03-23, the deadline is 2026-11-23, the day of the first form.
    const onTime = { 'client.arrivalDate': '2026-03-23', 'criteria.needsIdentifiedOn': '2026-04-01' };
    const pipeline = inMemoryPipeline();
    const first = await pipeline.receive({ from: SPO, subject: 'JAS', pdfs: [await recommendationPdf(onTime)] });
    const caseId = first.outcome.caseIds[0]!;
    pipeline.later(2 * 24 * 60 * 60 * 1000);
    pipeline.mailer.sent.length = 0;

    // Act
    // Sent again as a new message (no case tag): it joins the client's case by the UCI.
    const corrected = await pipeline.receive({
      from: SPO,
      subject: 'JAS recommendation (corrected)',
      pdfs: [await recommendationPdf({ ...onTime, familyComposition: 'Mother and three children (2, 5, 8).' })],
    });

    // Assess
    expect(corrected.outcome).toMatchObject({ outcome: 'case_updated', caseIds: [caseId] });
    expect(await pipeline.cases.getCase(caseId)).toMatchObject({ state: 'received', flags: [] });
    expect(pipeline.mailer.sent.map((mail) => mail.to)).toEqual([[SPO], [OFFICE_MAILBOX]]);
    const told = pipeline.mailer.sent.map((mail) => mail.text).join('\n');
    expect(told).not.toContain('more than 8 months');
    expect(told).not.toContain('plus de 8 mois');
  });

  it('steps 6–7: ROC-O cannot approve an undertaking the sponsor has not wholly submitted; told what is missing, nothing changes', async () => {
    // Prepare
    const pipeline = inMemoryPipeline();
    const opened = await openCase(pipeline, { state: 'sponsor_found', sponsor: SPONSOR_FOUND });
    const { uci, arrivalDate } = opened.recommendation.client;
    const [imm1324] = await undertaking(uci, arrivalDate);
    await pipeline.receive({ from: SPONSOR, subject: `[${opened.caseId}] IMM 1324`, pdfs: [imm1324!] });
    const before = (await pipeline.cases.getCase(opened.caseId))!;
    pipeline.mailer.sent.length = 0;

    // Act
    const { outcome } = await pipeline.receive({
      from: ROC_O_OFFICER,
      subject: `[${opened.caseId}] APPROVE UNDERTAKING`,
    });

    // Assess
    expect(outcome).toMatchObject({ outcome: 'rejected', reasonCode: 'NOT_ALLOWED_IN_STATE' });
    expect(outcome.reason).toContain('still to come: IMM 5492, IMM 5494');
    expect(await pipeline.cases.getCase(opened.caseId)).toEqual(before);
    expect(pipeline.mailer.sent.map((mail) => mail.to)).toEqual([[ROC_O_OFFICER]]);
    expect(pipeline.mailer.sent[0]!.text).toContain('il manque encore\u202f: IMM 5492, IMM 5494');
  });

  it('step 6: with the settlement plan waived, IMM 1324 and IMM 5492 complete the undertaking, and the audit trail says just those', async () => {
    // Prepare
    const pipeline = inMemoryPipeline();
    const opened = await openCase(pipeline, {
      state: 'sponsor_found',
      sponsor: SPONSOR_FOUND,
      settlementPlanRequired: false,
    });
    const { uci, arrivalDate } = opened.recommendation.client;
    const [imm1324, imm5492] = await undertaking(uci, arrivalDate);

    // Act
    await pipeline.receive({ from: SPONSOR, subject: `[${opened.caseId}] Undertaking`, pdfs: [imm1324!, imm5492!] });
    const approved = await pipeline.receive({ from: ROC_O_OFFICER, subject: `[${opened.caseId}] APPROVE UNDERTAKING` });

    // Assess
    const submitted = (await pipeline.cases.listEvents(opened.caseId)).find(
      (event) => event.type === 'undertaking_submitted',
    );
    expect(submitted!.summary).toBe('Undertaking complete: IMM 1324, IMM 5492 received');
    expect(approved.outcome.outcome).toBe('case_updated');
    expect(await pipeline.cases.getCase(opened.caseId)).toMatchObject({ state: 'undertaking_approved' });
  });

  it('dates are the office’s: a Vancouver form sent at 22:30 on the deadline day is on time, though it is already the next day in Toronto', async () => {
    // Prepare: arrived 2026-03-23, deadline 2026-11-23; 2026-11-24T06:30Z is 22:30 on the 23rd in Vancouver.
    const arrived = { 'client.arrivalDate': '2026-03-23', 'criteria.needsIdentifiedOn': '2026-04-01' };
    const pipeline = inMemoryPipeline({ now: new Date('2026-11-24T06:30:00Z') });

    // Act
    const vancouver = await pipeline.receive({
      from: SPO,
      subject: 'JAS',
      pdfs: [await recommendationPdf({ ...arrived, localOffice: 'VANCOUVER' })],
    });
    const toronto = await pipeline.receive({
      from: SPO,
      subject: 'JAS',
      pdfs: [await recommendationPdf({ ...arrived, 'client.uci': '8765-4321' })],
    });

    // Assess
    const vancouverCase = (await pipeline.cases.getCase(vancouver.outcome.caseIds[0]!))!;
    expect(vancouverCase.flags).toEqual([]);
    expect((await pipeline.cases.getCase(toronto.outcome.caseIds[0]!))!.flags).toEqual(['late', 'late_not_considered']);
    const acknowledgement = pipeline.mailer.sent.find((mail) => mail.to.includes(SPO))!;
    expect(acknowledgement.text).toContain('2026-11-23');
  });

  it('dates are the office’s: IN designating a Vancouver case at 22:30 there starts its 4 months that day, and the clock fires at midnight in Vancouver', async () => {
    // Prepare
    const pipeline = inMemoryPipeline({ now: new Date('2026-11-24T06:30:00Z') });
    const opened = await pipeline.receive({
      from: SPO,
      subject: 'JAS',
      pdfs: [await recommendationPdf({ localOffice: 'VANCOUVER' })],
    });
    const caseRecord = (await pipeline.cases.getCase(opened.outcome.caseIds[0]!))!;
    await pipeline.cases.updateCase({ ...caseRecord, state: 'recommended_to_in', version: caseRecord.version + 1 });

    // Act
    await pipeline.receive({ from: IN_OFFICER, subject: `[${caseRecord.caseId}] DESIGNATE` });

    // Assess
    expect(await pipeline.cases.getCase(caseRecord.caseId)).toMatchObject({
      state: 'promotion',
      promotion: { startedOn: '2026-11-23', endsBy: '2027-03-23' },
    });
    expect(pipeline.policyClocks.running(caseRecord.caseId)).toContainEqual(
      expect.objectContaining({ purpose: 'promotion-expiry', dueOn: '2027-03-23', dueAt: '2027-03-23T07:00:00.000Z' }),
    );
  });

  it('step 11: a concern the sponsor raises reaches IN and the office that checks in with the sponsor; the JAS goes on', async () => {
    // Prepare
    const pipeline = inMemoryPipeline();
    const jasPeriod = { startsOn: '2026-08-23', midpointOn: '2027-08-23', endsOn: '2028-08-23' };
    const opened = await openCase(pipeline, { state: 'active', sponsor: SPONSOR_FOUND, jasPeriod });

    // Act
    const { outcome } = await pipeline.receive({
      from: SPONSOR,
      subject: `Re: [${opened.caseId}] CONCERN`,
      text: 'The family missed two medical appointments.',
    });

    // Assess
    expect(outcome.noticesSent).toEqual([
      { purpose: 'concern-to-in', to: IN_MAILBOX },
      { purpose: 'concern-to-in', to: OFFICE_MAILBOX },
    ]);
    expect(pipeline.mailer.to(OFFICE_MAILBOX)[0]!.text).toContain('The family missed two medical appointments.');
    expect(await pipeline.cases.getCase(opened.caseId)).toMatchObject({ state: 'active' });
  });

  it('step 2: the office identifies a sponsor before recommending; IN reads it, designation skips promotion, and a late form is considered', async () => {
    // Prepare
    const pipeline = inMemoryPipeline();
    const first = await pipeline.receive({ from: SPO, subject: 'JAS', pdfs: [await recommendationPdf(LATE)] });
    const caseId = first.outcome.caseIds[0]!;
    const fromRocO = await pipeline.receive({
      from: ROC_O_OFFICER,
      subject: `[${caseId}] SPONSOR FOUND`,
      text: 'Grace Church Group <sah@church.example>',
    });
    expect(fromRocO.outcome).toMatchObject({ outcome: 'rejected', reasonCode: 'NOT_AUTHORIZED' });
    expect((await pipeline.cases.getCase(caseId))!.sponsor).toBeUndefined();

    // Act
    const identified = await pipeline.receive({
      from: OFFICER,
      subject: `[${caseId}] SPONSOR FOUND`,
      text: 'Grace Church Group <sah@church.example>',
    });
    await pipeline.receive({ from: SUPERVISOR, subject: `[${caseId}] RECOMMEND` });
    pipeline.mailer.sent.length = 0;
    await pipeline.receive({ from: IN_OFFICER, subject: `[${caseId}] DESIGNATE` });

    // Assess
    expect(identified.outcome.outcome).toBe('case_updated');
    const events = (await pipeline.cases.listEvents(caseId)).map((event) => event.type);
    expect(events).toEqual(expect.arrayContaining(['sponsor_identified', 'recommended_to_in', 'designated']));
    expect(await pipeline.cases.getCase(caseId)).toMatchObject({
      state: 'sponsor_found',
      sponsor: SPONSOR_FOUND,
      flags: ['late'],
    });
    expect(pipeline.mailer.to(SPONSOR).map((mail) => mail.attachments?.length)).toEqual([3]);
    expect(pipeline.mailer.to(ROC_O_MAILBOX)).toEqual([]);
  });

  it('step 5: during promotion only ROC-O or RSTP records the sponsor found; the office is refused and nothing changes', async () => {
    // Prepare
    const pipeline = inMemoryPipeline();
    const promotion = { startedOn: '2026-11-23', endsBy: '2027-03-23', profileApprovedOn: '2026-11-23' };
    const opened = await openCase(pipeline, { state: 'promotion', promotion });

    // Act
    const { outcome } = await pipeline.receive({
      from: OFFICER,
      subject: `[${opened.caseId}] SPONSOR FOUND`,
      text: 'Grace Church Group <sah@church.example>',
    });

    // Assess
    expect(outcome).toMatchObject({ outcome: 'rejected', reasonCode: 'NOT_AUTHORIZED' });
    expect(await pipeline.cases.getCase(opened.caseId)).toEqual(opened);
  });
});
