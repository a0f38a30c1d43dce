/**
 * OB 646's calendar: every period the bulletin sets, and the arithmetic that counts them. Dates
 * are `YYYY-MM-DD` calendar dates in the case's time zone; "N months" is calendar-month
 * arithmetic (31 Oct + 4 months = 28 or 29 Feb). The clocks that run on these periods, and when
 * each fires, are in functions/domain/case-clocks.ts.
 */

/**
 * Step 1: a GAR recommendation form is due "within 8 months from the client's date of arrival";
 * later, it is considered only with exceptional circumstances or a sponsor identified.
 */
export const RECOMMENDATION_DEADLINE_MONTHS = 8;

/**
 * "Who is eligible": a GAR case is converted when its needs were identified "post-arrival and
 * during the period of RAP support". The bulletin does not state that period; RAP income support
 * lasts up to one year from arrival (IRCC, Resettlement Assistance Program), so that is the bound.
 */
export const RAP_SUPPORT_MONTHS = 12;

/** Steps 4 and 5: promotion to sponsors "lasts for a maximum of 4 months or until a sponsor is found". */
export const PROMOTION_MONTHS = 4;

/** "JAS duration": a 2-year duration of RAP income support and sponsorship, from the arrival date. */
export const JAS_PERIOD_MONTHS = 24;

/** Step 11: the local office checks in with the sponsor "mid-way through the JAS commitment". */
export const MIDPOINT_CHECK_IN_MONTHS = JAS_PERIOD_MONTHS / 2;

/**
 * Not in the bulletin: how many days before the step-1 deadline an SPO still owing information
 * is reminded, unless `JAS_DEADLINE_REMINDER_DAYS` says otherwise.
 */
export const DEFAULT_DEADLINE_REMINDER_DAYS = 30;

/** The step-1 deadline of a recommendation form, from the client's arrival date. */
export function recommendationDeadline(arrivalDate: string): string {
  return addCalendarMonths(arrivalDate, RECOMMENDATION_DEADLINE_MONTHS);
}

/** Promotion started on `startedOn` ends at the latest on this date. */
export function promotionEndsBy(startedOn: string): string {
  return addCalendarMonths(startedOn, PROMOTION_MONTHS);
}

/**
 * The JAS period of a client who arrived on `arrivalDate`: its start, its mid-point check-in and
 * its end. The check-in is "mid-way through the JAS commitment": at 12 months, or, for a JAS that
 * became active (`activatedOn`) after that, half-way between that day and the end — never a
 * "mid-point" that has already passed.
 */
export function jasPeriodFrom(
  arrivalDate: string,
  activatedOn?: string,
): { startsOn: string; midpointOn: string; endsOn: string } {
  const endsOn = addCalendarMonths(arrivalDate, JAS_PERIOD_MONTHS);
  const twelveMonths = addCalendarMonths(arrivalDate, MIDPOINT_CHECK_IN_MONTHS);
  const midpointOn = activatedOn && activatedOn > twelveMonths ? halfwayBetween(activatedOn, endsOn) : twelveMonths;
  return { startsOn: arrivalDate, midpointOn, endsOn };
}

const DAY_MS = 86_400_000;

/** The calendar date half-way between two dates (rounded down to the day). */
export function halfwayBetween(from: string, to: string): string {
  const dayNumber = (date: string) => {
    const [year, month, day] = date.split('-').map(Number) as [number, number, number];
    return Date.UTC(year, month - 1, day) / DAY_MS;
  };
  const middle = new Date(Math.floor((dayNumber(from) + dayNumber(to)) / 2) * DAY_MS);
  return formatCalendarDate(middle.getUTCFullYear(), middle.getUTCMonth() + 1, middle.getUTCDate());
}

/** Days in a month of the proleptic Gregorian calendar (`month` 1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** `YYYY-MM-DD` of a year, a month (1–12) and a day. */
export function formatCalendarDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
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
  return formatCalendarDate(newYear, newMonth, Math.min(day, daysInMonth(newYear, newMonth)));
}

/** Adds calendar days to a `YYYY-MM-DD` date; `days` may be negative. */
export function addCalendarDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** Whole calendar days from `from` to `to` (`YYYY-MM-DD`): 31 Jan → 1 Feb is 1, the same day 0, backwards negative. */
export function daysBetween(from: string, to: string): number {
  const utcDay = (date: string) => {
    const [year, month, day] = date.split('-').map(Number) as [number, number, number];
    return Date.UTC(year, month - 1, day);
  };
  return Math.round((utcDay(to) - utcDay(from)) / 86_400_000);
}

/** The calendar month (`YYYY-MM`) of a `YYYY-MM-DD` date. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** The last day of a `YYYY-MM` month. */
export function lastDayOfMonth(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return formatCalendarDate(year, monthNumber, daysInMonth(year, monthNumber));
}

/** Every `YYYY-MM` from the month of `from` to the month of `to`, both included, in order. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let month = `${monthOf(from)}-01`; monthOf(month) <= monthOf(to); month = addCalendarMonths(month, 1))
    months.push(monthOf(month));
  return months;
}

/** Today's date in the given IANA time zone (default: Canada's Eastern time, where IRCC's ROC-O works). */
export function todayIn(timeZone = 'America/Toronto', now: Date = new Date()): string {
  // The en-CA locale formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/**
 * The instant a calendar date begins in a time zone (`2027-02-28` in America/Toronto →
 * `2027-02-28T05:00:00.000Z`): clocks fire at the start of their day where the case is handled.
 */
export function startOfDayIn(date: string, timeZone: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const utcMidnight = Date.UTC(year, month - 1, day);
  // The zone's offset at that moment, read back through Intl; checked twice around DST changes.
  let instant = utcMidnight;
  for (let pass = 0; pass < 2; pass += 1) instant = utcMidnight - offsetMinutes(instant, timeZone) * 60_000;
  return new Date(instant).toISOString();
}

function offsetMinutes(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((part) => part.type === type)!.value);
  const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((local - instant) / 60_000);
}
