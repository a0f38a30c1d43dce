import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillForm } from '../../forms/fill-form.js';
import { startTestStack, type TestStack } from '../helpers/local-stack.js';
import {
  addressed,
  IN_OFFICER,
  OFFICER,
  ROC_O_MAILBOX,
  ROC_O_OFFICER,
  RSTP_MAILBOX,
  recommendationPdf,
  Scenario,
  SPO,
  SUPERVISOR,
  TRIAGE_MAILBOX,
} from '../helpers/scenario.js';
import { pdfText } from '../unit/notices/helpers/pdf-text.js';

let stack: TestStack;
let scenario: Scenario;

beforeAll(async () => {
  stack = await startTestStack();
  scenario = new Scenario(stack);
});

afterAll(async () => {
  await stack.stop();
});

const CORRECTED_NEEDS =
  'The youngest child uses a wheelchair and needs physiotherapy twice a week; accessible housing near a clinic.';

describe('OB 646 step 5 by email: ROC-O sends the draft profile back corrected', () => {
  it('a corrected profile with a phone number is refused to ROC-O; one without goes to RSTP instead of the draft; a forged one changes nothing', async () => {
    // Prepare: a designated GAR case waiting for ROC-O's profile.
    const opened = await scenario.send(SPO, 'JAS In-Canada Recommendation Form', 'Attached.', [
      await recommendationPdf('2000-0646'),
    ]);
    const caseId = opened.caseIds[0]!;
    await scenario.send(OFFICER, `Re: [${caseId}] RECOMMEND`, 'Needs are well documented.');
    await scenario.send(SUPERVISOR, `RE: [${caseId}] CONCUR`);
    await scenario.send(IN_OFFICER, `[${caseId}] DESIGNATE`);
    const draftNotice = (await scenario.newNotices()).find((notice) => notice.subject.includes('Profile to approve'))!;
    expect(draftNotice.destination.to).toEqual([ROC_O_MAILBOX]);
    const draft = Buffer.from(draftNotice.attachments[0]!.content, 'base64');
    const edited = async (values: Record<string, string>) => ({
      filename: `${caseId}-profile-corrected.pdf`,
      content: Buffer.from(await fillForm('jas-case-profile', values, { onto: draft })),
    });

    // Act 1: the phone number put back.
    const withPhone = await scenario.send(ROC_O_OFFICER, `Re: ${draftNotice.subject}`, 'Corrected.', [
      await edited({ 'profile.needs': `${CORRECTED_NEEDS} Call the family at (613) 555-0142.` }),
    ]);

    // Assess 1: refused to ROC-O, in both languages, saying where and what; RSTP gets nothing.
    expect(withPhone).toMatchObject({ outcome: 'rejected', reasonCode: 'PERSONAL_DATA_IN_PROFILE' });
    const refusal = await scenario.newNotices();
    expect(addressed(refusal).map((notice) => notice.to)).toEqual([ROC_O_OFFICER]);
    expect(refusal[0]!.body.text).toContain('Needs identified after arrival: still holds a phone number');
    expect(refusal[0]!.body.text).toContain('Besoins relevés après l’arrivée');
    expect(refusal[0]!.body.text).toContain('contient encore un numéro de téléphone');
    expect(refusal[0]!.body.text).not.toContain('555-0142');

    // Act 2: the same correction sent by a forger in ROC-O's name.
    const forged = await scenario.sendForged(ROC_O_OFFICER, `Re: ${draftNotice.subject}`, 'Corrected.', [
      await edited({ 'profile.needs': CORRECTED_NEEDS }),
    ]);

    // Assess 2: nothing changes; a person sees it; nobody outside is written to.
    expect(forged.outcome).toBe('quarantined');
    const afterForgery = addressed(await scenario.newNotices()).map((notice) => notice.to);
    expect(afterForgery).toContain(TRIAGE_MAILBOX);
    expect(afterForgery).not.toContain(RSTP_MAILBOX);
    expect(afterForgery).not.toContain(ROC_O_OFFICER);
    expect((await scenario.caseOf(caseId)).promotion).not.toHaveProperty('profileApprovedOn');

    // Act 3: ROC-O's real correction.
    const correctedOutcome = await scenario.send(ROC_O_OFFICER, `Re: ${draftNotice.subject}`, 'Corrected.', [
      await edited({ 'profile.needs': CORRECTED_NEEDS }),
    ]);

    // Assess 3: RSTP gets the corrected profile, in the notice and the PDF; the file records it.
    expect(correctedOutcome).toMatchObject({ outcome: 'case_updated', problems: [] });
    const released = await scenario.newNotices();
    expect(addressed(released).map((notice) => notice.to)).toEqual([RSTP_MAILBOX]);
    expect(released[0]!.body.text).toContain(CORRECTED_NEEDS);
    const pdf = await pdfText(Buffer.from(released[0]!.attachments[0]!.content, 'base64'));
    expect(pdf).toContain('physiotherapy twice a week');
    expect(await scenario.events(caseId)).toContain('profile_corrected');
  });
});
