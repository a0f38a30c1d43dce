import { describe, expect, it } from 'vitest';
import { runningClocksOf } from '../../../functions/domain/case-clocks.js';
import { processClockDue } from '../../../functions/domain/use-cases/process-clock-due.js';
import { inMemoryPipeline } from '../../helpers/in-memory/in-memory-pipeline.js';
import { OFFICE_MAILBOX, OFFICER, openCase, ROC_O_MAILBOX, RSTP_MAILBOX, SPO, SPONSOR } from './use-case-fixtures.js';

const PROMOTION = { startedOn: '2026-11-23', endsBy: '2027-03-23', profileApprovedOn: '2026-11-24' };
const NEVER_APPROVED = { startedOn: '2026-11-23', endsBy: '2027-03-23' };

describe('a policy clock comes due, on in-memory ports', () => {
  it('the 4-month promotion ends: RSTP told to stop, the office and ROC-O told, the case back to designated', async () => {
    // Prepare
    const pipeline = inMemoryPipeline();
    const { caseId } = await openCase(pipeline, { state: 'promotion', promotion: PROMOTION });

    // Act
    const outcome = await processClockDue(
      { caseId, purpose: 'promotion-expiry', dueOn: PROMOTION.endsBy },
      pipeline.dependencies,
    );

    // Assess
    expect(outcome).toMatchObject({ applied: true });
    expect(await pipeline.cases.getCase(caseId)).toMatchObject({ state: 'designated', flags: ['promotion_expired'] });
    expect(pipeline.mailer.sent.map((mail) => mail.to)).toEqual([[RSTP_MAILBOX], [OFFICE_MAILBOX, ROC_O_MAILBOX]]);
  });

  it('the 4 months end before ROC-O approved the profile: RSTP, which never had it, is not written to; the office and ROC-O are told it was never promoted', async () => {
    // Prepare
    const pipeline = inMemoryPipeline();
    const { caseId } = await openCase(pipeline, { state: 'promotion', promotion: NEVER_APPROVED });

    // Act
    const outcome = await processClockDue(
      { caseId, purpose: 'promotion-expiry', dueOn: NEVER_APPROVED.endsBy },
      pipeline.dependencies,
    );

    // Assess
    expect(outcome).toMatchObject({ applied: true });
    expect(await pipeline.cases.getCase(caseId)).toMatchObject({ state: 'designated', flags: ['promotion_expired'] });
    expect(pipeline.mailer.to(RSTP_MAILBOX)).toEqual([]);
    expect(pipeline.mailer.sent.map((mail) => mail.to)).toEqual([[OFFICE_MAILBOX, ROC_O_MAILBOX]]);
    const told = pipeline.mailer.sent[0]!;
    expect(told.text).toContain('ROC-O never approved the case’s de-identified profile');
    expect(told.text).toContain('le PFPR ne l’a jamais reçu');
    expect(told.text).not.toContain('RSTP is told to stop promotion');
    const [expired] = (await pipeline.cases.listEvents(caseId)).filter((event) => event.type === 'promotion_expired');
    expect(expired!.summary).toContain('never promoted, RSTP not told');

    // Posted again, the case goes back to ROC-O for approval, not straight to RSTP.
    const reposted = await pipeline.receive({ from: OFFICER, subject: `[${caseId}] EXTEND PROMOTION: 4 months` });
    expect(reposted.outcome.noticesSent.map((notice) => notice.purpose)).toEqual([
      'case-decision',
      'case-decision',
      'case-summary-to-roc-o',
      'profile-for-approval',
    ]);
    expect(reposted.outcome.noticesSent.map((notice) => notice.to)).not.toContain(RSTP_MAILBOX);
  });

  it('fired again (a retried task), it does nothing more', async () => {
    // Prepare
    const pipeline = inMemoryPipeline();
    const { caseId } = await openCase(pipeline, { state: 'promotion', promotion: PROMOTION });
    const due = { caseId, purpose: 'promotion-expiry', dueOn: PROMOTION.endsBy } as const;
    await processClockDue(due, pipeline.dependencies);

    // Act
    const again = await processClockDue(due, pipeline.dependencies);

    // Assess
    expect(again).toMatchObject({ applied: true });
    expect(pipeline.mailer.sent).toHaveLength(2);
    expect(
      (await pipeline.cases.listEvents(caseId)).filter((event) => event.type === 'promotion_expired'),
    ).toHaveLength(1);
  });

  it('a clock the case no longer has running does nothing: a sponsor was found before the end', async () => {
    // Prepare
    const pipeline = inMemoryPipeline();
    const { caseId, version } = await openCase(pipeline, {
      state: 'sponsor_found',
      promotion: PROMOTION,
      sponsor: { name: 'Grace Church Group', email: SPONSOR },
    });

    // Act
    const outcome = await processClockDue(
      { caseId, purpose: 'promotion-expiry', dueOn: PROMOTION.endsBy },
      pipeline.dependencies,
    );

    // Assess
    expect(outcome).toEqual({
      caseId,
      purpose: 'promotion-expiry',
      dueOn: PROMOTION.endsBy,
      applied: false,
      detail: 'promotion already ended',
    });
    expect(await pipeline.cases.getCase(caseId)).toMatchObject({ version });
    expect(pipeline.mailer.sent).toEqual([]);
  });

  it('the deadline reminder reaches an SPO still owing information, once; the clocks running say it has fired', async () => {
    // Prepare
    const pipeline = inMemoryPipeline();
    const opened = await openCase(pipeline, { state: 'info_requested' });
    const [reminder] = pipeline.policyClocks.running(opened.caseId);

    // Act
    const outcome = await processClockDue(
      { caseId: opened.caseId, purpose: 'deadline-reminder', dueOn: reminder!.dueOn },
      pipeline.dependencies,
    );

    // Assess
    expect(outcome).toMatchObject({ applied: true });
    expect(pipeline.mailer.sent.map((mail) => mail.to)).toEqual([[SPO]]);
    const history = new Set((await pipeline.cases.listEvents(opened.caseId)).map((event) => event.type));
    const record = (await pipeline.cases.getCase(opened.caseId))!;
    expect(runningClocksOf(record, history, pipeline.dependencies)).toEqual([]);
  });
});
