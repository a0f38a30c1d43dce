import type { SponsoredRefugee, SponsorGroup } from '../sponsor-group-fields.js';

/** What the group will do in one area of settlement, and who does it. */
export interface SettlementArrangement {
  arrangements: string;
  responsible: string;
}

/** The typed content of a valid Settlement Plan (IMM 5494); paths mirror the PDF field names. */
export interface Imm5494SettlementPlan {
  group: SponsorGroup;
  refugee: SponsoredRefugee;
  plan: Record<
    'reception' | 'housing' | 'orientation' | 'languageTraining' | 'healthCare' | 'employment',
    SettlementArrangement
  >;
  signedBy: string;
  /** YYYY-MM-DD */
  signedOn: string;
}
