import { daysBetween, monthOf, monthsBetween, todayIn } from '../../../kernel/policy-calendar.js';
import type { MessageOutcome } from '../case-record.js';
import type { CaseHistory } from './case-history.js';
import type { CaseTimeline } from './case-timeline.js';
import { type DayStatistics, dayStatistics } from './day-statistics.js';
import { inPeriod, type ReportPeriod } from './report-period.js';
import { type TrackingOptions, trackingRow } from './tracking-row.js';

/** One count of a breakdown: the key (month, office code, case type, program) and how many. */
export interface Tally {
  readonly key: string;
  readonly count: number;
}

/** The intervals between OB 646 steps whose length the indicators measure. */
export const STEP_INTERVALS = [
  { id: 'local-review', from: 'received', to: 'sentToIn' },
  { id: 'in-decision', from: 'sentToIn', to: 'decision' },
  { id: 'undertaking', from: 'sponsorFound', to: 'undertakingReceived' },
  { id: 'approval', from: 'undertakingReceived', to: 'undertakingApproved' },
  { id: 'case-conference', from: 'undertakingApproved', to: 'caseConference' },
  { id: 'checklist-review', from: 'caseConference', to: 'jasActive' },
  { id: 'received-to-active', from: 'received', to: 'jasActive' },
] as const;

export type StepIntervalId = (typeof STEP_INTERVALS)[number]['id'];

/**
 * The problem code with which the pipeline once refused a late GAR form without exceptional
 * circumstances or a sponsor; such forms now open a case flagged `late_not_considered` for the
 * office to decide, but messages refused so still count.
 */
const LATE_REJECTION_CODE = 'LATE_WITHOUT_EXCEPTION';
/** What a special program cell reads when the form names none. */
export const NO_PROGRAM = '';

/** The Refugee Resettlement PIP's counts and outcomes for in-Canada JAS conversions, over one period. */
export interface ProgramIndicators {
  readonly period: ReportPeriod;
  readonly received: {
    readonly total: number;
    /** Every month of the period, in order, months without a case included. */
    readonly byMonth: readonly Tally[];
    readonly byOffice: readonly Tally[];
    readonly byCaseType: readonly Tally[];
    /** Keyed by the program's name; `NO_PROGRAM` for cases without one. */
    readonly byProgram: readonly Tally[];
  };
  readonly decisions: { readonly designated: number; readonly declined: number; readonly designationRate?: number };
  readonly stepDays: readonly { readonly id: StepIntervalId; readonly days: DayStatistics }[];
  readonly promotion: {
    readonly started: number;
    readonly sponsorFound: number;
    readonly expired: number;
    /** Promotions under way on the period's last day. */
    readonly running: number;
    readonly daysToSponsor: DayStatistics;
  };
  readonly lateForms: { readonly considered: number; readonly notConsidered: number };
  readonly jas: { readonly active: number; readonly endedAtTerm: number; readonly endedEarly: number };
  readonly concerns: { readonly raised: number; readonly cases: number };
}

