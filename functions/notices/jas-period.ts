import { jasPeriodFrom } from '../../kernel/policy-calendar.js';
import type { CaseRecord } from '../domain/case-record.js';

/**
 * The case's JAS period: as recorded, or as the policy sets it when a notice goes out before the
 * workflow records it.
 */
export function jasPeriodOf(caseRecord: CaseRecord): { startsOn: string; midpointOn: string; endsOn: string } {
  return caseRecord.jasPeriod
    ? { ...caseRecord.jasPeriod }
    : jasPeriodFrom(caseRecord.recommendation.client.arrivalDate);
}
