import { addCalendarMonths } from '../../forms/calendar-date.js';
import { JAS_PERIOD_MONTHS } from '../../forms/imm1324/rules.js';
import type { CaseRecord } from '../domain/case-record.js';

const MIDPOINT_MONTHS = JAS_PERIOD_MONTHS / 2;

/**
 * The case's JAS period (OB 646: 24 months from the arrival date, check-in half-way): as recorded,
 * or as the policy sets it when a notice goes out before the workflow records it.
 */
export function jasPeriodOf(caseRecord: CaseRecord): { startsOn: string; midpointOn: string; endsOn: string } {
  if (caseRecord.jasPeriod) return { ...caseRecord.jasPeriod };
  const arrival = caseRecord.recommendation.client.arrivalDate;
  return {
    startsOn: arrival,
    midpointOn: addCalendarMonths(arrival, MIDPOINT_MONTHS),
    endsOn: addCalendarMonths(arrival, JAS_PERIOD_MONTHS),
  };
}
