import { setTimeout as sleep } from 'node:timers/promises';
import { NoticeHeldError, NoticeSendUncertainError } from '../domain/notice-not-sent-yet.js';
import type { CaseRepository, CaseWrite } from '../domain/ports.js';
import type { Mailer, OutgoingNotice } from './mailer.js';

/** How often an attempt looks again at a notice another attempt is sending. */
const HELD_POLL_MS = 200;
/** How long an attempt waits for another one's send before it gives up, to be run again later. */
const DEFAULT_HELD_WAIT_MS = 10_000;

/** What sending once takes of the case file: the notices' claims, leases and records (the report function has no more). */
type NoticeRecords = Pick<CaseRepository, 'claimNotice' | 'releaseNotice' | 'writeTogether'>;

/** A notice to send once under its key. */
export interface NoticeToSend {
  readonly key: string;
  readonly notice: OutgoingNotice;
  /** The lease written with the change that causes it: this attempt holds it, and sends without claiming. */
  readonly leaseId?: string;
}

/** A notice this attempt sent, and the Message-ID SES gave it. */
export interface NoticeSentNow {
  readonly key: string;
  readonly messageId: string;
}

export interface SendOnceOptions {
  readonly leaseMs: number;
  readonly heldWaitMs?: number;
  /** Written with the records of the notices sent now: the Message-IDs that thread replies to their case. */
  readonly alsoRecord?: (sent: readonly NoticeSentNow[]) => readonly CaseWrite[];
  /** Writes the records; a message's last notices write them with its outcome. Alone, by default. */
  readonly record?: (records: readonly CaseWrite[]) => Promise<void>;
}

/**
 * Sends notices unless an attempt sent them before under the same keys: S3 events arrive at least
 * once, failed invocations are retried, the sweeper runs a message again. Each notice is claimed
 * (pending, under a lease) before the send, unless its lease came with the change that caused it;
 * then they are sent at once, and recorded sent, all in one write, as soon as SES has answered.
 * An attempt that dies anywhere before that write leaves them pending, and the next attempt sends
 * them once their leases have run out. A send SES refused gives its lease back at once, after the
 * others are recorded; one SES may have taken (`NoticeSendUncertainError`) keeps it. While another
 * attempt holds a lease, this one waits for its outcome, up to `heldWaitMs`, then throws
 * `NoticeHeldError`, which leaves the message for a later attempt (see `leftForLater`). Once this
 * returns, every notice went out; each one's Message-ID (which replies name) comes back when SES
 * gave one, now or to an earlier attempt.
 */
export async function sendNoticesOnce(
  cases: NoticeRecords,
  mailer: Mailer,
  notices: readonly NoticeToSend[],
  options: SendOnceOptions,
): Promise<{ readonly messageId?: string }[]> {
  const results: { messageId?: string }[] = notices.map(() => ({}));
  // The leases this attempt holds: those written with the change that caused the notices, then those it claims.
  const leased = notices.flatMap(({ leaseId }, index) => (leaseId ? [{ index, leaseId }] : []));
  try {
    for (const [index, { key, leaseId }] of notices.entries()) {
      if (leaseId) continue;
      const claim = await claimForSending(cases, key, options);
      if ('leaseId' in claim) leased.push({ index, leaseId: claim.leaseId });
      else results[index] = claim;
    }
  } catch (error) {
    await giveBackLeases(
      cases,
      leased.map(({ index, leaseId }) => ({ key: notices[index]!.key, leaseId })),
    );
    throw error;
  }
  // THE DUPLICATE WINDOW opens here: from the requests to SES (which may accept a notice before its
  // answer arrives, and the SDK's own retries send it again) until the write below records them
  // sent, or, for a send that got no sure answer (NoticeSendUncertainError: a timeout, a connection
  // cut, a 500, a failure after retries), until its lease runs out. An attempt that dies inside it,
  // or gets no sure answer, leaves the notice pending under its lease; the next one sends it again
  // once the lease has run out. No store can close it: SESv2 takes no idempotency key. The notices
  // go out together, so the window is one send long, and their records land in one write. The
  // crash proof kills the process inside it and counts what comes of it.
  const sends = await Promise.allSettled(leased.map(({ index }) => mailer.send(notices[index]!.notice)));
  const sentNow: (NoticeSentNow & { leaseId: string })[] = [];
  const failed: { key: string; leaseId: string; reason: unknown }[] = [];
  for (const [position, send] of sends.entries()) {
    const { index, leaseId } = leased[position]!;
    const key = notices[index]!.key;
    if (send.status === 'fulfilled') {
      results[index] = { messageId: send.value.messageId };
      sentNow.push({ key, leaseId, messageId: send.value.messageId });
    } else failed.push({ key, leaseId, reason: send.reason });
  }
  const records: CaseWrite[] = [
    ...sentNow.map(({ key, leaseId, messageId }) => ({
      write: 'mark-notice-sent' as const,
      noticeKey: key,
      leaseId,
      messageId,
    })),
    ...(options.alsoRecord?.(sentNow) ?? []),
  ];
  // ...and closes once this write lands.
  if (failed.length > 0) {
    await writeRecords(cases, records);
    // SES answered that it sent nothing: the next attempt may send at once. Otherwise the lease stands.
    await giveBackLeases(
      cases,
      failed.filter(({ reason }) => !(reason instanceof NoticeSendUncertainError)),
    );
    throw failed[0]!.reason;
  }
  if (options.record) {
    try {
      await options.record(records);
    } catch (error) {
      // What was to come with the records failed: the records alone still land, or the notices would go out again.
      await writeRecords(cases, records);
      throw error;
    }
  } else await writeRecords(cases, records);
  return results;
}

/** Ends this attempt's leases after a failure, so the next attempt need not wait them out. */
export async function giveBackLeases(
  cases: Pick<CaseRepository, 'releaseNotice'>,
  leases: readonly { readonly key: string; readonly leaseId: string }[],
): Promise<void> {
  await Promise.all(leases.map(({ key, leaseId }) => cases.releaseNotice(key, leaseId).catch(() => undefined)));
}

async function writeRecords(cases: NoticeRecords, records: readonly CaseWrite[]): Promise<void> {
  if (records.length > 0) await cases.writeTogether(records);
}

/** Claims one notice, waiting while another attempt holds it: its lease, or where it stands once sent. */
async function claimForSending(
  cases: NoticeRecords,
  key: string,
  options: SendOnceOptions,
): Promise<{ readonly leaseId: string } | { readonly messageId?: string }> {
  const waitUntil = Date.now() + (options.heldWaitMs ?? DEFAULT_HELD_WAIT_MS);
  for (;;) {
    const claim = await cases.claimNotice(key, options.leaseMs);
    if (claim.status === 'claimed') return { leaseId: claim.leaseId };
    if (claim.status === 'sent') return claim.messageId ? { messageId: claim.messageId } : {};
    if (Date.now() >= waitUntil) throw new NoticeHeldError(claim.leaseEndsAt);
    await sleep(Math.max(1, Math.min(HELD_POLL_MS, claim.leaseEndsAt.getTime() - Date.now())));
  }
}
