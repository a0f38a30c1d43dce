import type { JasRecommendation } from '../../forms/jas-recommendation/schema.js';
import type { CaseEvent, CaseRecord, CaseState } from '../../functions/domain/case-record.js';
import type { CaseHistory } from '../../functions/domain/reports/case-history.js';

/** The client's personal data in every hand-built case: none of it may appear in a report. */
export const PERSONAL = {
  familyName: 'Haddad',
  givenNames: 'Amal Zoé',
  dateOfBirth: '1988-04-17',
  needs: 'The youngest child needs regular specialist care for epilepsy.',
  submitterName: 'Jordan Tremblay',
} as const;

/** A recommendation form's content with fictitious personal data. */
export function recommendation(overrides: Partial<JasRecommendation> = {}): JasRecommendation {
  return {
    caseType: 'GAR',
    client: {
      uci: '12345678',
      familyName: PERSONAL.familyName,
      givenNames: PERSONAL.givenNames,
      dateOfBirth: PERSONAL.dateOfBirth,
      arrivalDate: '2025-12-15',
      preferredLanguage: 'fr',
    },
    familyComposition: 'Single mother with three children.',
    destination: { city: 'Toronto', province: 'ON' },
    criteria: {
      medicalNeeds: true,
      unusualFamilyConfiguration: true,
      otherSpecialNeeds: false,
      needsDescription: PERSONAL.needs,
      needsIdentifiedOn: '2026-01-10',
    },
    sponsor: { identified: false },
    bestInterestJustification: 'A sponsoring group can help with appointments and child care.',
    submitter: {
      kind: 'RAP_SPO',
      organization: 'Example Settlement Services',
      contactName: PERSONAL.submitterName,
      email: 'intake@spo.example',
    },
    localOffice: 'TORONTO',
    consentToShare: true,
    ...overrides,
  };
}

/**
 * A case and its audit trail from a list of `[event type, instant]`: the record opens at the
 * first event; `record` sets the state and the policy's own dates.
 */
export function history(
  caseId: string,
  events: readonly (readonly [type: string, at: string])[],
  record: Partial<CaseRecord> & { state: CaseState },
): CaseHistory {
  const createdAt = events[0]![1];
  const caseRecord: CaseRecord = {
    caseId,
    recommendation: recommendation(),
    flags: [],
    createdBy: `raw/${caseId}`,
    createdAt,
    updatedAt: events.at(-1)![1],
    version: events.length,
    ...record,
  };
  const trail: CaseEvent[] = events.map(([type, at], index) => ({
    caseId,
    eventId: `${caseId}#${index}`,
    at,
    type,
    actor: { address: 'someone@ircc.example', role: 'pipeline' },
    summary: type,
  }));
  return { caseRecord, events: trail };
}
