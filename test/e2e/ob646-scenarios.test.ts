import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutboxEmail } from '../../bin/local-stack/outbox-server.js';
import { fillForm } from '../../forms/fill-form.js';
import { sampleValues } from '../../forms/form-samples.js';
import { readForm } from '../../forms/read-form.js';
import { addCalendarMonths } from '../../kernel/policy-calendar.js';
import { startTestStack, type TestStack } from '../helpers/local-stack.js';
import {
  addressed,
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
  TRIAGE_MAILBOX,
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

/** Step 1: the SPO's form opens the case; returns its id. */
async function openCase(uci: string, overrides: Record<string, string | boolean> = {}): Promise<string> {
  const outcome = await scenario.send(SPO, 'JAS In-Canada Recommendation Form', 'Attached.', [
    await recommendationPdf(uci, overrides),
  ]);
  expect(outcome.outcome).toBe('case_updated');
  await scenario.newNotices();
  return outcome.caseIds[0]!;
}

/**
 * A form the pipeline sent, completed as its reader's PDF tool would: every field it left empty
 * filled with the sample's value, every value it wrote kept.
 */
async function completeSentForm(
  notice: OutboxEmail,
  formId: string,
): Promise<{ filename: string; content: Buffer; prefilled: Record<string, unknown> }> {
  const attachment = notice.attachments.find((candidate) => candidate.filename === `${formId}.pdf`)!;
  const sent = Buffer.from(attachment.content, 'base64');
  const reading = await readForm(sent, { receivedOn: TODAY });
  const prefilled = Object.fromEntries(
    Object.entries(reading.values).filter(([, value]) => value !== '' && value !== false),
  );
  const rest = Object.fromEntries(
    Object.entries(sampleValues(formId, TODAY)!).filter(([name]) => !(name in prefilled)),
  );
  return { filename: `${formId}.pdf`, content: Buffer.from(await fillForm(formId, rest, { onto: sent })), prefilled };
}

/** Step 2: an officer recommends and a supervisor concurs. */
async function recommend(caseId: string): Promise<void> {
  expect((await scenario.send(OFFICER, `Re: [${caseId}] RECOMMEND`, 'Needs are well documented.')).outcome).toBe(
    'case_updated',
  );
  expect(addressed(await scenario.newNotices())).toEqual([expect.objectContaining({ to: SUPERVISOR })]);
  expect((await scenario.send(SUPERVISOR, `RE: [${caseId}] CONCUR`)).outcome).toBe('case_updated');
  expect((await scenario.caseOf(caseId)).state).toBe('recommended_to_in');
}

describe('OB 646 by email', () => {
  it('GAR with promotion: recommend, designate, promote, sponsor found, undertaking, case conference, JAS, early end', async () => {
    const uci = '2000-0001';
    const caseId = await openCase(uci);
    await recommend(caseId);
    const toIn = (await scenario.newNotices()).find((notice) => notice.destination.to.includes(IN_MAILBOX))!;
    expect(toIn.subject).toBe(`Recommendation for in-Canada JAS conversion [${caseId}]`);
    expect(toIn.attachments.map((attachment) => attachment.filename)).toEqual(['jas-recommendation.pdf']);

    expect((await scenario.send(IN_OFFICER, `[${caseId}] DESIGNATE`)).outcome).toBe('case_updated');
    const caseAfterDesignation = await scenario.caseOf(caseId);
    expect(caseAfterDesignation).toMatchObject({
      state: 'promotion',
      promotion: { startedOn: TODAY, endsBy: addCalendarMonths(TODAY, 4) },
    });
    const designationNotices = await scenario.newNotices();
    // Step 5: ROC-O gets the case summary and the draft profile; RSTP nothing until ROC-O approves it.
    expect(
      addressed(designationNotices)
        .map((notice) => notice.to)
        .sort(),
    ).toEqual([OFFICE_MAILBOX, ROC_O_MAILBOX, ROC_O_MAILBOX, SPO].sort());
    const draft = designationNotices.find((notice) => notice.subject.includes('Profile to approve'))!;
    expect(draft.destination.to).toEqual([ROC_O_MAILBOX]);
    expect(draft.attachments.map((attachment) => attachment.contentType)).toEqual(['application/pdf']);
    expect((await scenario.send(SPO, `[${caseId}] APPROVE PROFILE`)).outcome).not.toBe('case_updated');
    await scenario.newNotices();
    expect((await scenario.send(ROC_O_OFFICER, `Re: [${caseId}] APPROVE PROFILE`)).outcome).toBe('case_updated');
    expect(await scenario.caseOf(caseId)).toMatchObject({ promotion: { profileApprovedOn: TODAY } });
    const approvalNotices = await scenario.newNotices();
    expect(addressed(approvalNotices).map((notice) => notice.to)).toEqual([RSTP_MAILBOX]);
    const toRstp = approvalNotices[0]!;
    // ROC-O's draft is the fillable profile form; RSTP gets the profile ROC-O approved, as a document.
    expect(draft.attachments.map((attachment) => attachment.filename)).toEqual([`${caseId}-profile-draft.pdf`]);
    expect(toRstp.attachments.map((attachment) => [attachment.filename, attachment.contentType])).toEqual([
      [`${caseId}-profile.pdf`, 'application/pdf'],
    ]);
    for (const personal of ['Haddad', 'Amal', uci, uci.replace('-', ''), '1988-04-17', SPO]) {
      expect(`${toRstp.subject}\n${toRstp.body.text}\n${toRstp.body.html}`).not.toContain(personal);
    }

    expect(
      (await scenario.send(ROC_O_OFFICER, `[${caseId}] SPONSOR FOUND`, `Grace Church Group <${SPONSOR}>`)).outcome,
    ).toBe('case_updated');
    expect(await scenario.caseOf(caseId)).toMatchObject({ state: 'sponsor_found', sponsor: { email: SPONSOR } });
    expect(
      addressed(await scenario.newNotices())
        .map((notice) => notice.to)
        .sort(),
    ).toEqual([OFFICE_MAILBOX, RSTP_MAILBOX, SPONSOR].sort());
    const instructions = (await stack.outbox()).find(
      (notice) => notice.destination.to.includes(SPONSOR) && notice.subject.includes('Undertaking forms to send'),
    )!;

    // The sponsor's forms arrive filled with the case; completed by the sponsor's tool, they are accepted and filed.
    const arrival = caseAfterDesignation.recommendation.client.arrivalDate;
    const [imm1324, imm5492, imm5494] = await Promise.all(
      ['imm1324', 'imm5492', 'imm5494'].map((formId) => completeSentForm(instructions, formId)),
    );
    expect(imm1324!.prefilled).toMatchObject({
      'refugee.uci': uci.replace('-', ''),
      'refugee.familyName': 'Haddad',
      'refugee.arrivalDate': arrival,
      'sponsorship.startDate': arrival,
      'sponsorship.endDate': addCalendarMonths(arrival, 24),
      'group.constituentGroupName': 'Grace Church Group',
      'group.email': SPONSOR,
    });
    expect(imm5494!.prefilled).toMatchObject({ 'refugee.uci': uci.replace('-', ''), 'refugee.givenNames': 'Amal Zoé' });
    expect((await scenario.send(SPONSOR, `Re: [${caseId}] Undertaking`, '', [imm1324!, imm5492!])).outcome).toBe(
      'case_updated',
    );
    expect((await scenario.caseOf(caseId)).state).toBe('sponsor_found');
    expect(addressed(await scenario.newNotices())).toEqual([expect.objectContaining({ to: SPONSOR })]);
    expect((await scenario.send(SPONSOR, `Re: [${caseId}] Settlement plan`, '', [imm5494!])).outcome).toBe(
      'case_updated',
    );
    expect((await scenario.caseOf(caseId)).state).toBe('undertaking_submitted');
    const toRocO = (await scenario.newNotices()).find((notice) => notice.destination.to.includes(ROC_O_MAILBOX))!;
    expect(toRocO.attachments).toHaveLength(3);

    expect((await scenario.send(ROC_O_OFFICER, `[${caseId}] APPROVE UNDERTAKING`)).outcome).toBe('case_updated');
    expect((await scenario.caseOf(caseId)).state).toBe('undertaking_approved');
    const coordination = (await scenario.newNotices()).find(
      (notice) => notice.destination.to.includes(SPO) && notice.destination.to.includes(SPONSOR),
    )!;
    expect(coordination.attachments.map((attachment) => attachment.filename)).toEqual(['jas-roles-checklist.pdf']);
    const checklist = await completeSentForm(coordination, 'jas-roles-checklist');
    expect(checklist.prefilled).toMatchObject({
      'client.uci': uci.replace('-', ''),
      'spo.email': SPO,
      'sponsor.groupName': 'Grace Church Group',
      'sponsor.email': SPONSOR,
    });

    expect((await scenario.send(SPO, `Re: [${caseId}] Checklist`, '', [checklist])).outcome).toBe('case_updated');
    expect((await scenario.caseOf(caseId)).state).toBe('case_conference');
    expect(
      addressed(await scenario.newNotices())
        .map((notice) => notice.to)
        .sort(),
      // Step 9: copies to the sponsor, the SPO, and the client through the SPO.
    ).toEqual([OFFICE_MAILBOX, SPO, SPO, SPONSOR].sort());

    expect((await scenario.send(OFFICER, `[${caseId}] CHECKLIST RECEIVED`)).outcome).toBe('case_updated');
    expect(await scenario.caseOf(caseId)).toMatchObject({
      state: 'active',
      jasPeriod: {
        startsOn: arrival,
        midpointOn: addCalendarMonths(arrival, 12),
        endsOn: addCalendarMonths(arrival, 24),
      },
    });
    await scenario.newNotices();

    expect((await scenario.send(SPONSOR, `Re: [${caseId}] SPONSOR AGREES TO END`, 'We agree.')).outcome).toBe(
      'case_updated',
    );
    expect((await scenario.send(OFFICER, `[${caseId}] CLIENT AGREES TO END`, 'The client agrees.')).outcome).toBe(
      'case_updated',
    );
    expect((await scenario.send(OFFICER, `[${caseId}] END EARLY`, 'Sponsor and client agree.')).outcome).toBe(
      'case_updated',
    );
    expect(await scenario.caseOf(caseId)).toMatchObject({
      state: 'ended',
      ended: { on: TODAY, reason: 'mutual_agreement' },
    });
    expect(await scenario.events(caseId)).toEqual(
      expect.arrayContaining([
        'recommendation_received',
        'recommended_pending_concurrence',
        'recommended_to_in',
        'designated',
        'promotion_started',
        'sponsor_found',
        'undertaking_submitted',
        'undertaking_approved',
        'case_conference',
        'jas_active',
        'ended',
      ]),
    );
  });

  it('GAR with a sponsor identified: no promotion, straight to the undertaking', async () => {
    const caseId = await openCase('2000-0002', {
      'sponsor.identified': 'yes',
      'sponsor.name': 'Grace Church Group',
      'sponsor.contactEmail': SPONSOR,
    });
    await recommend(caseId);
    const toIn = (await scenario.newNotices()).find((notice) => notice.destination.to.includes(IN_MAILBOX))!;
    expect(toIn.body.text).toContain('Grace Church Group');
    await scenario.send(IN_OFFICER, `[${caseId}] DESIGNATE`);
    expect(await scenario.caseOf(caseId)).toMatchObject({ state: 'sponsor_found', sponsor: { email: SPONSOR } });
    expect(addressed(await scenario.newNotices()).map((notice) => notice.to)).not.toContain(RSTP_MAILBOX);
  });

  it('sponsor forms are checked against the case: its client and its sponsor', async () => {
    const caseId = await openCase('2000-0011', {
      'sponsor.identified': 'yes',
      'sponsor.name': 'Grace Church Group',
      'sponsor.contactEmail': SPONSOR,
    });
    await scenario.send(SUPERVISOR, `[${caseId}] RECOMMEND`);
    await scenario.send(IN_OFFICER, `[${caseId}] DESIGNATE`);
    await scenario.newNotices();
    const arrival = (await scenario.caseOf(caseId)).recommendation.client.arrivalDate;
    const [otherClient] = await undertakingPdfs('2000-9999', arrival);
    const wrongClient = await scenario.send(SPONSOR, `Re: [${caseId}] Undertaking`, '', [otherClient!]);
    expect(wrongClient).toMatchObject({
      outcome: 'rejected',
      problems: [expect.objectContaining({ field: 'refugee.uci', code: 'UCI_MISMATCH' })],
    });
    const rejection = (await scenario.newNotices()).find((notice) => notice.destination.to.includes(SPONSOR))!;
    expect(rejection.subject).toContain('Form not accepted');
    expect((await scenario.caseOf(caseId)).undertakingForms).toBeUndefined();
  });

  it('BVOR whose sponsor continues: no promotion', async () => {
    const caseId = await openCase('2000-0003', {
      caseType: 'BVOR',
      'sponsor.identified': 'yes',
      'sponsor.name': 'Grace Church Group',
      'sponsor.contactEmail': SPONSOR,
      'sponsor.bvorSponsorContinues': 'yes',
    });
    await recommend(caseId);
    await scenario.newNotices();
    await scenario.send(IN_OFFICER, `[${caseId}] DESIGNATE`);
    expect((await scenario.caseOf(caseId)).state).toBe('sponsor_found');
    expect(addressed(await scenario.newNotices()).map((notice) => notice.to)).not.toContain(RSTP_MAILBOX);
  });

  it('BVOR needing a new sponsor, none named yet: promoted', async () => {
    const caseId = await openCase('2000-0004', {
      caseType: 'BVOR',
      'sponsor.bvorSponsorContinues': 'no',
    });
    await recommend(caseId);
    await scenario.newNotices();
    await scenario.send(IN_OFFICER, `[${caseId}] DESIGNATE`);
    expect((await scenario.caseOf(caseId)).state).toBe('promotion');
    expect(addressed(await scenario.newNotices()).map((notice) => notice.to)).toContain(ROC_O_MAILBOX);
    await scenario.send(ROC_O_OFFICER, `[${caseId}] APPROVE PROFILE`);
    expect(addressed(await scenario.newNotices()).map((notice) => notice.to)).toEqual([RSTP_MAILBOX]);
  });

  it('declined: the office and the SPO are told, and the case takes no further action', async () => {
    const caseId = await openCase('2000-0005');
    await recommend(caseId);
    await scenario.newNotices();
    await scenario.send(IN_OFFICER, `[${caseId}] DECLINE`, 'Needs are met by RAP.');
    expect((await scenario.caseOf(caseId)).state).toBe('declined');
    expect(
      addressed(await scenario.newNotices())
        .map((notice) => notice.to)
        .sort(),
    ).toEqual([OFFICE_MAILBOX, SPO].sort());
    const late = await scenario.send(ROC_O_OFFICER, `[${caseId}] SPONSOR FOUND`, `G <${SPONSOR}>`);
    expect(late).toMatchObject({ outcome: 'rejected', reasonCode: 'NOT_ALLOWED_IN_STATE' });
    expect((await scenario.caseOf(caseId)).state).toBe('declined');
  });

  it('late form: accepted and flagged with exceptional circumstances; without, left to the office to consider', async () => {
    const arrivedLongAgo = addCalendarMonths(TODAY, -9);
    const unexcused = await scenario.send(SPO, 'JAS', '', [
      await recommendationPdf('2000-0006', {
        'client.arrivalDate': arrivedLongAgo,
        'criteria.needsIdentifiedOn': addCalendarMonths(arrivedLongAgo, 1),
      }),
    ]);
    expect(unexcused.outcome).toBe('case_updated');
    expect((await scenario.caseOf(unexcused.caseIds[0]!)).flags).toEqual(['late', 'late_not_considered']);
    await scenario.newNotices();
    const caseId = await openCase('2000-0007', {
      'client.arrivalDate': arrivedLongAgo,
      'criteria.needsIdentifiedOn': addCalendarMonths(arrivedLongAgo, 1),
      exceptionalCircumstances: 'The diagnosis came after a long wait for a specialist.',
    });
    expect((await scenario.caseOf(caseId)).flags).toContain('late');
  });

  it('information requested: the SPO’s answer reopens the review and reaches the office', async () => {
    const caseId = await openCase('2000-0008');
    await scenario.send(OFFICER, `[${caseId}] REQUEST INFO`, 'Please send the specialist’s assessment.');
    expect((await scenario.caseOf(caseId)).state).toBe('info_requested');
    const request = (await scenario.newNotices()).find((notice) => notice.destination.to.includes(SPO))!;
    expect(request.body.text).toContain('specialist’s assessment');
    await scenario.send(SPO, `Re: [${caseId}] Information`, 'The assessment confirms weekly treatment.');
    expect((await scenario.caseOf(caseId)).state).toBe('local_review');
    expect(addressed(await scenario.newNotices())).toEqual([expect.objectContaining({ to: OFFICE_MAILBOX })]);
    await recommend(caseId);
  });
});

describe('who may act', () => {
  it('a forged supervisor, outsiders and an officer of another office change nothing; each is recorded and the office told', async () => {
    const caseId = await openCase('2000-0009');
    const told = async () =>
      addressed(await scenario.newNotices())
        .map((notice) => notice.to)
        .sort();
    // Unsigned, as a forger writes a staff address: not answered; the office is told, a person reads it.
    const forged = await scenario.sendForged(SUPERVISOR, `[${caseId}] RECOMMEND`);
    expect(forged).toMatchObject({ outcome: 'quarantined', reasonCode: 'SENDER_NOT_VERIFIED' });
    expect(await told()).toEqual([OFFICE_MAILBOX, TRIAGE_MAILBOX].sort());
    // A stranger whose domain publishes nothing cannot be verified either.
    const stranger = await scenario.send('stranger@elsewhere.example', `[${caseId}] RECOMMEND`);
    expect(stranger).toMatchObject({ outcome: 'quarantined', reasonCode: 'SENDER_NOT_VERIFIED' });
    expect(await told()).toEqual([OFFICE_MAILBOX, TRIAGE_MAILBOX].sort());
    // A verified outsider (its own domain passes DMARC) is no party to the case.
    const outsider = await scenario.send('someone@evil.example', `[${caseId}] RECOMMEND`);
    expect(outsider).toMatchObject({ outcome: 'quarantined', reasonCode: 'NOT_A_PARTY' });
    expect(await told()).toEqual([OFFICE_MAILBOX, TRIAGE_MAILBOX].sort());
    // Staff of another office: verified, refused for the role; the officer is told why, and the office.
    const otherOffice = await scenario.send('officer.ottawa@ircc.example', `[${caseId}] RECOMMEND`);
    expect(otherOffice).toMatchObject({ outcome: 'rejected', reasonCode: 'NOT_AUTHORIZED' });
    expect(await told()).toEqual(['officer.ottawa@ircc.example', OFFICE_MAILBOX].sort());

    expect(await scenario.caseOf(caseId)).toMatchObject({ state: 'received', version: 1 });
    expect(await scenario.events(caseId)).toEqual([
      'recommendation_received',
      'message_refused',
      'message_refused',
      'message_refused',
      'action_refused',
    ]);
  });
});

describe('routing', () => {
  it('sends an urgent protection case to ROC-O and MIDI, warning about an unaccompanied minor destined to Quebec', async () => {
    const outcome = await scenario.send(
      'visa.office@ircc.example',
      "Urgent Protection Program/Programme de protection d'urgence — family of 3",
      'Destination: Québec.\nUnaccompanied minor, 16.',
    );
    expect(outcome).toMatchObject({ outcome: 'routed', reasonCode: 'URGENT_PROTECTION_MINOR_TO_QUEBEC' });
    expect(Date.parse(outcome.respondBy!) - Date.parse(outcome.at)).toBeLessThanOrEqual(24 * 3600 * 1000);
    const [notice] = await scenario.newNotices();
    expect([...notice!.destination.to].sort()).toEqual(['difh@midi.example', ROC_O_MAILBOX].sort());
    expect(notice!.body.text).toContain('Unaccompanied minors must not be directed to Quebec');
  });

  it('a tag for a case that does not exist goes to triage with the original', async () => {
    const outcome = await scenario.send(SPO, 'Re: [JAS-2026-ZZZZZZ] question', 'Hello', [
      await recommendationPdf('2000-0010'),
    ]);
    expect(outcome).toMatchObject({ outcome: 'quarantined', reasonCode: 'UNKNOWN_CASE_TAG' });
    const [notice] = await scenario.newNotices();
    expect(notice!.destination.to).toEqual([TRIAGE_MAILBOX]);
    expect(notice!.body.text).toContain('UNKNOWN_CASE_TAG');
    // The original travels as message/rfc822; the outbox (mailparser) shows the files inside it.
    expect(notice!.attachments.map((attachment) => attachment.filename)).toEqual(['jas-recommendation.pdf']);
  });
});
