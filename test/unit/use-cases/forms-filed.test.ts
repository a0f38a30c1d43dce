import { describe, expect, it } from 'vitest';
import { fillForm } from '../../../forms/fill-form.js';
import { sampleJasRolesChecklist } from '../../../forms/jas-roles-checklist/sample.js';
import { inMemoryPipeline } from '../../helpers/in-memory/in-memory-pipeline.js';
import { OFFICE_MAILBOX, openCase, ROC_O_MAILBOX, SPO, SPONSOR, TODAY, undertaking } from './use-case-fixtures.js';

const SPONSOR_FOUND = { name: 'Grace Church Group', email: SPONSOR };

describe('forms filed to a case (OB 646 steps 6 and 9), on in-memory ports', () => {
  it('the sponsor’s three forms complete the undertaking: ROC-O gets them', async () => {
    // Prepare
    const pipeline = inMemoryPipeline();
    const opened = await openCase(pipeline, { state: 'sponsor_found', sponsor: SPONSOR_FOUND });
    const { uci, arrivalDate } = opened.recommendation.client;

    // Act
    const { outcome } = await pipeline.receive({
      from: SPONSOR,
      subject: `[${opened.caseId}] Undertaking`,
      pdfs: await undertaking(uci, arrivalDate),
    });

    // Assess
    expect(outcome).toMatchObject({ outcome: 'case_updated', problems: [] });
    expect(outcome.noticesSent).toEqual([{ purpose: 'undertaking-received', to: ROC_O_MAILBOX }]);
    expect(await pipeline.cases.getCase(opened.caseId)).toMatchObject({ state: 'undertaking_submitted' });
    expect(pipeline.mailer.to(ROC_O_MAILBOX)[0]!.attachments).toHaveLength(3);
    expect((await pipeline.cases.listDocuments(opened.caseId)).map((document) => document.formId)).toEqual([
      'jas-recommendation',
      'imm1324',
      'imm5492',
      'imm5494',
    ]);
  });

  it('part of the undertaking: kept, and the sponsor told what is missing', async () => {
    // Prepare
    const pipeline = inMemoryPipeline();
    const opened = await openCase(pipeline, { state: 'sponsor_found', sponsor: SPONSOR_FOUND });
    const { uci, arrivalDate } = opened.recommendation.client;
    const [imm1324] = await undertaking(uci, arrivalDate);

    // Act
    const { outcome } = await pipeline.receive({
      from: SPONSOR,
      subject: `[${opened.caseId}] IMM 1324`,
      pdfs: [imm1324!],
    });

    // Assess
    expect(outcome.noticesSent).toEqual([{ purpose: 'undertaking-incomplete', to: SPONSOR }]);
    expect(await pipeline.cases.getCase(opened.caseId)).toMatchObject({
      state: 'sponsor_found',
      undertakingForms: { imm1324: expect.stringContaining(`cases/${opened.caseId}/documents/`) },
    });
  });

  it('the roles and responsibilities checklist opens the case conference: the office reviews it, copies go out', async () => {
    // Prepare
    const pipeline = inMemoryPipeline();
    const opened = await openCase(pipeline, { state: 'undertaking_approved', sponsor: SPONSOR_FOUND });
    const checklist = await fillForm('jas-roles-checklist', {
      ...sampleJasRolesChecklist(TODAY),
      'client.uci': opened.recommendation.client.uci,
    });

    // Act
    const { outcome } = await pipeline.receive({
      from: SPO,
      subject: `[${opened.caseId}] Checklist`,
      pdfs: [{ fileName: 'checklist.pdf', content: checklist }],
    });

    // Assess
    expect(await pipeline.cases.getCase(opened.caseId)).toMatchObject({ state: 'case_conference' });
    expect(outcome.noticesSent).toEqual([
      { purpose: 'checklist-to-office', to: OFFICE_MAILBOX },
      { purpose: 'checklist-copies', to: SPO },
      { purpose: 'checklist-copies', to: SPONSOR },
      { purpose: 'checklist-copy-for-client', to: SPO },
    ]);
    // OB 646 step 9: the sponsor, the RAP SPO and the JAS client each get a copy; the client's through the SPO.
    const forClient = pipeline.mailer.to(SPO).find((mail) => /client’s copy/.test(mail.subject))!;
    expect(forClient.attachments).toHaveLength(1);
    expect(forClient.subject).toMatch(/Copie du client/);
  });

  it('a form for another client is refused with its reason, and the case does not change', async () => {
    // Prepare
    const pipeline = inMemoryPipeline();
    const opened = await openCase(pipeline, { state: 'sponsor_found', sponsor: SPONSOR_FOUND });
    const [imm1324] = await undertaking('87654321', opened.recommendation.client.arrivalDate);

    // Act
    const { outcome } = await pipeline.receive({
      from: SPONSOR,
      subject: `[${opened.caseId}] IMM 1324`,
      pdfs: [imm1324!],
    });

    // Assess
    expect(outcome).toMatchObject({ outcome: 'rejected', reasonCode: 'UCI_MISMATCH' });
    expect(outcome.noticesSent).toEqual([{ purpose: 'rejection', to: SPONSOR }]);
    expect(await pipeline.cases.getCase(opened.caseId)).toMatchObject({
      state: 'sponsor_found',
      version: opened.version,
    });
  });
});
