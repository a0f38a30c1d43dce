import { describe, expect, it } from 'vitest';
import { addCalendarMonths, parseCalendarDate, todayIn } from '../../../forms/calendar-date.js';

describe('parseCalendarDate', () => {
  it('reads year-first dates with any common separator and pads them', () => {
    expect(parseCalendarDate('2026-03-05')).toBe('2026-03-05');
    expect(parseCalendarDate(' 2026/3/5 ')).toBe('2026-03-05');
    expect(parseCalendarDate('2026.03.05')).toBe('2026-03-05');
    expect(parseCalendarDate('20260305')).toBe('2026-03-05');
  });

  it('refuses dates that do not exist and ambiguous day/month orders', () => {
    expect(parseCalendarDate('2026-02-29')).toBeUndefined();
    expect(parseCalendarDate('2024-02-29')).toBe('2024-02-29');
    expect(parseCalendarDate('2026-13-01')).toBeUndefined();
    expect(parseCalendarDate('2026-04-31')).toBeUndefined();
    expect(parseCalendarDate('05/03/2026')).toBeUndefined();
    expect(parseCalendarDate('March 5, 2026')).toBeUndefined();
  });
});

describe('addCalendarMonths', () => {
  it('keeps the day of the month, or falls back to the last day of a shorter month', () => {
    expect(addCalendarMonths('2025-10-31', 4)).toBe('2026-02-28');
    expect(addCalendarMonths('2023-10-31', 4)).toBe('2024-02-29');
    expect(addCalendarMonths('2026-01-15', 8)).toBe('2026-09-15');
    expect(addCalendarMonths('2026-06-30', 24)).toBe('2028-06-30');
  });

  it('goes back across years with negative months', () => {
    expect(addCalendarMonths('2026-02-15', -3)).toBe('2025-11-15');
    expect(addCalendarMonths('2026-05-31', -3)).toBe('2026-02-28');
  });
});

describe('todayIn', () => {
  it('gives the calendar date in the requested time zone', () => {
    const instant = new Date('2026-03-01T03:00:00Z');
    expect(todayIn('America/Toronto', instant)).toBe('2026-02-28');
    expect(todayIn('UTC', instant)).toBe('2026-03-01');
  });
});
