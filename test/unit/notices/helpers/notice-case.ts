import { JAS_RECOMMENDATION_FORM } from '../../../../forms/jas-recommendation/form.js';
import { sampleJasRecommendation } from '../../../../forms/jas-recommendation/sample.js';
import type { JasRecommendation } from '../../../../forms/jas-recommendation/schema.js';
import { validateForm } from '../../../../forms/validate-form.js';
import type { CaseRecord } from '../../../../functions/domain/case-record.js';
import type { NoticeContext } from '../../../../functions/notices/notice-context.js';

/** The date every notice test pretends the form arrived. */
export const RECEIVED_ON = '2026-11-23';
export const CASE_ID = 'JAS-2026-7K3Q9M';
export const REPLY_ADDRESS = 'JAS Intake <jas@intake.example>';

/** The recommendation the sample form gives once validated, with some form values replaced. */
export function sampleRecommendation(overrides: Record<string, string | boolean> = {}): JasRecommendation {
  const validation = validateForm(
    JAS_RECOMMENDATION_FORM,
    { ...sampleJasRecommendation(RECEIVED_ON), ...overrides },
    { receivedOn: RECEIVED_ON },
  );
  if (!validation.ok)
    throw new Error(`Invalid sample: ${validation.problems.map((problem) => problem.field).join(', ')}`);
  return validation.data;
}

/** A case as the pipeline keeps it, from the validated sample form. */
export function sampleCase(
  overrides: Partial<CaseRecord> = {},
  formOverrides: Record<string, string | boolean> = {},
): CaseRecord {
  return {
    caseId: CASE_ID,
    state: 'local_review',
    recommendation: sampleRecommendation(formOverrides),
    flags: [],
    createdBy: 'raw/sample-message',
    createdAt: '2026-11-23T14:00:00.000Z',
    updatedAt: '2026-11-23T14:00:00.000Z',
    version: 1,
    ...overrides,
  };
}

/** The context every case notice is written from. */
export function sampleContext(caseRecord: CaseRecord = sampleCase()): NoticeContext {
  return { case: caseRecord, officeName: { en: 'Toronto', fr: 'Toronto' }, replyAddress: REPLY_ADDRESS };
}