function tally(keys: readonly string[], order?: readonly string[]): Tally[] {
  const counts = new Map<string, number>((order ?? []).map((key) => [key, 0]));
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  const tallies = [...counts].map(([key, count]) => ({ key, count }));
  return order ? tallies : tallies.sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

function stepDate(timeline: CaseTimeline, step: (typeof STEP_INTERVALS)[number]['from' | 'to']): string | undefined {
  return step === 'decision' ? (timeline.designated ?? timeline.declined) : timeline[step];
}

/** Whether a case's JAS was running on a day: active since on or before it, not ended by then. */
function activeOn(timeline: CaseTimeline, day: string): boolean {
  return timeline.jasActive !== undefined && timeline.jasActive <= day && !(timeline.ended && timeline.ended <= day);
}

/**
 * Computes the indicators for a period from every case's history and the messages recorded in the
 * period. A case counts in a flow indicator when the event falls in the period (received, decided,
 * promotion ended, ended, concern raised), and in a stock indicator (active, promotion running)
 * when it held on the period's last day. Dates are calendar dates in `options.timeZone`.
 */
export function programIndicators(
  histories: readonly CaseHistory[],
  outcomes: readonly MessageOutcome[],
  period: ReportPeriod,
  options: Omit<TrackingOptions, 'today'>,
): ProgramIndicators {
  const { timeZone } = options;
  const cases = histories.map((history) => {
    const row = trackingRow(history, { ...options, today: period.to });
    return { row, timeline: row.timeline };
  });
  const received = cases.filter(({ timeline }) => inPeriod(period, timeline.received));
  const designated = cases.filter(({ timeline }) => inPeriod(period, timeline.designated)).length;
  const declined = cases.filter(({ timeline }) => inPeriod(period, timeline.declined)).length;
  const promotionsEnded = cases.filter(({ timeline }) => inPeriod(period, timeline.promotionEnd));
  const sponsored = promotionsEnded.filter(({ timeline }) => timeline.promotionOutcome === 'sponsor_found');
  const ended = cases.filter(({ timeline }) => inPeriod(period, timeline.ended));
  const concernDates = cases.map(({ timeline }) => timeline.concerns.filter((on) => inPeriod(period, on)));

  return {
    period,
    received: {
      total: received.length,
      byMonth: tally(
        received.map(({ timeline }) => monthOf(timeline.received)),
        monthsBetween(period.from, period.to),
      ),
      byOffice: tally(received.map(({ row }) => row.office)),
      byCaseType: tally(
        received.map(({ row }) => row.caseType),
        ['GAR', 'BVOR'],
      ),
      byProgram: tally(received.map(({ row }) => row.specialProgram ?? NO_PROGRAM)),
    },
    decisions: {
      designated,
      declined,
      designationRate: designated + declined > 0 ? designated / (designated + declined) : undefined,
    },
    stepDays: STEP_INTERVALS.map(({ id, from, to }) => ({
      id,
      days: dayStatistics(
        cases.flatMap(({ timeline }) => {
          const start = stepDate(timeline, from);
          const end = stepDate(timeline, to);
          return start !== undefined && inPeriod(period, end) ? [daysBetween(start, end)] : [];
        }),
      ),
    })),
    promotion: {
      started: cases.filter(({ timeline }) => inPeriod(period, timeline.promotionStart)).length,
      sponsorFound: sponsored.length,
      expired: promotionsEnded.length - sponsored.length,
      running: cases.filter(
        ({ timeline }) =>
          timeline.promotionStart !== undefined &&
          timeline.promotionStart <= period.to &&
          !(timeline.promotionEnd && timeline.promotionEnd <= period.to),
      ).length,
      daysToSponsor: dayStatistics(
        sponsored.map(({ timeline }) => daysBetween(timeline.promotionStart!, timeline.promotionEnd!)),
      ),
    },
    lateForms: {
      considered: received.filter(({ row }) => row.flags.late && !row.flags.lateNotConsidered).length,
      notConsidered:
        received.filter(({ row }) => row.flags.lateNotConsidered).length +
        outcomes.filter(
          (outcome) =>
            inPeriod(period, todayIn(timeZone, new Date(outcome.at))) &&
            outcome.problems.some((problem) => problem.code === LATE_REJECTION_CODE),
        ).length,
    },
    jas: {
      active: cases.filter(({ timeline }) => activeOn(timeline, period.to)).length,
      endedAtTerm: ended.filter(({ timeline }) => timeline.endReason === 'period_completed').length,
      endedEarly: ended.filter(({ timeline }) => timeline.endReason === 'mutual_agreement').length,
    },
    concerns: {
      raised: concernDates.reduce((sum, dates) => sum + dates.length, 0),
      cases: concernDates.filter((dates) => dates.length > 0).length,
    },
  };
}
