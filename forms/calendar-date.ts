/**
 * Calendar dates as `YYYY-MM-DD` strings: no time zone, no clock. They compare correctly as
 * strings, which is why the rest of the forms code never builds a `Date` from them.
 */

const DATE_SHAPE = /^(\d{4})[-/. ](\d{1,2})[-/. ](\d{1,2})$/;
const COMPACT_DATE_SHAPE = /^(\d{4})(\d{2})(\d{2})$/;

/** Days in a month of the proleptic Gregorian calendar (`month` 1–12). */
function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function format(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

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
  return format(year, month, day);
}

/**
 * Adds calendar months to a `YYYY-MM-DD` date, keeping the day of the month and falling back to
 * the month's last day when it is shorter (31 Oct + 4 months = 28 or 29 Feb), as the policy counts.
 * `months` may be negative.
 */
export function addCalendarMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const monthIndex = year * 12 + (month - 1) + months;
  const newYear = Math.floor(monthIndex / 12);
  const newMonth = (monthIndex % 12) + 1;
  return format(newYear, newMonth, Math.min(day, daysInMonth(newYear, newMonth)));
}

/** Today's date in the given IANA time zone (default: Canada's Eastern time, where IRCC's ROC-O works). */
export function todayIn(timeZone = 'America/Toronto', now: Date = new Date()): string {
  // The en-CA locale formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
