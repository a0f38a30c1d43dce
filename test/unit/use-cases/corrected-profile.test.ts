import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { fillForm } from '../../../forms/fill-form.js';
import { readForm } from '../../../forms/read-form.js';
import { type InMemoryPipeline, inMemoryPipeline } from '../../helpers/in-memory/in-memory-pipeline.js';
import { pdfText } from '../notices/helpers/pdf-text.js';
import {
  IN_OFFICER,
  OFFICE_MAILBOX,
  openCase,
  ROC_O_MAILBOX,
  ROC_O_OFFICER,
  RSTP_MAILBOX,
  SPO,
  TODAY,
  TRIAGE_MAILBOX,
} from './use-case-fixtures.js';

const CORRECTED_NEEDS = 'The youngest child needs physiotherapy twice a week, near the new home (corrected by ROC-O).';

/** A designated case waiting for ROC-O's approval, and the draft profile (a fillable PDF) ROC-O received. */
async function caseAwaitingProfile(pipeline: InMemoryPipeline): Promise<{ caseId: string; draft: Uint8Array }> {
  const { caseId } = await openCase(pipeline, { state: 'recommended_to_in' });
  await pipeline.receive({ from: IN_OFFICER, subject: `[${caseId}] DESIGNATE` });
  const toRocO = pipeline.mailer.to(ROC_O_MAILBOX).find((mail) => mail.subject.includes('Profile to approve'))!;
  const [draft] = toRocO.attachments!;
  expect(draft!.fileName).toBe(`${caseId}-profile-draft.pdf`);
  pipeline.mailer.sent.length = 0;
  return { caseId, draft: draft!.content };
}

/** ROC-O's copy of the draft, edited as a PDF viewer would: the fields given, the rest kept. */
function corrected(draft: Uint8Array, values: Record<string, string>): Promise<Uint8Array> {
  return fillForm('jas-case-profile', values, { onto: draft });
}

async function aPlainPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage().drawText('Profile: see the needs below.', { font: doc.embedStandardFont(StandardFonts.Helvetica) });
  return doc.save();
}

