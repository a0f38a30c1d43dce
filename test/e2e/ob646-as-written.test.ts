import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarMonths } from '../../kernel/policy-calendar.js';
import { startTestStack, type TestStack } from '../helpers/local-stack.js';
import {
  addressed,
  checklistPdf,
  IN_MAILBOX,
  IN_OFFICER,
  OFFICE_MAILBOX,
  OFFICER,
  ROC_O_MAILBOX,
  ROC_O_OFFICER,
  RSTP_MAILBOX,
  recommendationPdf,
  Scenario,
  SPO,
  SPONSOR,
  SUPERVISOR,
  TODAY,
  undertakingPdfs,
} from '../helpers/scenario.js';

let stack: TestStack;
let scenario: Scenario;

beforeAll(async () => {
  stack = await startTestStack();
  scenario = new Scenario(stack);
});

afterAll(async () => {
  await stack.stop();
});

const WITH_SPONSOR = {
  'sponsor.identified': 'yes',
  'sponsor.name': 'Grace Church Group',
  'sponsor.contactEmail': SPONSOR,
} as const;

/** Step 1: the SPO's form opens the case; returns its id. */
async function openCase(uci: string, overrides: Record<string, string | boolean> = {}): Promise<string> {
  const outcome = await scenario.send(SPO, 'JAS In-Canada Recommendation Form', 'Attached.', [
    await recommendationPdf(uci, overrides),
  ]);
  expect(outcome.outcome).toBe('case_updated');
  await scenario.newNotices();
  return outcome.caseIds[0]!;
}

/** Steps 2–3: recommended by a supervisor and designated by IN. */
async function designate(caseId: string): Promise<void> {
  expect((await scenario.send(SUPERVISOR, `[${caseId}] RECOMMEND`, 'Needs well documented.')).outcome).toBe(
    'case_updated',
  );
  expect((await scenario.send(IN_OFFICER, `[${caseId}] DESIGNATE`)).outcome).toBe('case_updated');
}

/** Steps 6–10 for a case whose sponsor is known: undertaking, approval, checklist; the JAS is active. */
async function activate(caseId: string, uci: string): Promise<void> {
  const arrival = (await scenario.caseOf(caseId)).recommendation.client.arrivalDate;
  await scenario.send(SPONSOR, `Re: [${caseId}] Undertaking`, '', await undertakingPdfs(uci, arrival));
  await scenario.send(ROC_O_OFFICER, `[${caseId}] APPROVE UNDERTAKING`);
  await scenario.send(SPO, `Re: [${caseId}] Checklist`, '', [await checklistPdf(uci)]);
  expect((await scenario.send(OFFICER, `[${caseId}] CHECKLIST RECEIVED`)).outcome).toBe('case_updated');
  expect((await scenario.caseOf(caseId)).state).toBe('active');
  await scenario.newNotices();
}

/** A message as a mail program sends it, with headers the scenario helper does not set. */
async function sendWithHeaders(options: {
  from: string;
  subject: string;
  text?: string;
  inReplyTo?: string;
  headers?: Record<string, string>;
}) {
  const key = await stack.sendMail({ to: 'jas-intake@jas.example', text: '', ...options });
  return stack.outcomeOf(key);
}

