import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PDFDocument } from '@cantoo/pdf-lib';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalMailZone } from '../../bin/local-stack/local-mail-zone.js';
import { asStoredBySes } from '../../bin/local-stack/ses-verdicts.js';
import { fillForm } from '../../forms/fill-form.js';
import { sampleValues } from '../../forms/form-samples.js';
import { sampleJasRecommendation } from '../../forms/jas-recommendation/sample.js';
import { listForms } from '../../forms/registry.js';
import { todayIn } from '../../kernel/policy-calendar.js';

const run = promisify(execFile);
let workDir: string;

/** Runs the `jas` command as a user would, with its data in a folder of its own. */
async function jas(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  return jasIn(join(workDir, 'data'), ...args);
}

async function jasIn(dataDir: string, ...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'bin/jas.ts', ...args], {
      env: { ...process.env, JAS_DATA_DIR: dataDir },
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
    const message = await new MailComposer({
      from: 'intake@spo.example',
      to: 'jas@intake.example',
      subject: 'JAS',
      attachments: [{ filename: 'form.pdf', content: Buffer.from(pdf) }],
    })
      .compile()
      .build();
    // A message exported from the bucket: signed by the SPO's domain, SES's verdict block on top.
    const zone = new LocalMailZone();
    const envelope = {
      mailFrom: 'intake@spo.example',
      recipients: ['jas@intake.example'],
      clientAddress: '192.0.2.9',
      helo: 'mx.spo.example',
    };
    const exported = await asStoredBySes(await zone.signedAs('intake@spo.example', message), envelope, zone, {
      messageId: 'exported',
      receivedAt: new Date(),
    });
    writeFileSync(join(workDir, 'good.eml'), exported);
    // The same message saved from a mail client: no verdict block, so no authority.
    writeFileSync(join(workDir, 'saved.eml'), message);
    writeFileSync(join(workDir, 'empty.eml'), 'From: intake@spo.example\r\nSubject: hello\r\n\r\nno form here\r\n');
    // Act
    const ingested = await jas(
      'ingest',
      join(workDir, 'good.eml'),
      join(workDir, 'empty.eml'),
      join(workDir, 'saved.eml'),
      '--json',
    );
    // Assess
    expect(ingested.code).toBe(0);
    const results = JSON.parse(ingested.stdout) as {
      file: string;
      outcome: { outcome: string; caseIds: string[]; reasonCode?: string };
    }[];
    expect(results.map((result) => result.outcome.outcome)).toEqual(['case_updated', 'quarantined', 'quarantined']);
    expect(results[1]!.outcome.reasonCode).toBe('NO_PDF_ATTACHED');
    expect(results[2]!.outcome.reasonCode).toBe('SENDER_NOT_VERIFIED');
    const caseId = results[0]!.outcome.caseIds[0]!;

    const listed = await jas('cases', 'list', '--json');
    const { cases, messages } = JSON.parse(listed.stdout) as {
      cases: { caseId: string }[];
      messages: { reasonCode: string }[];
    };
    expect(cases.map((record) => record.caseId)).toEqual([caseId]);
    expect(messages.map((entry) => entry.reasonCode).sort()).toEqual(['NO_PDF_ATTACHED', 'SENDER_NOT_VERIFIED']);

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
  }, 120_000);

  it('with --json, fails with a JSON error and the same exit code', async () => {
    const cases: [args: string[], code: string, exit: number][] = [
      [['cases', 'show', 'JAS-2026-NONE00'], 'CASE_NOT_FOUND', 1],
      [['forms', 'fields', 'imm9999'], 'UNKNOWN_FORM', 1],
      [['forms', 'read', join(workDir, 'missing.pdf')], 'FILE_NOT_FOUND', 1],
      [['forms', 'blank', 'imm1324', join(workDir, 'no-such-folder', 'out.pdf')], 'FOLDER_NOT_FOUND', 1],
      [['forms', 'read', 'README.md'], 'NOT_A_PDF', 1],
      [['cases', 'shw'], 'USAGE', 2],
    ];
    for (const [args, code, exit] of cases) {
      const text = await jas(...args);
      const json = await jas(...args, '--json');
      expect(text.code, args.join(' ')).toBe(exit);
      expect(json.code, args.join(' ')).toBe(exit);
      const { error } = JSON.parse(json.stdout) as { error: { code: string; message: string } };
      expect(error.code).toBe(code);
      expect(error.message).not.toMatch(/\n|ENOENT|at .*\.ts:\d+/);
      expect(text.stderr).not.toMatch(/ENOENT|at .*\.ts:\d+/);
    }
    const missing = await jas('forms', 'read', join(workDir, 'missing.pdf'));
    expect(missing.stderr.trim()).toBe(`jas: ${join(workDir, 'missing.pdf')}: no such file`);
  }, 120_000);

  it('prints its version', async () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    const shown = await jas('--version');
    expect(shown.code).toBe(0);
    expect(shown.stdout.trim()).toBe(version);
  });

  it('ends quietly when the reader of its output stops reading (EPIPE)', async () => {
    // Prepare: a PDF with enough fields that the listing overflows the pipe after `head` has gone
    const doc = await PDFDocument.create();
    const page = doc.addPage();
    for (let index = 0; index < 300; index += 1) {
      const field = doc.getForm().createTextField(`Applicant.Field${index}`);
      field.setText(`value ${index} `.repeat(30));
      field.addToPage(page, { x: 10, y: 10, width: 5, height: 5 });
    }
    const many = join(workDir, 'many-fields.pdf');
    writeFileSync(many, await doc.save());
    // Act
    const result = await new Promise<{ code: number | null; stderr: string; stdout: string }>((resolve) => {
      const child = spawn(
        'bash',
        ['-o', 'pipefail', '-c', `"${process.execPath}" --import tsx bin/jas.ts forms read "${many}" | head -n 1`],
        { env: process.env },
      );
      let stderr = '';
      let stdout = '';
      child.stderr.on('data', (chunk) => {
        stderr += chunk;
      });
      child.stdout.on('data', (chunk) => {
        stdout += chunk;
      });
      child.on('close', (code) => resolve({ code, stderr, stdout }));
    });
    // Assess
    expect(result.stdout.trim()).toMatch(/^Not one of the pipeline's forms/);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  }, 60_000);

  it('refuses to ingest what is not an email message, before it reaches the pipeline', async () => {
    const pdf = join(workDir, 'form-alone.pdf');
    writeFileSync(pdf, await fillForm('jas-recommendation', sampleJasRecommendation(todayIn())));
    const untouched = join(workDir, 'untouched-data');
    const refused = await jasIn(untouched, 'ingest', 'README.md', pdf, join(workDir, 'absent.eml'), '--json');
    expect(refused.code).toBe(1);
    const results = JSON.parse(refused.stdout) as { file: string; error: { code: string; message: string } }[];
    expect(results.map((result) => result.error.code)).toEqual(['NOT_A_MESSAGE', 'NOT_A_MESSAGE', 'FILE_NOT_FOUND']);
    expect(results[0]!.error.message).toMatch(/^README\.md: not an email message/);
    expect(results[1]!.error.message).toContain('it is a PDF');
    // Nothing reached the pipeline: no stack was started, so no data folder was made.
    expect(existsSync(untouched)).toBe(false);
  });

  it('fills each form (the case profile included) from JSON, and the pipeline reads it back as valid', async () => {
    for (const { id } of listForms()) {
      const values = join(workDir, `${id}.json`);
      writeFileSync(values, JSON.stringify(sampleValues(id, todayIn())));
      const out = join(workDir, `${id}.filled.pdf`);
      const filled = await jas('forms', 'fill', id, values, out, '--json');
      expect(filled.code, filled.stdout).toBe(0);
      expect(JSON.parse(filled.stdout)).toMatchObject({ formId: id, valid: true, problems: [] });
      const read = await jas('forms', 'read', out, '--json');
      expect(JSON.parse(read.stdout)).toMatchObject({ ok: true, formId: id });
    }
  }, 120_000);

  it('refuses values that do not fit the form, naming each field, and writes nothing', async () => {
    const values = join(workDir, 'bad-values.json');
    writeFileSync(values, JSON.stringify({ 'client.familyNme': 'Haddad', consentToShare: 'yes', caseType: 'PSR' }));
    const out = join(workDir, 'bad.pdf');
    const refused = await jas('forms', 'fill', 'jas-recommendation', values, out);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      'client.familyNme: jas-recommendation has no such field (did you mean client.familyName?)',
    );
    expect(refused.stderr).toContain('consentToShare');
    expect(refused.stderr).toContain('expected true or false, got "yes"');
    expect(refused.stderr).toContain('caseType');
    expect(existsSync(out)).toBe(false);
    writeFileSync(values, '{ not json');
    expect(JSON.parse((await jas('forms', 'fill', 'imm1324', values, out, '--json')).stdout).error.code).toBe(
      'VALUES_NOT_JSON',
    );
  });
});
