import { describe, expect, it } from 'vitest';
import { dayStatistics } from '../../../functions/domain/reports/day-statistics.js';
import { indicatorSections } from '../../../functions/domain/reports/indicator-sections.js';
import { programIndicators } from '../../../functions/domain/reports/program-indicators.js';
import { calendarMonth, previousMonth, rollingYear } from '../../../functions/domain/reports/report-period.js';
import { redactCaseText } from '../../../functions/reports/redact-case-text.js';
import { daysBetween, lastDayOfMonth, monthsBetween } from '../../../kernel/policy-calendar.js';
import { ALL_CASES, declinedLate, fullPath, lateRejection, TIME_ZONE } from './report-cases.js';

const OUTCOMES = [
  lateRejection('2026-01-31T12:00:00Z'),
  // 23:00 on 31 January in Toronto.
  lateRejection('2026-02-01T04:00:00Z'),
  lateRejection('2026-02-01T06:00:00Z'),
];
const indicatorsFor = (month: string) =>
  programIndicators(ALL_CASES, OUTCOMES, calendarMonth(month), { timeZone: TIME_ZONE, redact: redactCaseText });
const stepDays = (indicators: ReturnType<typeof indicatorsFor>, id: string) =>
  indicators.stepDays.find((step) => step.id === id)!.days;

describe('dayStatistics', () => {
  it('median of an even count is the mean of the two middle values; 90th percentile by nearest rank', () => {
    expect(dayStatistics([10, 1, 9, 2, 8, 3, 7, 4, 6, 5])).toEqual({ count: 10, median: 5.5, p90: 9 });
    expect(dayStatistics([3, 10])).toEqual({ count: 2, median: 6.5, p90: 10 });
    expect(dayStatistics([4])).toEqual({ count: 1, median: 4, p90: 4 });
    expect(dayStatistics([])).toEqual({ count: 0 });
  });
});

