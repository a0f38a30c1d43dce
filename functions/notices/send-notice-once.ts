import type { CaseRepository } from '../domain/ports.js';
import type { Mailer, OutgoingNotice } from './mailer.js';

/**
 * Sends a notice unless it was sent before under the same key. S3 events arrive at least once and
 * failed invocations are retried: the claim makes each notice go out once, and a failed send gives
 * the claim back so the retry sends it.
 */
export async function sendNoticeOnce(
  cases: CaseRepository,
  mailer: Mailer,
  noticeKey: string,
  notice: OutgoingNotice,
): Promise<boolean> {
  if (!(await cases.claimNotice(noticeKey))) return false;
  try {
    await mailer.send(notice);
    return true;
  } catch (error) {
    await cases.releaseNotice(noticeKey);
    throw error;
  }
}
