import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, describe, expect, it } from 'vitest';
import { indicatorSections } from '../../../functions/domain/reports/indicator-sections.js';
import { programIndicators } from '../../../functions/domain/reports/program-indicators.js';
import { rollingYear } from '../../../functions/domain/reports/report-period.js';
import { trackingRow } from '../../../functions/domain/reports/tracking-row.js';
import { buildIndicatorsPdf } from '../../../functions/reports/indicators-pdf.js';
import { redactCaseText } from '../../../functions/reports/redact-case-text.js';
import { TRACKING_COLUMNS } from '../../../functions/reports/tracking-columns.js';
import {
  buildTrackingWorkbook,
  INDICATORS_SHEET,
  TRACKING_SHEET,
} from '../../../functions/reports/tracking-workbook.js';
import { pythonWithOpenpyxl, readWithOpenpyxl } from '../../helpers/openpyxl.js';
import { PERSONAL } from '../../helpers/report-cases.js';
import { ALL_CASES, lateRejection, TIME_ZONE } from './report-cases.js';

const TODAY = '2026-07-15';
const period = rollingYear(TODAY);
const rows = ALL_CASES.map((history) =>
  trackingRow(history, { today: TODAY, timeZone: TIME_ZONE, redact: redactCaseText }),
);
const sections = indicatorSections(
  programIndicators(ALL_CASES, [lateRejection('2026-01-31T12:00:00Z')], period, {
    timeZone: TIME_ZONE,
    redact: redactCaseText,
  }),
);
const FORBIDDEN = [
  PERSONAL.familyName,
  'Amal',
  'Zoé',
  PERSONAL.dateOfBirth,
  'epilepsy',
  'specialist',
  PERSONAL.submitterName,
];
const folder = mkdtempSync(join(tmpdir(), 'jas-report-files-'));

afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function workbookBytes(): Promise<Uint8Array> {
  return buildTrackingWorkbook(rows, { sections, period }, new Date('2026-07-15T11:00:00Z'));
}

describe('the tracking workbook, read back by exceljs', () => {
  it('has a frozen, filtered bilingual header and a row per case, dates as real dates', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await workbookBytes()) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet(TRACKING_SHEET)!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.rowCount).toBe(1 + ALL_CASES.length);
    expect(sheet.getRow(1).getCell(1).value).toBe('Case\nDossier');
    const header = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    expect(header).toHaveLength(TRACKING_COLUMNS.length);
    for (const cell of header) expect(cell).toMatch(/^.+\n.+$/);

    const column = (en: string) => header.findIndex((cell) => cell.startsWith(`${en}\n`)) + 1;
    const full = sheet.getRow(2);
    expect(full.getCell(column('Case')).value).toBe('JAS-2026-FULL01');
    expect(full.getCell(column('UCI')).value).toBe('12345678');
    expect(full.getCell(column('Received')).value).toEqual(new Date('2026-01-05T00:00:00Z'));
    expect(full.getCell(column('Received')).numFmt).toBe('yyyy-mm-dd');
    expect(full.getCell(column('Sponsor found')).value).toEqual(new Date('2026-03-02T00:00:00Z'));
    expect(full.getCell(column('Ended early')).value).toBe('Yes / Oui');
    expect(full.getCell(column('Sponsoring group')).value).toBe('Grace Church Group');

    const open = sheet.getRow(1 + rows.findIndex((row) => row.caseId === 'JAS-2026-OPEN01') + 1);
    expect(open.getCell(column('State')).value).toBe('Promotion / Promotion');
    expect(open.getCell(column('Deadline date')).value).toEqual(new Date('2026-06-10T00:00:00Z'));
    expect(open.getCell(column('Days left')).value).toBe(-35);
    expect(open.getCell(column('Step 5: Note added in GCMS')).value).toBe('To do / À faire');

    for (let index = 1; index <= TRACKING_COLUMNS.length; index += 1) {
      expect(sheet.getColumn(index).width).toBeGreaterThanOrEqual(8);
      expect(sheet.getColumn(index).width).toBeLessThanOrEqual(60);
    }
  });

  it('has the indicators as its second sheet, each with how it is computed', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await workbookBytes()) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([TRACKING_SHEET, INDICATORS_SHEET]);
    const text: string[] = [];
    workbook.getWorksheet(INDICATORS_SHEET)!.eachRow((row) => {
      row.eachCell((cell) => text.push(String(cell.value)));
    });
    for (const section of sections) {
      expect(text).toContain(section.title.en);
      expect(text).toContain(section.title.fr);
      expect(text).toContain(section.howComputed.en);
      expect(text).toContain(section.howComputed.fr);
    }
  });

  it('holds no name, birth date or health detail anywhere, in any sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await workbookBytes()) as unknown as ArrayBuffer);
    const everything: string[] = [JSON.stringify(workbook.model.creator ?? '')];
    for (const sheet of workbook.worksheets)
      sheet.eachRow((row) => {
        row.eachCell((cell) => everything.push(String(cell.value)));
      });
    const text = everything.join('\n');
    for (const personal of FORBIDDEN) expect(text).not.toContain(personal);
  });
});

describe('the tracking workbook, read by openpyxl (where Python has it; CI installs it)', () => {
  it('opens in an independent reader with the same rows, dates as dates', async () => {
    const python = pythonWithOpenpyxl();
    if (!python) return;
    const file = join(folder, 'tracking.xlsx');
    writeFileSync(file, await workbookBytes());
    const sheets = readWithOpenpyxl(python, file);
    const tracking = sheets[TRACKING_SHEET]!;
    expect(tracking.freeze).toBe('B2');
    expect(tracking.filter).toMatch(/^A1:/);
    expect(tracking.rows).toHaveLength(1 + ALL_CASES.length);
    expect(tracking.rows.slice(1).map((row) => row[0])).toEqual(rows.map((row) => row.caseId));
    expect(tracking.dateCells).toBeGreaterThan(ALL_CASES.length * 3);
    expect(tracking.rows[1]).toContain('2026-01-05');
    const text = JSON.stringify(sheets);
    for (const personal of FORBIDDEN) expect(text).not.toContain(personal);
  });
});

describe('the indicators PDF', () => {
  it('is one page, in English and French, with every indicator and how it is computed', async () => {
    const bytes = await buildIndicatorsPdf(sections, period, new Date('2026-07-15T11:00:00Z'));
    const pdf = await getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
    expect(pdf.numPages).toBe(1);
    const content = await (await pdf.getPage(1)).getTextContent();
    const text = content.items
      .map((item) => ('str' in item ? item.str : ''))
      .join(' ')
      .replace(/\s+/g, ' ');
    expect(text).toContain('In-Canada JAS conversions: indicators');
    expect(text).toContain('Conversions au PAC au Canada : indicateurs');
    for (const section of sections) {
      expect(text).toContain(section.title.en);
      expect(text).toContain(section.title.fr);
      // The explanation wraps over lines: its first words are on the page.
      expect(text).toContain(section.howComputed.en.split(' ').slice(0, 4).join(' '));
    }
    await pdf.destroy();
  });
});
