import { describe, expect, it } from 'vitest';
import { caseTimeline } from '../../../functions/domain/reports/case-timeline.js';
import { activeJas, endedAtTerm, expiredPromotion, fullPath, openPromotion, TIME_ZONE } from './report-cases.js';

const timelineOf = (history: typeof fullPath) => caseTimeline(history.caseRecord, history.events, TIME_ZONE);

describe('caseTimeline', () => {
  it('dates every step of a case that went all the way, ended early', () => {
    expect(timelineOf(fullPath)).toEqual({
      received: '2026-01-05',
      recommended: '2026-01-07',
      concurrence: '2026-01-08',
      sentToIn: '2026-01-08',
      designated: '2026-01-20',
      declined: undefined,
      promotionStart: '2026-01-20',
      promotionEnd: '2026-03-02',
      promotionOutcome: 'sponsor_found',
      profileApproved: '2026-01-21',
      sponsorFound: '2026-03-02',
      undertakingReceived: '2026-03-20',
      undertakingApproved: '2026-03-25',
      caseConference: '2026-04-10',
      jasActive: '2026-04-15',
      jasStart: '2025-12-15',
      midpoint: '2026-12-15',
      jasEndPlanned: '2027-12-15',
      midpointCheckIn: undefined,
      ended: '2026-07-01',
      endReason: 'mutual_agreement',
      concerns: ['2026-06-01'],
      stateSince: '2026-07-01',
    });
  });

  it('a supervisor’s own recommendation is its recommendation, concurrence and sending on one day', () => {
    expect(timelineOf(expiredPromotion)).toMatchObject({
      recommended: '2025-10-24',
      concurrence: '2025-10-24',
      sentToIn: '2025-10-24',
    });
  });

  it('an expired promotion ends on its 4-month date (31 Oct → 28 Feb), and the case is back to designated since then', () => {
    expect(timelineOf(expiredPromotion)).toMatchObject({
      promotionStart: '2025-10-31',
      promotionEnd: '2026-02-28',
      promotionOutcome: 'expired',
      sponsorFound: undefined,
      stateSince: '2026-02-28',
    });
  });

  it('dates events in the case time zone: 03:30 UTC on 1 February is 31 January in Toronto', () => {
    expect(timelineOf(openPromotion)).toMatchObject({
      received: '2026-01-31',
      promotionOutcome: 'running',
      promotionEnd: undefined,
    });
  });

  it('no promotion when the sponsor was known at designation; the check-in and the end come from the clocks', () => {
    expect(timelineOf(endedAtTerm)).toMatchObject({
      promotionStart: undefined,
      promotionOutcome: undefined,
      sponsorFound: '2024-03-12',
      midpointCheckIn: '2025-02-15',
      ended: '2026-02-15',
      endReason: 'period_completed',
    });
  });

  it('an open case has no end', () => {
    expect(timelineOf(activeJas)).toMatchObject({
      jasActive: '2026-03-01',
      ended: undefined,
      stateSince: '2026-03-01',
    });
  });
});
