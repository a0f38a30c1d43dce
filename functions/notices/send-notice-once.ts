import { setTimeout as sleep } from 'node:timers/promises';
import type { CaseRepository } from '../domain/ports.js';
import type { Mailer, OutgoingNotice } from './mailer.js';

/** How often an attempt looks again at a notice another attempt is sending. */
const HELD_POLL_MS = 200;
/** How long an attempt waits for another one's send before it gives up, to be run again later. */
const DEFAULT_HELD_WAIT_MS = 10_000;

/** Another attempt holds the notice's lease and neither sent it nor let the lease run out in time. */
export class NoticeHeldError extends Error {
  override readonly name = 'NoticeHeldError';
  constructor(readonly leaseEndsAt: Date) {
    super(`Another attempt is sending this notice; its lease ends at ${leaseEndsAt.toISOString()}`);
  }
}

/**
 * Sends a notice unless any attempt sent it before under the same key: S3 events arrive at least
 * once, failed invocations are retried, the sweeper runs a message again. The notice is claimed
 * (pending, under a lease) before the send and recorded sent after it, so an attempt that dies
 * anywhere before the record leaves it pending, and the next attempt sends it once the lease has
 * run out; a failed send gives the lease back at once. While another attempt holds the lease,
 * this one waits for its outcome, up to `heldWaitMs`. Once this returns, the notice went out;
 * its Message-ID (which replies name) comes back when SES gave one, now or to an earlier attempt.
 */
export async function sendNoticeOnce(
  cases: Pick<CaseRepository, 'claimNotice' | 'markNoticeSent' | 'releaseNotice'>,
  mailer: Mailer,
  noticeKey: string,
  notice: OutgoingNotice,
  timing: { readonly leaseMs: number; readonly heldWaitMs?: number },
): Promise<{ readonly messageId?: string }> {
  const waitUntil = Date.now() + (timing.heldWaitMs ?? DEFAULT_HELD_WAIT_MS);
  for (;;) {
    const claim = await cases.claimNotice(noticeKey, timing.leaseMs);
    if (claim.status === 'sent') return claim.messageId ? { messageId: claim.messageId } : {};
    if (claim.status === 'held') {
      if (Date.now() >= waitUntil) throw new NoticeHeldError(claim.leaseEndsAt);
      await sleep(Math.max(1, Math.min(HELD_POLL_MS, claim.leaseEndsAt.getTime() - Date.now())));
      continue;
    }
    // THE DUPLICATE WINDOW opens here: from the request to SES (which may accept the notice before
    // its answer arrives) until the record below is written. An attempt that dies inside it leaves
    // the notice pending; the next one sends it again once the lease has run out. No store can
    // close it: SESv2 takes no idempotency key. The crash proof kills the process inside it and
    // counts what comes of it.
    let sent: { messageId: string };
    try {
      sent = await mailer.send(notice);
    } catch (error) {
      await cases.releaseNotice(noticeKey, claim.leaseId).catch(() => undefined);
      throw error;
    }
    // ...and closes once this record is written.
    await cases.markNoticeSent(noticeKey, claim.leaseId, sent.messageId);
    return sent;
  }
}
