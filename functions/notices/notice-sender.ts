import { randomUUID } from 'node:crypto';
import type { CaseRecord } from '../domain/case-record.js';
import type { Directory } from '../domain/directory.js';
import type { KeyedNotice, NoticeEffect, SentNotice } from '../domain/notice-effect.js';
import type { CaseRepository, CaseWrite, MailStore, NoticeSender } from '../domain/ports.js';
import type { Mailer, OutgoingNotice } from './mailer.js';
import { noticeFiles, type OriginalLimits } from './notice-attachments.js';
import {
  CASE_NOTICES,
  type CatalogueContext,
  type CatalogueEntry,
  caseCatalogueContext,
  MESSAGE_NOTICES,
} from './notice-catalogue.js';
import { noticeContextFor } from './notice-context.js';
import { renderNotice } from './render-notice.js';
import { safeFileName } from './safe-file-name.js';
import { giveBackLeases, type NoticeSentNow, sendNoticesOnce } from './send-notice-once.js';

/** What sending notices needs: the claims (case table), the mailer, the case file, the directory. */
export interface NoticeSenderPorts {
  readonly cases: CaseRepository;
  readonly mailer: Mailer;
  readonly mailStore: MailStore;
  readonly directory: Directory;
  /** The pipeline's own address: replies and reply links go to it. */
  readonly replyAddress: string;
  /** How long an attempt holds a notice it is sending (see `sendNoticesOnce`). */
  readonly noticeLeaseMs: number;
  /** Originals larger than this are linked, not attached; the link works this many hours. */
  readonly originals: OriginalLimits;
}

/** A notice written and addressed, ready to send once under its key. */
interface WrittenNotice {
  readonly key: string;
  readonly leaseId?: string;
  readonly purpose: NoticeEffect['notice'];
  readonly recipients: readonly string[];
  readonly outgoing: OutgoingNotice;
  /** The case a reply to it joins, by the Message-ID SES gives it. */
  readonly caseId?: string;
}

/**
 * The domain's `NoticeSender`: each effect is looked up in the notice catalogue and written in both
 * languages; then the notices go out together, each once under its key, and `SentNotice`s come
 * back in the order the decision gave.
 */
