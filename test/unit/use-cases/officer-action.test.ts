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
  RSTP_MAILBOX,
  SPO,
  SUPERVISOR,
} from './use-case-fixtures.js';

describe('an officer acts by email (OB 646 steps 2–5), on in-memory ports', () => {
  it('an officer recommends, a supervisor concurs: IN gets the recommendation with the form attached', async () => {
    // Prepare
    const pipeline = inMemoryPipeline();
    const { caseId } = await openCase(pipeline);

    // Act
    const recommended = await pipeline.receive({
      from: OFFICER,
      subject: `Re: [${caseId}] RECOMMEND`,
      text: 'Needs are clear.',
    });
    const concurred = await pipeline.receive({ from: SUPERVISOR, subject: `[${caseId}] CONCUR` });

    // Assess
    expect(recommended.outcome.noticesSent).toEqual([{ purpose: 'concurrence-request', to: SUPERVISOR }]);
    expect(concurred.outcome.noticesSent).toEqual([{ purpose: 'recommendation-to-in', to: IN_MAILBOX }]);
    expect(await pipeline.cases.getCase(caseId)).toMatchObject({ state: 'recommended_to_in' });
    const toIn = pipeline.mailer.to(IN_MAILBOX)[0]!;
    expect(toIn.subject).toContain('Recommendation for in-Canada JAS conversion');
    expect(toIn.attachments?.map((attachment) => attachment.fileName)).toEqual(['jas-recommendation.pdf']);
  });

  it('IN designates a case without a sponsor: promoted, ROC-O approves the profile, RSTP gets it; the 4-month clock runs', async () => {
    // Prepare
    const pipeline = inMemoryPipeline();
    const { caseId } = await openCase(pipeline, { state: 'recommended_to_in' });

    // Act
    const { outcome } = await pipeline.receive({ from: IN_OFFICER, subject: `[${caseId}] DESIGNATE` });
    const approved = await pipeline.receive({ from: ROC_O_OFFICER, subject: `[${caseId}] APPROVE PROFILE` });

    // Assess
    expect(await pipeline.cases.getCase(caseId)).toMatchObject({
      state: 'promotion',
      promotion: { startedOn: '2026-11-23', endsBy: '2027-03-23' },
    });
    expect(outcome.noticesSent).toEqual([
      { purpose: 'decision-to-office', to: OFFICE_MAILBOX },
      { purpose: 'decision-to-submitter', to: SPO },
      { purpose: 'case-summary-to-roc-o', to: ROC_O_MAILBOX },
      { purpose: 'profile-for-approval', to: ROC_O_MAILBOX },
    ]);
    expect(approved.outcome.noticesSent).toEqual([{ purpose: 'promotion-start-to-rstp', to: RSTP_MAILBOX }]);
    expect(pipeline.mailer.to(RSTP_MAILBOX)[0]!.attachments?.map((attachment) => attachment.fileName)).toEqual([
      `${caseId}-profile.pdf`,
    ]);
    expect(pipeline.policyClocks.running(caseId).map(({ purpose, dueOn }) => ({ purpose, dueOn }))).toContainEqual({
      purpose: 'promotion-expiry',
      dueOn: '2027-03-23',
    });
  });

  it('RSTP hears only of a promotion it started: a sponsor found before ROC-O approved the profile sends it no stop notice', async () => {
    // Prepare
    const pipeline = inMemoryPipeline();
    const { caseId } = await openCase(pipeline, {
      state: 'promotion',
      promotion: { startedOn: '2026-11-23', endsBy: '2027-03-23' },
    });

    // Act
    const found = await pipeline.receive({
      from: ROC_O_OFFICER,
      subject: `[${caseId}] SPONSOR FOUND`,
      text: 'Grace Church Group <sah@church.example>',
    });

    // Assess
    expect(found.outcome.noticesSent.map((notice) => notice.purpose)).not.toContain('promotion-stop-to-rstp');
    expect(pipeline.mailer.to(RSTP_MAILBOX)).toEqual([]);
  });

  it('a promotion period changed after approval keeps the approval: RSTP is told, ROC-O cannot approve twice', async () => {
    // Prepare
    const pipeline = inMemoryPipeline();
    const { caseId } = await openCase(pipeline, {
      state: 'promotion',
      promotion: { startedOn: '2026-11-23', endsBy: '2027-03-23', profileApprovedOn: '2026-11-23' },
    });

    // Act
    const extended = await pipeline.receive({ from: OFFICER, subject: `[${caseId}] EXTEND PROMOTION: 3 months` });
    const again = await pipeline.receive({ from: ROC_O_OFFICER, subject: `[${caseId}] APPROVE PROFILE` });

    // Assess
    expect(extended.outcome.noticesSent.map((notice) => notice.to)).toContain(RSTP_MAILBOX);
    expect(await pipeline.cases.getCase(caseId)).toMatchObject({
      promotion: { endsBy: '2027-02-23', profileApprovedOn: '2026-11-23' },
    });
    expect(again.outcome).toMatchObject({ outcome: 'rejected', reasonCode: 'NOT_ALLOWED_IN_STATE' });
  });

  it('the same action delivered again changes nothing more and sends nothing twice', async () => {
    // Prepare
    const pipeline = inMemoryPipeline();
    const { caseId } = await openCase(pipeline, { state: 'recommended_to_in' });
    const { messageKey, outcome } = await pipeline.receive({ from: IN_OFFICER, subject: `[${caseId}] DECLINE` });

    // Act
    const again = await pipeline.process(messageKey);

    // Assess
    expect(again).toEqual(outcome);
    expect(await pipeline.cases.getCase(caseId)).toMatchObject({ state: 'declined', version: 3 });
    expect(pipeline.mailer.sent).toHaveLength(2);
  });
});
