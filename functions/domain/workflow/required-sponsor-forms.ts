import type { CaseRecord, SponsorFormId } from '../case-record.js';

/**
 * The undertaking ROC-O approves (OB 646 step 6): IMM 1324 and IMM 5492, and IMM 5494 "if
 * required". Every in-Canada conversion is a high-needs case, which is what the settlement plan
 * answers, so it is required until ROC-O waives it (WAIVE SETTLEMENT PLAN).
 */
export function requiredSponsorForms(caseRecord: Pick<CaseRecord, 'settlementPlanRequired'>): SponsorFormId[] {
  return caseRecord.settlementPlanRequired === false ? ['imm1324', 'imm5492'] : ['imm1324', 'imm5492', 'imm5494'];
}

/** The number IRCC gives a sponsor's form, as people write it: `imm5494` → `IMM 5494`. */
export function sponsorFormNumber(formId: SponsorFormId): string {
  return `IMM ${formId.slice(3)}`;
}
