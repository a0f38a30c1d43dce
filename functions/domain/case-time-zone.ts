import type { FormReceipt } from '../../forms/form-definition.js';
import { officeTimeZone } from '../../forms/local-offices.js';
import { todayIn } from '../../kernel/policy-calendar.js';
import type { CaseRecord } from './case-record.js';

/**
 * The time zone a case's calendar dates are counted in (the day an action was taken, the day a
 * clock fires): its local office's, or the deployment's (`JAS_TIME_ZONE`) for an office not listed.
 */
export function caseTimeZone(caseRecord: Pick<CaseRecord, 'recommendation'>, deploymentTimeZone: string): string {
  return officeTimeZone(caseRecord.recommendation.localOffice) ?? deploymentTimeZone;
}

/** When forms arrived, before their case is known: the date in the deployment's zone and the instant itself. */
export function formReceipt(receivedAt: Date, deploymentTimeZone: string): FormReceipt {
  return { receivedOn: todayIn(deploymentTimeZone, receivedAt), receivedAt: receivedAt.toISOString() };
}
