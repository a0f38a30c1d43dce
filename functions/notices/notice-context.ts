import { LOCAL_OFFICES } from '../../forms/local-offices.js';
import type { BilingualText } from '../../kernel/bilingual-text.js';
import type { CaseRecord } from '../domain/case-record.js';

/** What every case notice is written from: the case, where it is handled, and where replies go. */
export interface NoticeContext {
  readonly case: CaseRecord;
  /** The case's local IRCC office, by name. */
  readonly officeName: BilingualText;
  /** The pipeline's address: replies and mailto: links go there. */
  readonly replyAddress: string;
}

/** What every notice about a case is written from. */
export function noticeContextFor(caseRecord: CaseRecord, replyAddress: string): NoticeContext {
  const code = caseRecord.recommendation.localOffice;
  const officeName = LOCAL_OFFICES.find((office) => office.code === code)?.name ?? { en: code, fr: code };
  return { case: caseRecord, officeName, replyAddress };
}
