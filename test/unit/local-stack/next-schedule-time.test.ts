import { describe, expect, it } from 'vitest';
import { nextScheduleTime } from '../../../bin/local-stack/next-schedule-time.js';
import { REPORT_TIMES } from '../../../functions/reports/report-times.js';

const TORONTO = 'America/Toronto';
const next = (after: string, kind: keyof typeof REPORT_TIMES) =>
  nextScheduleTime(new Date(after), REPORT_TIMES[kind], TORONTO).toISOString();

describe('nextScheduleTime (the schedules as EventBridge Scheduler counts them, in the case time zone)', () => {
  it('Monday 07:00 in Toronto is 12:00 UTC in winter and 11:00 UTC in summer', () => {
    expect(next('2026-11-29T20:00:00Z', 'weekly')).toBe('2026-11-30T12:00:00.000Z');
    expect(next('2026-07-01T00:00:00Z', 'weekly')).toBe('2026-07-06T11:00:00.000Z');
  });

  it('strictly after: at 07:00 on a Monday the next one is a week later', () => {
    expect(next('2026-11-30T12:00:00Z', 'weekly')).toBe('2026-12-07T12:00:00.000Z');
    expect(next('2026-11-30T11:59:59Z', 'weekly')).toBe('2026-11-30T12:00:00.000Z');
  });

  it('the Monday after the change of time is counted in the new offset', () => {
    // Daylight time ends on Sunday 1 November 2026; starts on Sunday 8 March 2026.
    expect(next('2026-10-31T12:00:00Z', 'weekly')).toBe('2026-11-02T12:00:00.000Z');
    expect(next('2026-03-07T12:00:00Z', 'weekly')).toBe('2026-03-09T11:00:00.000Z');
  });

  it('the 1st at 07:00, a day whose offset changed overnight included (1 November 2026 is that Sunday)', () => {
    expect(next('2026-10-15T00:00:00Z', 'monthly')).toBe('2026-11-01T12:00:00.000Z');
    expect(next('2026-11-01T12:00:00Z', 'monthly')).toBe('2026-12-01T12:00:00.000Z');
    expect(next('2026-12-31T23:00:00Z', 'monthly')).toBe('2027-01-01T12:00:00.000Z');
  });
});
