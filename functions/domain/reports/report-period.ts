import { addCalendarMonths, lastDayOfMonth, monthOf } from '../../../kernel/policy-calendar.js';

/** The calendar dates an indicator report covers, both included, in the case time zone. */
export interface ReportPeriod {
  readonly from: string;
  readonly to: string;
}

/** The weekly indicators: the last twelve months by calendar month, this month so far included. */
export function rollingYear(today: string): ReportPeriod {
  return { from: `${monthOf(addCalendarMonths(today, -11))}-01`, to: today };
}

/** The monthly indicators on the 1st: the whole month before `today`. */
export function previousMonth(today: string): ReportPeriod {
  return calendarMonth(monthOf(addCalendarMonths(today, -1)));
}

/** One calendar month (`YYYY-MM`). */
export function calendarMonth(month: string): ReportPeriod {
  return { from: `${month}-01`, to: lastDayOfMonth(month) };
}

/** True when a date falls in the period. */
export function inPeriod(period: ReportPeriod, date: string | undefined): date is string {
  return date !== undefined && date >= period.from && date <= period.to;
}
