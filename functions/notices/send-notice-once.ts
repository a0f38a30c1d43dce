import type { CaseRepository } from '../domain/ports.js';
import type { Mailer, OutgoingNotice } from './mailer.js';

/**
 * Sends a notice unless it was sent before under the same key. S3 events arrive at least once and
 * failed invocations are retried: the claim makes each notice go out once, and a failed send gives
 * the claim back so the retry sends it. Returns the Message-ID the mail went out with, or
 * undefined when it had been sent before.
 */
export async function sendNoticeOnce(
  cases: CaseRepository,
  mailer: Mailer,
  noticeKey: string,
  notice: OutgoingNotice,
): Promise<{ messageId: string } | undefined> {
  if (!(await cases.claimNotice(noticeKey))) return undefined;
  try {
    return await mailer.send(notice);
  } catch (error) {
    await cases.releaseNotice(noticeKey);
    throw error;
  }
}
