import { addCalendarMonths } from '../../../forms/calendar-date.js';
import type { CaseRecord } from '../case-record.js';
import type { ClockDue } from '../clock-request.js';
import type { ChangeDecision } from './apply-case-change.js';

/** GAR recommendation forms are due within 8 months of arrival (OB 646, step 1). */
export const RECOMMENDATION_DEADLINE_MONTHS = 8;

/** The 8-month deadline of a case's recommendation form. */
export function recommendationDeadline(caseRecord: CaseRecord): string {
  return addCalendarMonths(caseRecord.recommendation.client.arrivalDate, RECOMMENDATION_DEADLINE_MONTHS);
}

/**
 * What a clock does when its date comes, decided on the case as it is then: a clock whose reason
 * has gone (a sponsor was found, the JAS ended early) does nothing. Dates are the clock's own,
 * never the wall clock's, so a sped-up local clock decides exactly as AWS would on the day.
 */
export function decideClock(caseRecord: CaseRecord, due: ClockDue): ChangeDecision<string> {
  switch (due.purpose) {
    case 'promotion-expiry':
      if (caseRecord.state !== 'promotion' || caseRecord.promotion?.endsBy !== due.dueOn)
        return { applied: false, refusal: 'promotion already ended' };
      return {
        applied: true,
        next: { ...caseRecord, state: 'designated', flags: [...new Set([...caseRecord.flags, 'promotion_expired'])] },
        events: [
          {
            type: 'promotion_expired',
            summary: `No sponsor found in ${caseRecord.promotion.startedOn} – ${due.dueOn}: promotion stopped`,
          },
        ],
        effects: [
          { notice: 'promotion-stop-to-rstp', reason: 'expired', on: due.dueOn },
          { notice: 'promotion-expired-to-office', on: due.dueOn },
        ],
      };
    case 'midpoint-check-in':
      if (caseRecord.state !== 'active') return { applied: false, refusal: 'the JAS is not running' };
      return {
        applied: true,
        next: caseRecord,
        events: [{ type: 'midpoint_check_in', summary: 'Mid-point check-in sent to the sponsor' }],
        effects: [{ notice: 'midpoint-check-in' }],
      };
    case 'jas-end':
      if (caseRecord.state !== 'active' || caseRecord.jasPeriod?.endsOn !== due.dueOn)
        return { applied: false, refusal: 'the JAS already ended' };
      return {
        applied: true,
        next: { ...caseRecord, state: 'ended', ended: { on: due.dueOn, reason: 'period_completed' } },
        events: [{ type: 'ended', summary: 'The 24-month JAS period is complete' }],
        effects: [{ notice: 'jas-ended', on: due.dueOn, reason: 'period_completed' }],
      };
    case 'deadline-reminder':
      // Only a case still waiting on the SPO needs reminding: any later state has its form.
      if (caseRecord.state !== 'info_requested') return { applied: false, refusal: 'nothing is waiting on the SPO' };
      return {
        applied: true,
        next: caseRecord,
        events: [
          { type: 'deadline_reminder', summary: `SPO reminded of the ${recommendationDeadline(caseRecord)} deadline` },
        ],
        effects: [{ notice: 'deadline-reminder', deadline: recommendationDeadline(caseRecord) }],
      };
  }
}
