import type { JasRecommendation } from '../../../forms/jas-recommendation/schema.js';
import { type ClockSettings, startRunningClocks } from '../case-clocks.js';
import type { CaseRecord } from '../case-record.js';
import type { ClockRequest } from '../clock-request.js';

/** The valid recommendation form that opens a case, as the inbound message brought it. */
export interface OpeningForm {
  readonly recommendation: JasRecommendation;
  readonly version: string;
  readonly flags: readonly string[];
}

/**
 * Step 1: the case a valid recommendation form opens for its client, the event that records it,
 * and the clocks the new case starts (a GAR case's deadline reminder).
 */
export function decideOpenCase(
  caseId: string,
  form: OpeningForm,
  opened: { readonly messageKey: string; readonly at: string },
  settings: ClockSettings,
): {
  readonly caseRecord: CaseRecord;
  readonly event: { readonly type: string; readonly summary: string };
  readonly clocks: readonly ClockRequest[];
} {
  const caseRecord: CaseRecord = {
    caseId,
    state: 'received',
    recommendation: form.recommendation,
    flags: [...form.flags],
    createdBy: opened.messageKey,
    createdAt: opened.at,
    updatedAt: opened.at,
    version: 1,
  };
  const late = form.flags.includes('late') ? ' (late: more than 8 months after arrival)' : '';
  return {
    caseRecord,
    event: {
      type: 'recommendation_received',
      summary: `JAS In-Canada Recommendation Form ${form.version} received${late}`,
    },
    clocks: startRunningClocks(caseRecord, new Set(), settings),
  };
}
