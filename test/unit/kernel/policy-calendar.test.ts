import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  addCalendarMonths,
  halfwayBetween,
  jasPeriodFrom,
  promotionEndsBy,
  recommendationDeadline,
  startOfDayIn,
  todayIn,
} from '../../../kernel/policy-calendar.js';

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

describe('addCalendarDays', () => {
  it('counts days across months, years and leap days, both ways', () => {
    expect(addCalendarDays('2027-06-15', -30)).toBe('2027-05-16');
    expect(addCalendarDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addCalendarDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addCalendarDays('2027-01-01', -1)).toBe('2026-12-31');
  });
});

describe('OB 646 periods', () => {
  it('the step-1 deadline is 8 calendar months after arrival', () => {
    expect(recommendationDeadline('2026-06-30')).toBe('2027-02-28');
  });

  it('promotion ends 4 calendar months after it starts (31 Oct → end of February)', () => {
    expect(promotionEndsBy('2027-10-31')).toBe('2028-02-29');
  });

  it('the JAS period runs 24 months from arrival, with its check-in at 12', () => {
    expect(jasPeriodFrom('2026-02-28')).toEqual({
      startsOn: '2026-02-28',
      midpointOn: '2027-02-28',
      endsOn: '2028-02-28',
    });
  });

  it('a JAS active after month 12 checks in half-way through what is left of it, never at a passed mid-point', () => {
    expect(jasPeriodFrom('2026-02-28', '2026-09-01').midpointOn).toBe('2027-02-28');
    expect(jasPeriodFrom('2026-02-28', '2027-04-30')).toEqual({
      startsOn: '2026-02-28',
      midpointOn: '2027-09-29',
      endsOn: '2028-02-28',
    });
    expect(halfwayBetween('2027-12-31', '2028-01-02')).toBe('2028-01-01');
  });
});