describe('ROC-O corrects the draft profile and sends it back (OB 646 step 5), on in-memory ports', () => {
  it('the draft is a fillable profile form that reads back as valid, holding the de-identified draft', async () => {
    // Prepare
    const pipeline = inMemoryPipeline();

    // Act
    const { caseId, draft } = await caseAwaitingProfile(pipeline);

    // Assess
    const reading = await readForm(draft, { receivedOn: TODAY });
    expect(reading).toMatchObject({ ok: true, formId: 'jas-case-profile' });
    expect(reading.values['case.number']).toBe(caseId);
    expect(JSON.stringify(reading.values)).not.toMatch(/Haddad|Amal|Tremblay|416-555-0123/);
  });

  it('the corrected profile, not the draft, goes to RSTP with the start notice; the audit trail says so', async () => {
    // Prepare
    const pipeline = inMemoryPipeline();
    const { caseId, draft } = await caseAwaitingProfile(pipeline);

    // Act
    const { outcome } = await pipeline.receive({
      from: ROC_O_OFFICER,
      subject: `Re: [${caseId}] Profile to approve / Profil à approuver`,
      text: 'Corrected profile attached.',
      pdfs: [
        { fileName: 'profile-corrected.pdf', content: await corrected(draft, { 'profile.needs': CORRECTED_NEEDS }) },
      ],
    });

    // Assess
    expect(outcome).toMatchObject({ outcome: 'case_updated', problems: [] });
    expect(outcome.noticesSent).toEqual([{ purpose: 'promotion-start-to-rstp', to: RSTP_MAILBOX }]);
    const [toRstp] = pipeline.mailer.to(RSTP_MAILBOX);
    expect(toRstp!.text).toContain(CORRECTED_NEEDS);
    const attached = await pdfText(toRstp!.attachments![0]!.content);
    expect(attached).toContain('physiotherapy twice a week');
    expect(attached).not.toContain('specialist care');
    expect(await pipeline.cases.getCase(caseId)).toMatchObject({
      state: 'promotion',
      promotion: { profileApprovedOn: TODAY, correctedProfile: { needs: CORRECTED_NEEDS } },
    });
    const events = await pipeline.cases.listEvents(caseId);
    expect(events.find((event) => event.type === 'profile_corrected')).toMatchObject({
      actor: { address: ROC_O_OFFICER, role: 'rocO officer' },
    });
    expect((await pipeline.cases.listDocuments(caseId)).map((document) => document.formId)).toContain(
      'jas-case-profile',
    );
    const again = await pipeline.receive({ from: ROC_O_OFFICER, subject: `[${caseId}] APPROVE PROFILE` });
    expect(again.outcome).toMatchObject({ outcome: 'rejected', reasonCode: 'NOT_ALLOWED_IN_STATE' });
  });

  it('the draft sent back unchanged passes the same check and goes to RSTP as it is', async () => {
    // Prepare
    const pipeline = inMemoryPipeline();
    const { caseId, draft } = await caseAwaitingProfile(pipeline);

    // Act
    const { outcome } = await pipeline.receive({
      from: ROC_O_OFFICER,
      subject: `Re: [${caseId}] Profile to approve`,
      pdfs: [{ fileName: 'profile.pdf', content: draft }],
    });

    // Assess
    expect(outcome).toMatchObject({ outcome: 'case_updated', problems: [] });
    expect(pipeline.mailer.to(RSTP_MAILBOX)).toHaveLength(1);
  });

  it('what ROC-O writes in ordinary words passes: sentence starts, places, institutions, program terms', async () => {
    // Prepare
    const pipeline = inMemoryPipeline();
    const { caseId, draft } = await caseAwaitingProfile(pipeline);
    const needs =
      'Corrected by ROC-O: Dialysis three times a week at the Hospital for Sick Children. The family fled Aleppo and lived in Beirut; Survivors of Daesh. Interpreter required (Tigrinya).';

    // Act
    const { outcome } = await pipeline.receive({
      from: ROC_O_OFFICER,
      subject: `Re: [${caseId}] Profile to approve`,
      pdfs: [{ fileName: 'profile.pdf', content: await corrected(draft, { 'profile.needs': needs }) }],
    });

    // Assess
    expect(outcome).toMatchObject({ outcome: 'case_updated', problems: [] });
    expect(pipeline.mailer.to(RSTP_MAILBOX)[0]!.text).toContain(needs);
  });

  it('APPROVE PROFILE with the corrected PDF attached approves what the PDF says', async () => {
    // Prepare
    const pipeline = inMemoryPipeline();
    const { caseId, draft } = await caseAwaitingProfile(pipeline);

    // Act
    await pipeline.receive({
      from: ROC_O_OFFICER,
      subject: `[${caseId}] APPROVE PROFILE`,
      pdfs: [{ fileName: 'profile.pdf', content: await corrected(draft, { 'profile.needs': CORRECTED_NEEDS }) }],
    });

    // Assess
    expect(pipeline.mailer.to(RSTP_MAILBOX)).toHaveLength(1);
    expect(pipeline.mailer.to(RSTP_MAILBOX)[0]!.text).toContain(CORRECTED_NEEDS);
  });

  it.each([
    ['a phone number', { 'profile.needs': 'Needs a ride to appointments: call 613-555-0199 after 5 pm.' }, '613'],
    ['a name', { 'profile.familyComposition': 'Amal lives with her three children.' }, 'Amal'],
    ['an email address', { 'profile.bestInterest': 'Write to amal.h@mail.example for details.' }, 'amal.h'],
    ['an address', { 'profile.needs': 'The family lives at 45 Maple Avenue, apt 3, close to the clinic.' }, 'Maple'],
    ['a date', { 'profile.familyComposition': 'Three children; the eldest was born on 17 April 2012.' }, '2012'],
    ['a name', { 'profile.needs': 'Her son Yusuf uses a wheelchair.' }, 'Yusuf'],
  ])(
    'a corrected profile that still holds %s is refused to ROC-O with the field and why, and never forwarded',
    async (kind, values, secret) => {
      // Prepare
      const pipeline = inMemoryPipeline();
      const { caseId, draft } = await caseAwaitingProfile(pipeline);

      // Act
      const { outcome } = await pipeline.receive({
        from: ROC_O_OFFICER,
        subject: `Re: [${caseId}] Profile to approve`,
        pdfs: [{ fileName: 'profile.pdf', content: await corrected(draft, values) }],
      });

      // Assess
      expect(outcome).toMatchObject({ outcome: 'rejected', reasonCode: 'PERSONAL_DATA_IN_PROFILE' });
      expect(pipeline.mailer.to(RSTP_MAILBOX)).toEqual([]);
      const [refusal] = pipeline.mailer.to(ROC_O_OFFICER);
      expect(refusal!.text, refusal!.text).toContain(`still holds ${kind}`);
      expect(refusal!.text).toContain('contient encore');
      expect(refusal!.text).toContain('nothing was sent to RSTP');
      // The reason shows where, never what: the personal detail is not repeated, in the notice or the outcome.
      expect(refusal!.text).not.toContain(secret);
      expect(JSON.stringify(outcome)).not.toContain(secret);
      expect((await pipeline.cases.getCase(caseId))!.promotion).not.toHaveProperty('profileApprovedOn');
    },
  );

  it('a profile for another case changes nothing: ROC-O is told which case it names', async () => {
    // Prepare
    const pipeline = inMemoryPipeline();
    const { caseId, draft } = await caseAwaitingProfile(pipeline);

    // Act
    const { outcome } = await pipeline.receive({
      from: ROC_O_OFFICER,
      subject: `Re: [${caseId}] Profile to approve`,
      pdfs: [{ fileName: 'profile.pdf', content: await corrected(draft, { 'case.number': 'JAS-2026-ZZZZZZ' }) }],
    });

    // Assess
    expect(outcome).toMatchObject({ outcome: 'rejected', reasonCode: 'PROFILE_OF_ANOTHER_CASE' });
    expect(pipeline.mailer.to(RSTP_MAILBOX)).toEqual([]);
    expect(pipeline.mailer.to(ROC_O_OFFICER)[0]!.text).toContain(
      `This profile is for case JAS-2026-ZZZZZZ, not for case ${caseId}`,
    );
  });

  it('from a ROC-O address SES could not verify: nothing changes, no answer, a person sees it', async () => {
    // Prepare
    const pipeline = inMemoryPipeline();
    const { caseId, draft } = await caseAwaitingProfile(pipeline);

    // Act
    const { outcome } = await pipeline.receive({
      from: ROC_O_OFFICER,
      dmarc: 'fail',
      subject: `Re: [${caseId}] Profile to approve`,
      pdfs: [{ fileName: 'profile.pdf', content: await corrected(draft, { 'profile.needs': CORRECTED_NEEDS }) }],
    });

    // Assess
    expect(outcome).toMatchObject({ outcome: 'quarantined' });
    expect(pipeline.mailer.to(RSTP_MAILBOX)).toEqual([]);
    expect(pipeline.mailer.to(ROC_O_OFFICER)).toEqual([]);
    expect(pipeline.mailer.to(TRIAGE_MAILBOX)).toHaveLength(1);
    expect((await pipeline.cases.getCase(caseId))!.promotion).not.toHaveProperty('profileApprovedOn');
  });

  it.each([
    ['the SPO', SPO],
    ['IN', IN_OFFICER],
  ])(
    'from %s, who may not write the profile: nothing changes, the office is told, a person sees it',
    async (_who, from) => {
      // Prepare
      const pipeline = inMemoryPipeline();
      const { caseId, draft } = await caseAwaitingProfile(pipeline);

      // Act
      const { outcome } = await pipeline.receive({
        from,
        subject: `Re: [${caseId}] Profile to approve`,
        pdfs: [{ fileName: 'profile.pdf', content: await corrected(draft, { 'profile.needs': CORRECTED_NEEDS }) }],
      });

      // Assess
      expect(outcome).toMatchObject({ outcome: 'quarantined', reasonCode: 'NOT_THEIR_FORM' });
      expect(pipeline.mailer.to(RSTP_MAILBOX)).toEqual([]);
      expect(pipeline.mailer.to(OFFICE_MAILBOX)).toHaveLength(1);
      expect((await pipeline.cases.getCase(caseId))!.promotion).not.toHaveProperty('profileApprovedOn');
    },
  );

  it('a PDF that is not a profile, even with APPROVE PROFILE, releases nothing: ROC-O is told why', async () => {
    // Prepare
    const pipeline = inMemoryPipeline();
    const { caseId } = await caseAwaitingProfile(pipeline);

    // Act
    const { outcome } = await pipeline.receive({
      from: ROC_O_OFFICER,
      subject: `[${caseId}] APPROVE PROFILE`,
      pdfs: [{ fileName: 'profile.pdf', content: await aPlainPdf() }],
    });

    // Assess
    expect(outcome).toMatchObject({ outcome: 'rejected' });
    expect(pipeline.mailer.to(RSTP_MAILBOX)).toEqual([]);
    expect(pipeline.mailer.to(ROC_O_OFFICER)).toHaveLength(1);
    expect((await pipeline.cases.getCase(caseId))!.promotion).not.toHaveProperty('profileApprovedOn');
  });

  it('once a profile went to RSTP, another corrected profile is refused: RSTP hears once', async () => {
    // Prepare
    const pipeline = inMemoryPipeline();
    const { caseId, draft } = await caseAwaitingProfile(pipeline);
    await pipeline.receive({ from: ROC_O_OFFICER, subject: `[${caseId}] APPROVE PROFILE` });

    // Act
    const { outcome } = await pipeline.receive({
      from: ROC_O_OFFICER,
      subject: `Re: [${caseId}] Profile to approve`,
      pdfs: [{ fileName: 'profile.pdf', content: await corrected(draft, { 'profile.needs': CORRECTED_NEEDS }) }],
    });

    // Assess
    expect(outcome).toMatchObject({ outcome: 'rejected', reasonCode: 'PROFILE_NOT_AWAITED' });
    expect(pipeline.mailer.to(RSTP_MAILBOX)).toHaveLength(1);
    expect(pipeline.mailer.to(RSTP_MAILBOX)[0]!.text).not.toContain(CORRECTED_NEEDS);
  });

  it('sent back without a tag, the profile finds its case by the number it carries', async () => {
    // Prepare
    const pipeline = inMemoryPipeline();
    const { caseId, draft } = await caseAwaitingProfile(pipeline);

    // Act
    const { outcome } = await pipeline.receive({
      from: ROC_O_OFFICER,
      subject: 'Corrected profile',
      pdfs: [{ fileName: 'profile.pdf', content: await corrected(draft, { 'profile.needs': CORRECTED_NEEDS }) }],
    });

    // Assess
    expect(outcome).toMatchObject({ outcome: 'case_updated', caseIds: [caseId] });
    expect(pipeline.mailer.to(RSTP_MAILBOX)[0]!.text).toContain(CORRECTED_NEEDS);
    expect(pipeline.mailer.to(OFFICE_MAILBOX)).toEqual([]);
  });
});
