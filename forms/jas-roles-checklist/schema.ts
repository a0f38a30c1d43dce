import type { JAS_RESPONSIBILITIES } from './fields.js';

/** Who carries a responsibility. */
export type Assignee = 'SPO' | 'SPONSOR' | 'SHARED';

/** The typed content of a valid JAS Roles and Responsibilities Checklist; paths mirror the PDF field names. */
export interface JasRolesChecklist {
  client: { uci: string; familyName: string; givenNames: string };
  spo: { organization: string; contactName: string; email: string; signatoryName: string; signedOn: string };
  sponsor: { groupName: string; contactName: string; email: string; signatoryName: string; signedOn: string };
  meeting: { date: string; mode: 'IN_PERSON' | 'PHONE' | 'VIDEO' };
  responsibilities: Record<(typeof JAS_RESPONSIBILITIES)[number]['id'], Assignee>;
  copies: { sponsor: true; spo: true; client: true };
}
