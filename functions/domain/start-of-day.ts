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
