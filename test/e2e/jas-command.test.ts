import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PDFDocument } from '@cantoo/pdf-lib';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillForm } from '../../forms/fill-form.js';
import { sampleJasRecommendation } from '../../forms/jas-recommendation/sample.js';
import { todayIn } from '../../kernel/policy-calendar.js';

const run = promisify(execFile);
let workDir: string;

/** Runs the `jas` command as a user would, with its data in a folder of its own. */
async function jas(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'bin/jas.ts', ...args], {
      env: { ...process.env, JAS_DATA_DIR: join(workDir, 'data') },
      timeout: 60_000,
    });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const failed = error as { stdout: string; stderr: string; code: number };
    return { stdout: failed.stdout, stderr: failed.stderr, code: failed.code };
  }
}

beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'jas-cli-'));
});

afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
});

describe('the jas command', () => {
  it('ingests raw messages through the handler and lists the resulting case', async () => {
    // Prepare: one good message, one with no form
    const pdf = await fillForm('jas-recommendation', sampleJasRecommendation(todayIn()));
    const good = await new MailComposer({
      from: 'intake@spo.example',
      to: 'jas@intake.example',
      subject: 'JAS',
      attachments: [{ filename: 'form.pdf', content: Buffer.from(pdf) }],
    })
      .compile()
      .build();
    writeFileSync(join(workDir, 'good.eml'), good);
    writeFileSync(join(workDir, 'empty.eml'), 'From: intake@spo.example\r\nSubject: hello\r\n\r\nno form here\r\n');
    // Act
    const ingested = await jas('ingest', join(workDir, 'good.eml'), join(workDir, 'empty.eml'), '--json');
    // Assess
    expect(ingested.code).toBe(0);
    const results = JSON.parse(ingested.stdout) as {
      file: string;
      outcome: { outcome: string; caseIds: string[]; reasonCode?: string };
    }[];
    expect(results.map((result) => result.outcome.outcome)).toEqual(['case_updated', 'quarantined']);
    expect(results[1]!.outcome.reasonCode).toBe('NO_PDF_ATTACHED');
    const caseId = results[0]!.outcome.caseIds[0]!;

    const listed = await jas('cases', 'list', '--json');
    const { cases, messages } = JSON.parse(listed.stdout) as {
      cases: { caseId: string }[];
      messages: { reasonCode: string }[];
    };
    expect(cases.map((record) => record.caseId)).toEqual([caseId]);
    expect(messages.map((message) => message.reasonCode)).toEqual(['NO_PDF_ATTACHED']);

    const shown = await jas('cases', 'show', caseId);
    expect(shown.stdout).toContain(`${caseId}  received`);
    expect(shown.stdout).toContain('recommendation_received');
    // Each command starts a stack of its own, and the first clock synthesizes the CDK app: seconds each.
  }, 120_000);

  it('writes a blank form and reads it back as the form it is', async () => {
    const out = join(workDir, 'blank.pdf');
    expect((await jas('forms', 'blank', 'jas-recommendation', out)).code).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    const read = await jas('forms', 'read', out, '--json');
    expect(read.code).toBe(1);
    expect(JSON.parse(read.stdout)).toMatchObject({ ok: false, formId: 'jas-recommendation' });
    const listed = await jas('forms', 'list', '--json');
    expect((JSON.parse(listed.stdout) as { id: string }[]).map((form) => form.id)).toContain('jas-recommendation');
  });

  it('lists the fields of a PDF form that is not one of ours', async () => {
    const doc = await PDFDocument.create();
    const page = doc.addPage();
    const surname = doc.getForm().createTextField('Applicant.Surname');
    surname.setText('Tremblay');
    surname.addToPage(page, { x: 50, y: 700 });
    const foreign = join(workDir, 'foreign.pdf');
    writeFileSync(foreign, await doc.save());
    const read = await jas('forms', 'read', foreign, '--json');
    expect(read.code).toBe(1);
    expect(JSON.parse(read.stdout)).toMatchObject({
      ok: false,
      code: 'FORM_UNKNOWN',
      fields: [{ name: 'Applicant.Surname', type: 'text', value: 'Tremblay' }],
    });
  });

  it('fails with a one-line reason', async () => {
    const missing = await jas('cases', 'show', 'JAS-2026-NONE00');
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim()).toBe('jas: No case JAS-2026-NONE00');
    const unknownForm = await jas('forms', 'fields', 'imm9999');
    expect(unknownForm.code).toBe(1);
    expect(unknownForm.stderr).toMatch(/^jas: Unknown form imm9999/);
    const demo = await jas('demo');
    expect(demo.stderr.trim()).toBe(
      'jas: No local stack is running: start it with `npm start` in another terminal, then run this again',
    );
  });
});
