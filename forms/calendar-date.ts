import { daysInMonth, formatCalendarDate } from '../kernel/policy-calendar.js';

/**
 * Calendar dates as `YYYY-MM-DD` strings: no time zone, no clock. They compare correctly as
 * strings, which is why the rest of the forms code never builds a `Date` from them.
 */

const DATE_SHAPE = /^(\d{4})[-/. ](\d{1,2})[-/. ](\d{1,2})$/;
const COMPACT_DATE_SHAPE = /^(\d{4})(\d{2})(\d{2})$/;

/**
 * Reads a date typed year first (`2026-03-05`, `2026/3/5`, `2026.03.05`, `20260305`) and returns
 * it as `YYYY-MM-DD`, or `undefined` when it is not a real calendar date (30 February, month 13).
 * Day-first and month-first forms are refused: `03/05/2026` is ambiguous between the two.
 */
export function parseCalendarDate(text: string): string | undefined {
  const trimmed = text.trim();
  const match = DATE_SHAPE.exec(trimmed) ?? COMPACT_DATE_SHAPE.exec(trimmed);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return formatCalendarDate(year, month, day);
}
