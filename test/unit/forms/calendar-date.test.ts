import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from '../../../forms/calendar-date.js';

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
