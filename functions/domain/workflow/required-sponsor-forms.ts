import type { SponsorFormId } from '../case-record.js';

/**
 * The undertaking ROC-O approves (OB 646 step 6): IMM 1324 and IMM 5492, and IMM 5494 "if
 * required". Every in-Canada conversion is a high-needs case, which is what the settlement plan
 * answers, so the pipeline asks every JAS sponsor for it; a ROC-O that waives it approves anyway.
 */
export const REQUIRED_SPONSOR_FORMS: readonly SponsorFormId[] = ['imm1324', 'imm5492', 'imm5494'];
