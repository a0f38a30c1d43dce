import type { MessageOutcome } from '../../../functions/domain/case-record.js';
import { history, recommendation } from '../../helpers/report-cases.js';

/**
 * Hand-built cases with known answers, dated in America/Toronto (UTC−5 in winter, −4 in summer).
 * Instants near midnight sit on purpose on either side of a month boundary.
 */
export const TIME_ZONE = 'America/Toronto';

/** GAR promoted, sponsor found, undertaking, case conference, JAS, a concern, ended early by mutual agreement. */
export const fullPath = history(
  'JAS-2026-FULL01',
  [
    ['recommendation_received', '2026-01-05T15:00:00Z'],
    ['recommended_pending_concurrence', '2026-01-07T15:00:00Z'],
    ['recommended_to_in', '2026-01-08T15:00:00Z'],
    ['designated', '2026-01-20T15:00:00Z'],
    ['promotion_started', '2026-01-20T15:00:00Z'],
    ['sponsor_found', '2026-03-02T15:00:00Z'],
    ['undertaking_submitted', '2026-03-20T15:00:00Z'],
    ['undertaking_approved', '2026-03-25T15:00:00Z'],
    ['case_conference', '2026-04-10T14:00:00Z'],
    ['jas_active', '2026-04-15T14:00:00Z'],
    ['concern_reported', '2026-06-01T14:00:00Z'],
    ['ended', '2026-07-01T14:00:00Z'],
  ],
  {
    state: 'ended',
    recommendation: recommendation({ specialProgram: 'Survivors of Daesh' }),
    promotion: { startedOn: '2026-01-20', endsBy: '2026-05-20', profileApprovedOn: '2026-01-21' },
    sponsor: { name: 'Grace Church Group', email: 'sah@church.example' },
    jasPeriod: { startsOn: '2025-12-15', midpointOn: '2026-12-15', endsOn: '2027-12-15' },
    ended: { on: '2026-07-01', reason: 'mutual_agreement' },
  },
);

/** Promoted on 31 October: 4 calendar months end on 28 February, when the promotion expired. */
export const expiredPromotion = history(
  'JAS-2025-EXPD01',
  [
    ['recommendation_received', '2025-10-20T16:00:00Z'],
    ['recommended_to_in', '2025-10-24T16:00:00Z'],
    ['designated', '2025-10-31T16:00:00Z'],
    ['promotion_started', '2025-10-31T16:00:00Z'],
    // The clock fires at the start of the day in Toronto: 00:00:30 EST is 05:00:30 UTC.
    ['promotion_expired', '2026-02-28T05:00:30Z'],
  ],
  {
    state: 'designated',
    flags: ['promotion_expired'],
    recommendation: recommendation({ client: { ...recommendation().client, uci: '1111222233' } }),
    promotion: { startedOn: '2025-10-31', endsBy: '2026-02-28', profileApprovedOn: '2025-11-03' },
  },
);

/** Promoted on 31 October, expired on 28 February before ROC-O ever approved the profile: RSTP never had it. */
export const neverPromoted = history(
  'JAS-2025-NOPR01',
  [
    ['recommendation_received', '2025-10-20T16:00:00Z'],
    ['recommended_to_in', '2025-10-24T16:00:00Z'],
    ['designated', '2025-10-31T16:00:00Z'],
    ['promotion_started', '2025-10-31T16:00:00Z'],
    ['promotion_expired', '2026-02-28T05:00:30Z'],
  ],
  {
    state: 'designated',
    flags: ['promotion_expired'],
    recommendation: recommendation({ client: { ...recommendation().client, uci: '4444555566' } }),
    promotion: { startedOn: '2025-10-31', endsBy: '2026-02-28' },
  },
);

