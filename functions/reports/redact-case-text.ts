import type { CaseRecord } from '../domain/case-record.js';
import { personalDataScrubber } from '../domain/deidentify/scrub-personal-data.js';
import type { RedactCaseText } from '../domain/reports/tracking-row.js';

/**
 * The reports' redaction: the case's own personal data (the client's and the submitter's names,
 * UCI, birth date, contacts) and any contact detail are removed; the sponsor's own name stays, and
 * other capitalized words are not taken for names (a program or a group is named by them).
 */
export const redactCaseText: RedactCaseText = (caseRecord: CaseRecord, text: string) => {
  const withoutSponsor: CaseRecord = {
    ...caseRecord,
    sponsor: undefined,
    recommendation: { ...caseRecord.recommendation, sponsor: { identified: false } },
  };
  return personalDataScrubber(withoutSponsor)(text).en;
};
