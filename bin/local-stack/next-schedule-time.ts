import { addCalendarDays, startOfDayIn, todayIn } from '../../kernel/policy-calendar.js';

/** A recurring time as EventBridge Scheduler's cron fields give it: an hour and minute, on a weekday or a day of the month. */
export interface RecurringTime {
  readonly hour: string;
  readonly minute: string;
  readonly weekDay?: string;
  readonly day?: string;
}

const WEEK_DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

function localHourAndMinute(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', hour: 'numeric', minute: 'numeric' })
    .formatToParts(instant)
    .map((part) => [part.type, Number(part.value)] as const);
  const get = (type: string) => parts.find(([name]) => name === type)![1];
  return get('hour') * 60 + get('minute');
}

/** The instant a local date and time happen in a time zone (the start of the day, then the hours, checked against DST). */
function instantAt(date: string, minutes: number, timeZone: string): number {
  const guess = Date.parse(startOfDayIn(date, timeZone)) + minutes * 60_000;
  // On a day whose offset changes before that hour, the guess is an hour off: the zone's own clock says by how much.
  return guess + (minutes - localHourAndMinute(guess, timeZone)) * 60_000;
}

/**
 * The first instant strictly after `after` at which a recurring time comes in `timeZone`, as
 * EventBridge Scheduler counts a cron schedule with a time zone: Monday 07:00 in Toronto is 12:00
 * UTC in winter and 11:00 in summer.
 */
export function nextScheduleTime(after: Date, time: RecurringTime, timeZone: string): Date {
  const minutes = Number(time.hour) * 60 + Number(time.minute);
  let date = todayIn(timeZone, after);
  for (let day = 0; day < 400; day += 1, date = addCalendarDays(date, 1)) {
    const [year, month, dayOfMonth] = date.split('-').map(Number) as [number, number, number];
    const weekDay = WEEK_DAYS[new Date(Date.UTC(year, month - 1, dayOfMonth)).getUTCDay()];
    if (time.weekDay !== undefined && time.weekDay !== weekDay) continue;
    if (time.day !== undefined && Number(time.day) !== dayOfMonth) continue;
    const instant = instantAt(date, minutes, timeZone);
    if (instant > after.getTime()) return new Date(instant);
  }
  throw new RangeError(`No time in the coming year matches ${JSON.stringify(time)}`);
}