/** Received at 22:30 on 31 January in Toronto (03:30 UTC on 1 February), promoted since 10 February. */
export const openPromotion = history(
  'JAS-2026-OPEN01',
  [
    ['recommendation_received', '2026-02-01T03:30:00Z'],
    ['recommended_to_in', '2026-02-03T17:00:00Z'],
    ['designated', '2026-02-10T17:00:00Z'],
    ['promotion_started', '2026-02-10T17:00:00Z'],
  ],
  { state: 'promotion', promotion: { startedOn: '2026-02-10', endsBy: '2026-06-10', profileApprovedOn: '2026-02-11' } },
);

/** Received at 00:30 on 1 February in Toronto: February. A BVOR case in Ottawa, not yet reviewed. */
export const februaryBvor = history('JAS-2026-FEB001', [['recommendation_received', '2026-02-01T05:30:00Z']], {
  state: 'received',
  recommendation: recommendation({ caseType: 'BVOR', localOffice: 'OTTAWA' }),
});

/** A late GAR form considered (exceptional circumstances), declined by IN on 4 February. */
export const declinedLate = history(
  'JAS-2026-DECL01',
  [
    ['recommendation_received', '2026-01-10T17:00:00Z'],
    ['recommended_to_in', '2026-01-20T17:00:00Z'],
    ['declined', '2026-02-04T17:00:00Z'],
  ],
  { state: 'declined', flags: ['late'], recommendation: recommendation({ localOffice: 'OTTAWA' }) },
);

/** A sponsor identified on the form: no promotion; the 24 months ended at term on 15 February 2026. */
export const endedAtTerm = history(
  'JAS-2024-TERM01',
  [
    ['recommendation_received', '2024-03-01T17:00:00Z'],
    ['recommended_to_in', '2024-03-05T17:00:00Z'],
    ['designated', '2024-03-12T16:00:00Z'],
    ['sponsor_found', '2024-03-12T16:00:00Z'],
    ['undertaking_submitted', '2024-03-28T16:00:00Z'],
    ['undertaking_approved', '2024-04-02T16:00:00Z'],
    ['case_conference', '2024-04-20T16:00:00Z'],
    ['jas_active', '2024-05-01T16:00:00Z'],
    ['midpoint_check_in', '2025-02-15T05:00:10Z'],
    ['ended', '2026-02-15T05:00:10Z'],
  ],
  {
    state: 'ended',
    sponsor: { name: 'Haddad Family Friends Group', email: 'friends@group.example' },
    jasPeriod: { startsOn: '2024-02-15', midpointOn: '2025-02-15', endsOn: '2026-02-15' },
    ended: { on: '2026-02-15', reason: 'period_completed' },
  },
);

/** JAS active since 1 March 2026; its mid-point is 1 January 2027. */
export const activeJas = history(
  'JAS-2026-ACTV01',
  [
    ['recommendation_received', '2025-11-03T17:00:00Z'],
    ['recommended_to_in', '2025-11-10T17:00:00Z'],
    ['designated', '2025-11-20T17:00:00Z'],
    ['sponsor_found', '2025-11-20T17:00:00Z'],
    ['undertaking_submitted', '2026-01-15T17:00:00Z'],
    ['undertaking_approved', '2026-01-22T17:00:00Z'],
    ['case_conference', '2026-02-20T17:00:00Z'],
    ['jas_active', '2026-03-01T17:00:00Z'],
  ],
  { state: 'active', jasPeriod: { startsOn: '2026-01-01', midpointOn: '2027-01-01', endsOn: '2028-01-01' } },
);

export const ALL_CASES = [
  fullPath,
  expiredPromotion,
  openPromotion,
  februaryBvor,
  declinedLate,
  endedAtTerm,
  activeJas,
];

/** A message whose GAR form was refused as late (no exception, no sponsor), recorded at `at`. */
export function lateRejection(at: string): MessageOutcome {
  return {
    messageKey: `raw/late-${at}`,
    outcome: 'rejected',
    caseIds: [],
    formsFound: [{ formId: 'jas-recommendation', version: '2026-01', valid: false }],
    problems: [{ field: 'exceptionalCircumstances', code: 'LATE_WITHOUT_EXCEPTION', message: 'late' }],
    noticesSent: [],
    at,
  };
}
