import { addCalendarDays, startOfDayIn, todayIn } from '../../kernel/policy-calendar.js';
import { type CaseReportSource, readCaseHistories, readMessageOutcomes } from '../domain/reports/case-history.js';
import { type IndicatorSection, indicatorSections } from '../domain/reports/indicator-sections.js';
import { type ProgramIndicators, programIndicators } from '../domain/reports/program-indicators.js';
import type { ReportPeriod } from '../domain/reports/report-period.js';
import { type TrackingRow, trackingRow } from '../domain/reports/tracking-row.js';
import { redactCaseText } from './redact-case-text.js';

/** Everything the reports show, computed once from the case file as of one instant. */
export interface ReportData {
  readonly today: string;
  readonly generatedAt: Date;
  readonly rows: readonly TrackingRow[];
  readonly period: ReportPeriod;
  readonly indicators: ProgramIndicators;
  readonly sections: readonly IndicatorSection[];
}

/**
 * Reads the case file (every case with its audit trail, the messages of the period) and computes
 * the tracking rows as of today and the indicators of `period`, in `timeZone`.
 */
export async function readReportData(
  source: CaseReportSource,
  options: { readonly now: Date; readonly timeZone: string; readonly period: (today: string) => ReportPeriod },
): Promise<ReportData> {
  const today = todayIn(options.timeZone, options.now);
  const period = options.period(today);
  const [histories, outcomes] = await Promise.all([
    readCaseHistories(source),
    readMessageOutcomes(source, {
      fromAt: startOfDayIn(period.from, options.timeZone),
      toAt: new Date(Date.parse(startOfDayIn(addCalendarDays(period.to, 1), options.timeZone)) - 1).toISOString(),
    }),
  ]);
  const indicators = programIndicators(histories, outcomes, period, {
    timeZone: options.timeZone,
    redact: redactCaseText,
  });
  return {
    today,
    generatedAt: options.now,
    rows: histories.map((history) =>
      trackingRow(history, { today, timeZone: options.timeZone, redact: redactCaseText }),
    ),
    period,
    indicators,
    sections: indicatorSections(indicators),
  };
}