export function createNoticeSender(ports: NoticeSenderPorts): NoticeSender {
  const files = noticeFiles(ports);

  function aboutCase(
    caseRecord: CaseRecord,
    notices: readonly KeyedNotice<NoticeEffect>[],
    original: CatalogueContext['original'],
  ): Promise<WrittenNotice[]> {
    const shared = { directory: ports.directory, files, original };
    const context = caseCatalogueContext(caseRecord, noticeContextFor(caseRecord, ports.replyAddress), shared);
    return writeEach(notices, context, (effect) => CASE_NOTICES[effect.notice as keyof typeof CASE_NOTICES], {
      caseId: caseRecord.caseId,
    });
  }

  function aboutMessage(
    notices: readonly KeyedNotice<NoticeEffect>[],
    original: CatalogueContext['original'],
  ): Promise<WrittenNotice[]> {
    const context: CatalogueContext = { directory: ports.directory, files, original };
    return writeEach(notices, context, (effect) => MESSAGE_NOTICES[effect.notice as keyof typeof MESSAGE_NOTICES]);
  }

  /** Sends what is written; a notice leased with its change that fails to be written gives its lease back. */
  async function send(
    writing: () => Promise<WrittenNotice[]>,
    leased: readonly KeyedNotice<NoticeEffect>[],
    record?: (sent: readonly SentNotice[]) => (records: readonly CaseWrite[]) => Promise<void>,
  ): Promise<SentNotice[]> {
    let written: WrittenNotice[];
    try {
      written = await writing();
    } catch (error) {
      await giveBackLeases(ports.cases, leasesOf(leased));
      throw error;
    }
    // A notice with nobody to send it to is not sent: nothing claims it, so a lease its change wrote may stay.
    const sent = written.flatMap(({ purpose, recipients }) => recipients.map((to) => ({ purpose, to })));
    await sendNoticesOnce(
      ports.cases,
      ports.mailer,
      written.map(({ key, leaseId, outgoing }) => ({ key, ...(leaseId && { leaseId }), notice: outgoing })),
      {
        leaseMs: ports.noticeLeaseMs,
        // A reply to any notice about a case finds the case by the Message-ID SES gave the notice.
        alsoRecord: (sentNow) => threadLinks(written, sentNow),
        ...(record && { record: record(sent) }),
      },
    );
    return sent;
  }

  return {
    lease(notices) {
      const leased = notices.map((notice) => ({ ...notice, leaseId: randomUUID() }));
      return {
        notices: leased,
        writes: leased.map(({ key, leaseId }) => ({
          write: 'lease-notice' as const,
          noticeKey: key,
          leaseId,
          leaseMs: ports.noticeLeaseMs,
        })),
      };
    },
    giveBack: (notices) => giveBackLeases(ports.cases, leasesOf(notices)),
    sendAboutCase: (caseRecord, notices, original) => send(() => aboutCase(caseRecord, notices, original), notices),
    sendAboutMessage: (notices, original) => send(() => aboutMessage(notices, original), notices),
    async settleMessage(settlement) {
      const { aboutCases = [], aboutMessage: messageNotices = [], original } = settlement;
      const leased = [...aboutCases.flatMap(({ notices }) => notices), ...messageNotices];
      let recorded: ReturnType<typeof settlement.outcome> | undefined;
      await send(
        async () => [
          ...(
            await Promise.all(aboutCases.map(({ caseRecord, notices }) => aboutCase(caseRecord, notices, original)))
          ).flat(),
          ...(await aboutMessage(messageNotices, original)),
        ],
        leased,
        (sent) => async (records) => {
          recorded = await ports.cases.recordMessageOutcome(settlement.outcome(sent), [
            ...records,
            ...(settlement.alsoWrite ?? []),
          ]);
        },
      );
      return recorded!;
    },
  };

  async function writeEach<Context extends CatalogueContext>(
    notices: readonly KeyedNotice<NoticeEffect>[],
    context: Context,
    // Each effect finds its own row; the catalogue's types tie the row to the effect's shape.
    entryOf: (effect: NoticeEffect) => unknown,
    about: { readonly caseId?: string } = {},
  ): Promise<WrittenNotice[]> {
    const written: WrittenNotice[] = [];
    for (const { key, effect, leaseId } of notices) {
      const entry = entryOf(effect) as CatalogueEntry<NoticeEffect, Context>;
      const recipients = [
        ...new Set(
          entry
            .to(effect, context)
            .filter((address): address is string => Boolean(address))
            .map((address) => address.toLowerCase()),
        ),
      ];
      if (recipients.length === 0) continue;
      const inReplyTo = entry.repliesToOriginal ? context.original?.message?.messageId : undefined;
      // A notice about a stored message (triage, urgent protection) carries it, or links it when SES could not send it.
      const raw = context.original?.raw;
      const messageKey = 'messageKey' in effect ? effect.messageKey : undefined;
      const withOriginal =
        raw && messageKey ? { ...context, carriage: await context.files.original(raw, messageKey) } : context;
      written.push({
        key,
        ...(leaseId && { leaseId }),
        purpose: effect.notice,
        recipients,
        ...(about.caseId && { caseId: about.caseId }),
        outgoing: {
          to: recipients,
          ...(inReplyTo && { inReplyTo }),
          ...renderNotice(await entry.content(effect, withOriginal)),
          // Names come from senders: made safe before they reach an office's mail client.
          attachments: ((await entry.attachments?.(effect, withOriginal)) ?? []).map((attachment) => ({
            ...attachment,
            fileName: safeFileName(attachment.fileName),
          })),
        },
      });
    }
    return written;
  }
}

function leasesOf(notices: readonly KeyedNotice<NoticeEffect>[]): { key: string; leaseId: string }[] {
  return notices.flatMap(({ key, leaseId }) => (leaseId ? [{ key, leaseId }] : []));
}

/** Each notice about a case sent now, linked to its case by the Message-ID SES gave it. */
function threadLinks(written: readonly WrittenNotice[], sentNow: readonly NoticeSentNow[]): CaseWrite[] {
  return sentNow.flatMap(({ key, messageId }) => {
    const caseId = written.find((notice) => notice.key === key)?.caseId;
    return caseId ? [{ write: 'link-message-id' as const, caseId, messageId }] : [];
  });
}
