import { describe, expect, it } from 'vitest';
import { inMemoryPipeline } from '../../helpers/in-memory/in-memory-pipeline.js';
import { OFFICE_MAILBOX, openCase, SPO, SUPERVISOR, TRIAGE_MAILBOX } from './use-case-fixtures.js';

describe('an action that is refused changes nothing, on in-memory ports', () => {
  it('from a party without the role: the sender told why, in reply; the office told', async () => {
    // Prepare
    const pipeline = inMemoryPipeline();
    const { caseId, version } = await openCase(pipeline);

    // Act
    const { outcome } = await pipeline.receive({ from: SPO, subject: `[${caseId}] RECOMMEND` });

    // Assess
    expect(outcome).toMatchObject({ outcome: 'rejected', reasonCode: 'NOT_AUTHORIZED' });
    expect(outcome.noticesSent).toEqual([
      { purpose: 'action-refused', to: SPO },
      { purpose: 'unauthorized-action-to-office', to: OFFICE_MAILBOX },
    ]);
    expect(pipeline.mailer.to(SPO)[0]!.inReplyTo).toMatch(/^<.+@spo\.example>$/);
    expect(await pipeline.cases.getCase(caseId)).toMatchObject({ state: 'received', version });
    expect((await pipeline.cases.listEvents(caseId)).map((event) => event.type)).toContain('action_refused');
  });

  it('from an address that failed DMARC: not answered (a forged address), the office told, a person sees it', async () => {
    // Prepare
    const pipeline = inMemoryPipeline();
    const { caseId, version } = await openCase(pipeline);

    // Act
    const { outcome } = await pipeline.receive({ from: SUPERVISOR, subject: `[${caseId}] RECOMMEND`, dmarc: 'fail' });

    // Assess
    expect(outcome).toMatchObject({ outcome: 'quarantined', reasonCode: 'SENDER_NOT_VERIFIED', caseIds: [caseId] });
    expect(outcome.noticesSent).toEqual([
      { purpose: 'unauthorized-action-to-office', to: OFFICE_MAILBOX },
      { purpose: 'triage', to: TRIAGE_MAILBOX },
    ]);
    expect(await pipeline.cases.getCase(caseId)).toMatchObject({ state: 'received', version });
  });

  it('from someone not party to the case: triage, the office told, and nothing filed', async () => {
    // Prepare
    const pipeline = inMemoryPipeline();
    const { caseId, version } = await openCase(pipeline);

    // Act
    const { outcome } = await pipeline.receive({ from: 'someone@elsewhere.example', subject: `[${caseId}] RECOMMEND` });

    // Assess
    expect(outcome).toMatchObject({ outcome: 'quarantined', reasonCode: 'NOT_A_PARTY', caseIds: [caseId] });
    expect(outcome.noticesSent).toEqual([
      { purpose: 'unauthorized-action-to-office', to: OFFICE_MAILBOX },
      { purpose: 'triage', to: TRIAGE_MAILBOX },
    ]);
    expect(await pipeline.cases.getCase(caseId)).toMatchObject({ version });
  });
});
