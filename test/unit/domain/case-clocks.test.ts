import { describe, expect, it } from 'vitest';
import { sampleJasRecommendation } from '../../../forms/jas-recommendation/sample.js';
import type { JasRecommendation } from '../../../forms/jas-recommendation/schema.js';
import { runningClocksOf } from '../../../functions/domain/case-clocks.js';
import type { CaseRecord } from '../../../functions/domain/case-record.js';

const settings = { deadlineReminderDays: 30, timeZone: 'America/Toronto' };

/** A case as the repository returns it; only what the clocks depend on varies. */
function caseIn(
  state: CaseRecord['state'],
  changes: Partial<CaseRecord> = {},
  caseType: 'GAR' | 'BVOR' = 'GAR',
): CaseRecord {
  const form = sampleJasRecommendation('2027-01-15');
  const recommendation = {
    caseType,
    client: { arrivalDate: form['client.arrivalDate'] },
  } as unknown as JasRecommendation;
  return {
    caseId: 'JAS-2027-AAAAAA',
    state,
    recommendation,
    flags: [],
    createdBy: 'raw/x',
    createdAt: '2027-01-15T17:00:00.000Z',
    updatedAt: '2027-01-15T17:00:00.000Z',
    version: 1,
    ...changes,
  };
}

describe('runningClocksOf', () => {
  it('a case in promotion has its expiry running', () => {
    expect(
      runningClocksOf(
        caseIn('promotion', { promotion: { startedOn: '2027-02-01', endsBy: '2027-06-01' } }),
        new Set(),
        settings,
      ),
    ).toEqual([{ purpose: 'promotion-expiry', dueOn: '2027-06-01' }]);
  });

  it('an active JAS has its mid-point (until sent) and its end running', () => {
    const active = caseIn('active', {
      jasPeriod: { startsOn: '2026-10-15', midpointOn: '2027-10-15', endsOn: '2028-10-15' },
    });
    expect(runningClocksOf(active, new Set(), settings)).toEqual([
      { purpose: 'midpoint-check-in', dueOn: '2027-10-15' },
      { purpose: 'jas-end', dueOn: '2028-10-15' },
    ]);
    expect(runningClocksOf(active, new Set(['midpoint_check_in']), settings)).toEqual([
      { purpose: 'jas-end', dueOn: '2028-10-15' },
    ]);
  });

  it('a GAR case before recommendation has its deadline reminder running, 30 days before the 8-month deadline, until sent', () => {
    // Arrival 2026-10-15 (3 months before the form), deadline 2027-06-15, reminder 2027-05-16.
    expect(runningClocksOf(caseIn('info_requested'), new Set(), settings)).toEqual([
      { purpose: 'deadline-reminder', dueOn: '2027-05-16' },
    ]);
    expect(runningClocksOf(caseIn('info_requested'), new Set(['deadline_reminder']), settings)).toEqual([]);
    expect(runningClocksOf(caseIn('received', {}, 'BVOR'), new Set(), settings)).toEqual([]);
  });

  it('a case opened after its reminder date never had one; later states and ended cases have none', () => {
    expect(runningClocksOf(caseIn('received', { createdAt: '2027-05-20T16:00:00.000Z' }), new Set(), settings)).toEqual(
      [],
    );
    for (const state of ['recommended_to_in', 'designated', 'sponsor_found', 'ended'] as const)
      expect(runningClocksOf(caseIn(state), new Set(), settings)).toEqual([]);
  });
});
