import ExcelJS from 'exceljs';
import type { IndicatorSection } from '../domain/reports/indicator-sections.js';
import type { ReportPeriod } from '../domain/reports/report-period.js';
import type { TrackingRow } from '../domain/reports/tracking-row.js';
import { TRACKING_COLUMNS, type TrackingValue } from './tracking-columns.js';

/** Excel shows these as dates in every locale (ISO order, no month names to translate). */
const DATE_FORMAT = 'yyyy-mm-dd';
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };

export const TRACKING_SHEET = 'Tracking - Suivi';
export const INDICATORS_SHEET = 'Indicators - Indicateurs';

/** A calendar date as the instant Excel's serial number for that day stands for (UTC midnight). */
function excelDate(date: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}

function cellValue(value: TrackingValue | undefined): ExcelJS.CellValue {
  if (value === undefined) return null;
  if ('date' in value) return excelDate(value.date);
  if ('number' in value) return value.number;
  return value.text;
}

/** How wide a value shows: dates as yyyy-mm-dd, anything else as its text. */
function shownLength(value: TrackingValue | undefined): number {
  if (value === undefined) return 0;
  if ('date' in value) return DATE_FORMAT.length;
  return String('number' in value ? value.number : value.text).length;
}

function addTrackingSheet(workbook: ExcelJS.Workbook, rows: readonly TrackingRow[]): void {
  const sheet = workbook.addWorksheet(TRACKING_SHEET, { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] });
  const values = rows.map((row) => TRACKING_COLUMNS.map((column) => column.value(row)));
  sheet.columns = TRACKING_COLUMNS.map((column, index) => {
    // The header wraps onto two lines, English above French: its longer line sets the minimum.
    const headerWidth = Math.max(column.header.en.length, column.header.fr.length);
    const widest = Math.max(headerWidth, ...values.map((row) => shownLength(row[index])));
    return { key: column.key, width: Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 2)) };
  });
  const header = sheet.addRow(TRACKING_COLUMNS.map((column) => `${column.header.en}\n${column.header.fr}`));
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'top' };
  header.height = 30;
  header.eachCell((cell) => {
    cell.fill = HEADER_FILL;
  });
  for (const row of values) {
    const added = sheet.addRow(row.map(cellValue));
    row.forEach((value, index) => {
      if (value !== undefined && 'date' in value) added.getCell(index + 1).numFmt = DATE_FORMAT;
    });
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: TRACKING_COLUMNS.length } };
}

function addIndicatorsSheet(workbook: ExcelJS.Workbook, sections: readonly IndicatorSection[], period: ReportPeriod) {
  const sheet = workbook.addWorksheet(INDICATORS_SHEET, { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.columns = [{ width: 44 }, { width: 44 }, { width: 22 }];
  const title = sheet.addRow([
    `In-Canada JAS conversions: indicators, ${period.from} to ${period.to}`,
    `Conversions au PAC au Canada : indicateurs, du ${period.from} au ${period.to}`,
  ]);
  title.font = { bold: true, size: 13 };
  const header = sheet.addRow(['English', 'Français', 'Value / Valeur']);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = HEADER_FILL;
  });
  for (const section of sections) {
    sheet.addRow([]);
    sheet.addRow([section.title.en, section.title.fr]).font = { bold: true };
    const how = sheet.addRow([section.howComputed.en, section.howComputed.fr]);
    how.alignment = { wrapText: true, vertical: 'top' };
    how.font = { italic: true, color: { argb: 'FF555555' } };
    for (const line of section.lines) {
      const added = sheet.addRow([
        line.label.en,
        line.label.fr,
        line.value !== undefined && line.text === String(line.value) ? line.value : line.text,
      ]);
      added.getCell(3).alignment = { horizontal: 'right' };
    }
  }
}

/**
 * ROC-O's tracking workbook: a sheet with a row per case (frozen bilingual header, filters, real
 * Excel dates, widths fitted to the content) and a sheet of the program's indicators, each with
 * how it is computed.
 */
export async function buildTrackingWorkbook(
  rows: readonly TrackingRow[],
  indicators: { readonly sections: readonly IndicatorSection[]; readonly period: ReportPeriod },
  createdAt: Date,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'jas-intake';
  workbook.created = createdAt;
  workbook.modified = createdAt;
  addTrackingSheet(workbook, rows);
  addIndicatorsSheet(workbook, indicators.sections, indicators.period);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