describe('OB 646 as written, by email', () => {
  it('auto-replies are recorded and never answered, and never count as the SPO’s answer', async () => {
    const caseId = await openCase('3000-0001');
    await scenario.send(OFFICER, `[${caseId}] REQUEST INFO`, 'Please describe the medical follow-up.');
    expect((await scenario.caseOf(caseId)).state).toBe('info_requested');
    await scenario.newNotices();

    const outOfOffice = await sendWithHeaders({
      from: SPO,
      subject: `Automatic reply: [${caseId}] Information requested`,
      text: 'I am out of the office until Monday.',
      headers: { 'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All' },
    });

    expect(outOfOffice).toMatchObject({ caseIds: [caseId], reasonCode: 'AUTOMATIC_MAIL', noticesSent: [] });
    expect((await scenario.caseOf(caseId)).state).toBe('info_requested');
    expect(await scenario.newNotices()).toEqual([]);
    expect(await scenario.events(caseId)).toContain('automatic_mail_recorded');
  });

  it('a reply whose tag a mail program dropped joins its case by In-Reply-To', async () => {
    const caseId = await openCase('3000-0002');
    await scenario.send(OFFICER, `[${caseId}] REQUEST INFO`, 'Please describe the medical follow-up.');
    const [question] = (await scenario.newNotices()).filter((notice) => notice.destination.to.includes(SPO));
    const sentId = `<${question!.messageId}@ca-central-1.amazonses.com>`;

    const answer = await sendWithHeaders({
      from: SPO,
      subject: 'Re: Information requested',
      text: 'The client sees a cardiologist every month.',
      inReplyTo: sentId,
    });

    expect(answer).toMatchObject({ outcome: 'case_updated', caseIds: [caseId] });
    expect((await scenario.caseOf(caseId)).state).toBe('local_review');
  });

  it('a reply by In-Reply-To from someone not party to the case goes to triage, as a tagged one does', async () => {
    const caseId = await openCase('3000-0003');
    const acknowledgement = (await stack.outbox()).find(
      (notice) => notice.destination.to.includes(SPO) && notice.subject.includes(caseId),
    )!;
    const answer = await sendWithHeaders({
      from: 'someone@elsewhere.example',
      subject: 'Re: received',
      inReplyTo: `<${acknowledgement.messageId}@ca-central-1.amazonses.com>`,
    });
    expect(answer).toMatchObject({ outcome: 'quarantined', caseIds: [caseId] });
  });

  it('BVOR whose new sponsor is named on the form: no promotion (step 5)', async () => {
    const caseId = await openCase('3000-0004', {
      caseType: 'BVOR',
      'submitter.kind': 'SPONSORING_GROUP',
      ...WITH_SPONSOR,
      'sponsor.bvorSponsorContinues': 'no',
    });
    await designate(caseId);
    expect(await scenario.caseOf(caseId)).toMatchObject({ state: 'sponsor_found', sponsor: { email: SPONSOR } });
    expect(addressed(await scenario.newNotices()).map((notice) => notice.to)).not.toContain(RSTP_MAILBOX);
  });

  it('the office shortens a BVOR breakdown’s promotion (step 4), and RSTP is told the new end', async () => {
    const caseId = await openCase('3000-0005', {
      caseType: 'BVOR',
      'submitter.kind': 'SPONSORING_GROUP',
      'sponsor.bvorSponsorContinues': 'no',
    });
    await designate(caseId);
    expect((await scenario.caseOf(caseId)).state).toBe('promotion');
    // RSTP promotes, and so hears of the new end, once ROC-O approved the profile (step 5).
    expect((await scenario.send(ROC_O_OFFICER, `[${caseId}] APPROVE PROFILE`)).outcome).toBe('case_updated');
    await scenario.newNotices();

    expect((await scenario.send(OFFICER, `[${caseId}] SHORTEN PROMOTION`, '2 months')).outcome).toBe('case_updated');

    expect((await scenario.caseOf(caseId)).promotion).toEqual({
      startedOn: TODAY,
      endsBy: addCalendarMonths(TODAY, 2),
      profileApprovedOn: TODAY,
    });
    expect(addressed(await scenario.newNotices()).map((notice) => notice.to)).toEqual(
      expect.arrayContaining([RSTP_MAILBOX, ROC_O_MAILBOX]),
    );
  });

  it('the office puts a BVOR breakdown on RAP instead (step 4): promotion stops, ROC-O and IN are told', async () => {
    const caseId = await openCase('3000-0006', {
      caseType: 'BVOR',
      'submitter.kind': 'SPONSORING_GROUP',
      'sponsor.bvorSponsorContinues': 'no',
    });
    await designate(caseId);
    expect((await scenario.send(ROC_O_OFFICER, `[${caseId}] APPROVE PROFILE`)).outcome).toBe('case_updated');
    await scenario.newNotices();

    expect((await scenario.send(OFFICER, `[${caseId}] PAR PLUTÔT`, 'Rupture du parrainage.')).outcome).toBe(
      'case_updated',
    );

    expect(await scenario.caseOf(caseId)).toMatchObject({ state: 'ended', ended: { reason: 'placed_on_rap' } });
    expect(addressed(await scenario.newNotices()).map((notice) => notice.to)).toEqual(
      expect.arrayContaining([RSTP_MAILBOX, ROC_O_MAILBOX, IN_MAILBOX]),
    );
  });

  it('ROC-O waives the settlement plan: IMM 1324 and IMM 5492 complete the undertaking (step 6, “if required”)', async () => {
    const uci = '3000-0007';
    const caseId = await openCase(uci, WITH_SPONSOR);
    await designate(caseId);
    expect((await scenario.send(ROC_O_OFFICER, `[${caseId}] WAIVE SETTLEMENT PLAN`)).outcome).toBe('case_updated');
    const arrival = (await scenario.caseOf(caseId)).recommendation.client.arrivalDate;
    const [imm1324, imm5492] = await undertakingPdfs(uci, arrival);

    await scenario.send(SPONSOR, `Re: [${caseId}] Undertaking`, '', [imm1324!, imm5492!]);

    expect(await scenario.caseOf(caseId)).toMatchObject({
      state: 'undertaking_submitted',
      settlementPlanRequired: false,
    });
  });

  it('END EARLY waits for the sponsor’s and the refugee’s agreement, then ends the JAS', async () => {
    const uci = '3000-0008';
    const caseId = await openCase(uci, WITH_SPONSOR);
    await designate(caseId);
    await activate(caseId, uci);

    const tooSoon = await scenario.send(OFFICER, `[${caseId}] END EARLY`, 'Needs met.');
    expect(tooSoon).toMatchObject({ outcome: 'rejected', reasonCode: 'AGREEMENT_MISSING' });
    expect((await scenario.caseOf(caseId)).state).toBe('active');

    expect((await scenario.send(SPONSOR, `Re: [${caseId}] SPONSOR AGREES TO END`, 'We agree.')).outcome).toBe(
      'case_updated',
    );
    expect(
      (await scenario.send(OFFICER, `[${caseId}] CLIENT AGREES TO END`, 'Forwarded: the client agrees.')).outcome,
    ).toBe('case_updated');
    expect((await scenario.send(OFFICER, `[${caseId}] END EARLY`, 'Needs met.')).outcome).toBe('case_updated');

    expect(await scenario.caseOf(caseId)).toMatchObject({
      state: 'ended',
      ended: { on: TODAY, reason: 'mutual_agreement' },
    });
  });

  it('a late GAR form without exceptional circumstances goes to the office, which considers it', async () => {
    const arrival = addCalendarMonths(TODAY, -9);
    const outcome = await scenario.send(SPO, 'JAS In-Canada Recommendation Form', 'Attached.', [
      await recommendationPdf('3000-0009', { 'client.arrivalDate': arrival, 'criteria.needsIdentifiedOn': arrival }),
    ]);
    expect(outcome.outcome).toBe('case_updated');
    const caseId = outcome.caseIds[0]!;
    expect((await scenario.caseOf(caseId)).flags).toContain('late_not_considered');
    expect(addressed(await scenario.newNotices()).map((notice) => notice.to)).toEqual(
      expect.arrayContaining([SPO, OFFICE_MAILBOX]),
    );

    const notYet = await scenario.send(OFFICER, `[${caseId}] RECOMMEND`);
    expect(notYet).toMatchObject({ outcome: 'rejected', reasonCode: 'LATE_NOT_CONSIDERED' });

    expect((await scenario.send(OFFICER, `[${caseId}] CONSIDER LATE FORM`, 'Exceptional: hospitalised.')).outcome).toBe(
      'case_updated',
    );
    expect((await scenario.caseOf(caseId)).flags).not.toContain('late_not_considered');
    expect((await scenario.send(OFFICER, `[${caseId}] RECOMMEND`)).outcome).toBe('case_updated');
  });

  it('the officer’s and the supervisor’s notes reach IN with the recommendation (step 2)', async () => {
    const caseId = await openCase('3000-0010');
    await scenario.send(OFFICER, `[${caseId}] RECOMMEND`, 'Weekly dialysis; the family of five has no driver.');
    await scenario.send(SUPERVISOR, `[${caseId}] CONCUR`, 'Agreed: high medical needs.');
    const toIn = (await scenario.newNotices()).find((notice) => notice.destination.to.includes(IN_MAILBOX))!;
    expect(toIn.body.text).toContain('Weekly dialysis; the family of five has no driver.');
    expect(toIn.body.text).toContain('Agreed: high medical needs.');
  });

  it('RSTP’s reply to a promotion notice reaches ROC-O (step 5)', async () => {
    const caseId = await openCase('3000-0011');
    await designate(caseId);
    await scenario.newNotices();
    const reply = await scenario.send(
      RSTP_MAILBOX,
      `Re: [${caseId}] Promotion`,
      'Two groups in Halifax asked about this case.',
    );
    expect(reply.outcome).toBe('case_updated');
    const toRocO = (await scenario.newNotices()).find((notice) => notice.destination.to.includes(ROC_O_MAILBOX))!;
    expect(toRocO.body.text).toContain('Two groups in Halifax asked about this case.');
  });

  it('a sponsor’s form filed to the case by the UCI on it, without a tag, is announced to the office', async () => {
    const uci = '3000-0012';
    const caseId = await openCase(uci, WITH_SPONSOR);
    await designate(caseId);
    await scenario.newNotices();
    const arrival = (await scenario.caseOf(caseId)).recommendation.client.arrivalDate;
    const [imm1324] = await undertakingPdfs(uci, arrival);
    const filed = await scenario.send(SPONSOR, 'Our undertaking', '', [imm1324!]);
    expect(filed).toMatchObject({ outcome: 'case_updated', caseIds: [caseId] });
    const toOffice = (await scenario.newNotices()).find((notice) => notice.destination.to.includes(OFFICE_MAILBOX))!;
    expect(toOffice.subject).toContain('Forms filed to the case');
    expect(toOffice.attachments).toHaveLength(1);
  });

  it('French wording of an unaccompanied minor bound for Quebec is flagged as the English is', async () => {
    const outcome = await scenario.send(
      'visa.office@ircc.example',
      "Urgent Protection Program/Programme de protection d'urgence — une personne",
      'Il s’agit d’une mineure non accompagnée, 16 ans.\nElle va s’établir à Montréal, Québec.',
    );
    expect(outcome).toMatchObject({ outcome: 'routed', reasonCode: 'URGENT_PROTECTION_MINOR_TO_QUEBEC' });
    await scenario.newNotices();
  });
});
