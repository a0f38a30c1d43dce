import { describe, expect, it } from 'vitest';
import { startOfDayIn } from '../../../functions/domain/start-of-day.js';

describe('start of a calendar day in a time zone', () => {
  it('follows the zone’s offset, summer and winter', () => {
    expect(startOfDayIn('2027-02-28', 'America/Toronto')).toBe('2027-02-28T05:00:00.000Z');
    expect(startOfDayIn('2027-07-01', 'America/Toronto')).toBe('2027-07-01T04:00:00.000Z');
    expect(startOfDayIn('2027-07-01', 'America/Vancouver')).toBe('2027-07-01T07:00:00.000Z');
    expect(startOfDayIn('2028-02-29', 'America/St_Johns')).toBe('2028-02-29T03:30:00.000Z');
    expect(startOfDayIn('2026-12-31', 'UTC')).toBe('2026-12-31T00:00:00.000Z');
  });

  it('is right on the days clocks change', () => {
    expect(startOfDayIn('2027-03-14', 'America/Toronto')).toBe('2027-03-14T05:00:00.000Z');
    expect(startOfDayIn('2027-11-07', 'America/Toronto')).toBe('2027-11-07T04:00:00.000Z');
  });
});
