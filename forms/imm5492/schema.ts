import type { SponsoredRefugee, SponsorGroup } from '../sponsor-group-fields.js';

/** The typed content of a valid Sponsor Assessment (IMM 5492); paths mirror the PDF field names. */
export interface Imm5492SponsorAssessment {
  group: SponsorGroup;
  refugee: SponsoredRefugee;
  /** The rows of the members table that were filled in. */
  members: { name: string; role: string; email?: string }[];
  finances: { requiredFunds: number; availableFunds: number; inKindValue?: number; sourceOfFunds: string };
  other: { currentSponsorships: number; details?: string };
  settlementFunds: { amount: number; heldBy: string };
}