describe('the calendar the reports count with (kernel/policy-calendar.ts)', () => {
  it('counts days across month ends and leap days, lists months across a year end', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-01-31', '2026-02-01')).toBe(1);
    expect(daysBetween('2026-03-15', '2026-03-01')).toBe(-14);
    expect(lastDayOfMonth('2024-02')).toBe('2024-02-29');
    expect(lastDayOfMonth('2026-12')).toBe('2026-12-31');
    expect(monthsBetween('2025-11-30', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-03-31', '2026-03-01')).toEqual(['2026-03']);
  });
});

describe('report periods', () => {
  it('the weekly report covers twelve calendar months to date; the monthly one the whole previous month', () => {
    expect(rollingYear('2026-03-15')).toEqual({ from: '2025-04-01', to: '2026-03-15' });
    expect(previousMonth('2026-03-01')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(previousMonth('2024-03-01')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(previousMonth('2026-01-01')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
  });
});

describe('programIndicators', () => {
  it('January: received counts by the Toronto calendar (31 January 22:30 is January), by office and type', () => {
    const { received } = indicatorsFor('2026-01');
    expect(received).toEqual({
      total: 3,
      byMonth: [{ key: '2026-01', count: 3 }],
      byOffice: [
        { key: 'TORONTO', count: 2 },
        { key: 'OTTAWA', count: 1 },
      ],
      byCaseType: [
        { key: 'GAR', count: 3 },
        { key: 'BVOR', count: 0 },
      ],
      byProgram: [
        { key: '', count: 2 },
        { key: 'Survivors of Daesh', count: 1 },
      ],
    });
    expect(indicatorsFor('2026-02').received).toMatchObject({ total: 1, byCaseType: [{ count: 0 }, { count: 1 }] });
  });

  it('designation rate: decisions dated in the period', () => {
    expect(indicatorsFor('2026-01').decisions).toEqual({ designated: 1, declined: 0, designationRate: 1 });
    expect(indicatorsFor('2026-02').decisions).toEqual({ designated: 1, declined: 1, designationRate: 0.5 });
    expect(indicatorsFor('2026-05').decisions).toEqual({ designated: 0, declined: 0, designationRate: undefined });
  });

  it('days for each step: the cases that completed the second step in the period', () => {
    const january = indicatorsFor('2026-01');
    // Received → sent to IN: 3 days (5 → 8 Jan) and 10 days (10 → 20 Jan).
    expect(stepDays(january, 'local-review')).toEqual({ count: 2, median: 6.5, p90: 10 });
    expect(stepDays(january, 'in-decision')).toEqual({ count: 1, median: 12, p90: 12 });
    const march = indicatorsFor('2026-03');
    expect(stepDays(march, 'undertaking')).toEqual({ count: 1, median: 18, p90: 18 });
    expect(stepDays(march, 'approval')).toEqual({ count: 1, median: 5, p90: 5 });
    expect(stepDays(march, 'checklist-review')).toEqual({ count: 1, median: 9, p90: 9 });
  });

  it('promotion outcomes: an expiry on 28 February, a sponsor found on 2 March after 41 days, promotions still running', () => {
    expect(indicatorsFor('2026-02').promotion).toEqual({
      started: 1,
      sponsorFound: 0,
      expired: 1,
      running: 2,
      daysToSponsor: { count: 0 },
    });
    expect(indicatorsFor('2026-03').promotion).toEqual({
      started: 0,
      sponsorFound: 1,
      expired: 0,
      running: 1,
      daysToSponsor: { count: 1, median: 41, p90: 41 },
    });
  });

  it('late forms: considered when the case was opened, not considered when the form was refused (by the Toronto date)', () => {
    expect(indicatorsFor('2026-01').lateForms).toEqual({ considered: 1, notConsidered: 2 });
    expect(indicatorsFor('2026-02').lateForms).toEqual({ considered: 0, notConsidered: 1 });
    // A late form with neither exception nor sponsor, not (yet) considered by the office: a case flagged so.
    const waiting = {
      ...declinedLate,
      caseRecord: { ...declinedLate.caseRecord, flags: ['late', 'late_not_considered'] },
    };
    const cases = ALL_CASES.map((history) => (history === declinedLate ? waiting : history));
    expect(
      programIndicators(cases, OUTCOMES, calendarMonth('2026-01'), { timeZone: TIME_ZONE, redact: redactCaseText })
        .lateForms,
    ).toEqual({ considered: 0, notConsidered: 3 });
  });

  it('JAS cases: active on the last day, ended at term and early in the period; concerns raised', () => {
    expect(indicatorsFor('2026-02').jas).toEqual({ active: 0, endedAtTerm: 1, endedEarly: 0 });
    expect(indicatorsFor('2026-03').jas).toEqual({ active: 1, endedAtTerm: 0, endedEarly: 0 });
    expect(indicatorsFor('2026-06').jas).toEqual({ active: 2, endedAtTerm: 0, endedEarly: 0 });
    expect(indicatorsFor('2026-07').jas).toEqual({ active: 1, endedAtTerm: 0, endedEarly: 1 });
    expect(indicatorsFor('2026-06').concerns).toEqual({ raised: 1, cases: 1 });
    expect(indicatorsFor('2026-07').concerns).toEqual({ raised: 0, cases: 0 });
  });

  it('a rolling year lists every month, months without a case at zero', () => {
    const indicators = programIndicators([fullPath], [], rollingYear('2026-03-15'), {
      timeZone: TIME_ZONE,
      redact: redactCaseText,
    });
    expect(indicators.received.byMonth).toHaveLength(12);
    expect(indicators.received.byMonth.filter((month) => month.count > 0)).toEqual([{ key: '2026-01', count: 1 }]);
  });
});

describe('indicatorSections', () => {
  it('every indicator says how it is computed, in English and French, and shows its figures', () => {
    const sections = indicatorSections(indicatorsFor('2026-02'));
    for (const section of sections) {
      expect(section.title.en && section.title.fr).toBeTruthy();
      expect(section.howComputed.en.length).toBeGreaterThan(30);
      expect(section.howComputed.fr.length).toBeGreaterThan(30);
      expect(section.lines.length).toBeGreaterThan(0);
    }
    const rate = sections.find((section) => section.id === 'designation-rate')!;
    expect(rate.lines.map((line) => line.text)).toEqual(['50 %', '1', '1']);
    const offices = sections.find((section) => section.id === 'received-by-office')!;
    expect(offices.lines).toEqual([{ label: { en: 'Ottawa', fr: 'Ottawa' }, value: 1, text: '1' }]);
  });
});
