import type { CaseEvent, CaseRecord, MessageOutcome } from '../case-record.js';
import type { CaseRepository } from '../ports.js';

/** A case as the reports read it: the record and its audit trail, oldest event first. */
export interface CaseHistory {
  readonly caseRecord: CaseRecord;
  readonly events: readonly CaseEvent[];
}

/** What the reports may read from the case file: nothing that writes. */
export type CaseReportSource = Pick<CaseRepository, 'listCases' | 'listEvents' | 'listMessageOutcomesBetween'>;

/** Audit trails read at once: enough to overlap the round trips, few enough not to throttle the table. */
const PARALLEL_READS = 8;

/**
 * Every case with its audit trail: one query for the cases, then one per case for its events, so
 * the reads grow with the cases reported, never with the rest of the table (messages, notices).
 */
export async function readCaseHistories(source: CaseReportSource): Promise<CaseHistory[]> {
  const cases = await source.listCases();
  const histories: CaseHistory[] = new Array(cases.length);
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < cases.length; index = next++) {
      const caseRecord = cases[index]!;
      histories[index] = { caseRecord, events: await source.listEvents(caseRecord.caseId) };
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_READS, cases.length) }, worker));
  return histories.sort((a, b) => a.caseRecord.createdAt.localeCompare(b.caseRecord.createdAt));
}

/** The messages recorded in an interval of instants (ISO 8601), for the indicators that count rejections. */
export function readMessageOutcomes(
  source: CaseReportSource,
  interval: { readonly fromAt: string; readonly toAt: string },
): Promise<MessageOutcome[]> {
  return source.listMessageOutcomesBetween(interval.fromAt, interval.toAt);
}
