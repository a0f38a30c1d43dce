import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRACKING_SHEET } from '../../functions/reports/tracking-workbook.js';
import { monthOf, todayIn } from '../../kernel/policy-calendar.js';
import { startTestStack } from '../helpers/local-stack.js';
import { recommendationPdf, Scenario, SPO } from '../helpers/scenario.js';

const run = promisify(execFile);
const workDir = mkdtempSync(join(tmpdir(), 'jas-report-cli-'));
const dataDir = join(workDir, 'data');
let caseId: string;

/** Runs `jas report …` as a person would, on the data folder the cases were filed in. */
async function jas(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
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

beforeAll(async () => {
  // Prepare: one case filed by email in a stack that keeps its data, then stopped.
  const stack = await startTestStack({ dataDir });
  const opened = await new Scenario(stack).send(SPO, 'JAS In-Canada Recommendation Form', 'Attached.', [
    await recommendationPdf('5000-0001'),
  ]);
  caseId = opened.caseIds[0]!;
  await stack.stop({ keepData: true });
});

afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
});

describe('jas report', () => {
  it('tracking OUT.xlsx writes ROC-O’s spreadsheet: a row for the case, its dates as dates', {
    timeout: 90_000,
  }, async () => {
    const file = join(workDir, 'tracking.xlsx');
    const result = await jas('report', 'tracking', file, '--json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ file, cases: 1, open: 1 });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    const row = (workbook.getWorksheet(TRACKING_SHEET)!.getRow(2).values as unknown[]).slice(1);
    expect(row.slice(0, 2)).toEqual([caseId, '50000001']);
    expect(row.some((value) => value instanceof Date)).toBe(true);
  });

  it('indicators OUT.pdf --month writes the PDF and prints the indicators as JSON', { timeout: 90_000 }, async () => {
    const file = join(workDir, 'indicators.pdf');
    const month = monthOf(todayIn());
    const result = await jas('report', 'indicators', file, '--month', month, '--json');
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout) as {
      file: string;
      indicators: { period: { from: string }; received: { total: number } };
    };
    expect(printed.file).toBe(file);
    expect(printed.indicators.period.from).toBe(`${month}-01`);
    expect(printed.indicators.received.total).toBe(1);
    const pdf = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
    expect(pdf.numPages).toBe(1);
    await pdf.destroy();
  });

  it('refuses a month that is not YYYY-MM, with a one-line reason', async () => {
    const result = await jas('report', 'indicators', '--month', '2026-13');
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toMatch(/--month must be YYYY-MM, not "2026-13"/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});
