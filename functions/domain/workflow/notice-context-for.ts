import { LOCAL_OFFICES } from '../../../forms/local-offices.js';
import type { NoticeContext } from '../../notices/notice-context.js';
import type { CaseRecord } from '../case-record.js';

/** What every notice about a case is written from. */
export function noticeContextFor(caseRecord: CaseRecord, replyAddress: string): NoticeContext {
  const code = caseRecord.recommendation.localOffice;
  const officeName = LOCAL_OFFICES.find((office) => office.code === code)?.name ?? { en: code, fr: code };
  return { case: caseRecord, officeName, replyAddress };
}
