import type { SponsoredRefugee, SponsorGroup } from '../sponsor-group-fields.js';

/** The typed content of a valid IMM 1324 undertaking for a JAS case; paths mirror the PDF field names. */
export interface Imm1324Undertaking {
  group: SponsorGroup;
  refugee: SponsoredRefugee & { familyMembers: number /** YYYY-MM-DD */; arrivalDate: string };
  /** JAS: from the arrival date, for 24 calendar months. */
  sponsorship: { startDate: string; endDate: string };
  commitments: { settlementSupport: true; twentyFourMonths: true; notifyIrcc: true; noRepayment: true };
  /** One or two members of the group who sign. */
  signatories: { name: string; signedOn: string }[];
  sah: { signatoryName: string; signedOn: string };
}
