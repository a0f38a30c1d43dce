import { todayIn } from '../../../forms/calendar-date.js';

const DAY_MS = 24 * 60 * 60 * 1000;

function utcDay(date: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day);
}

/** Whole calendar days from `from` to `to` (YYYY-MM-DD): 31 Jan → 1 Feb is 1, the same day 0, backwards negative. */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcDay(to) - utcDay(from)) / DAY_MS);
}

/** The calendar date an instant (ISO 8601) falls on in a time zone: 02:00 UTC on 1 Feb is 31 Jan in Toronto. */
export function dateOfInstant(instant: string, timeZone: string): string {
  return todayIn(timeZone, new Date(instant));
}

/** `YYYY-MM` of a `YYYY-MM-DD` date. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** The last day of a `YYYY-MM` month. */
export function lastDayOfMonth(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, monthNumber, 0)).toISOString().slice(0, 10);
}

/** Every `YYYY-MM` from the month of `from` to the month of `to`, in order. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  const last = monthOf(to);
  for (;;) {
    const current = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
    if (current > last) return months;
    months.push(current);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}

/** A `YYYY-MM-DD` date moved by whole days (negative goes back). */
export function addCalendarDays(date: string, days: number): string {
  return new Date(utcDay(date) + days * DAY_MS).toISOString().slice(0, 10);
}
