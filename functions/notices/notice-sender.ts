import type { Directory } from '../domain/directory.js';
import type { KeyedNotice, NoticeEffect, SentNotice } from '../domain/notice-effect.js';
import type { CaseRepository, MailStore, NoticeSender } from '../domain/ports.js';
import type { Mailer } from './mailer.js';
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
import { sendNoticeOnce } from './send-notice-once.js';

/** What sending notices needs: the claims (case table), the mailer, the case file, the directory. */
export interface NoticeSenderPorts {
  readonly cases: CaseRepository;
  readonly mailer: Mailer;
  readonly mailStore: MailStore;
  readonly directory: Directory;
  /** The pipeline's own address: replies and reply links go to it. */
  readonly replyAddress: string;
  /** How long an attempt holds a notice it is sending (see `sendNoticeOnce`). */
  readonly noticeLeaseMs: number;
  /** Originals larger than this are linked, not attached; the link works this many hours. */
  readonly originals: OriginalLimits;
}

/**
 * The domain's `NoticeSender`: each effect is looked up in the notice catalogue, written in both
 * languages and sent once under its key, one after the other, in the order the decision gave.
 */
export function createNoticeSender(ports: NoticeSenderPorts): NoticeSender {
  const files = noticeFiles(ports);
  return {
    sendAboutCase(caseRecord, notices, original) {
      const shared = { directory: ports.directory, files, original };
      const context = caseCatalogueContext(caseRecord, noticeContextFor(caseRecord, ports.replyAddress), shared);
      // A reply to any notice about the case finds the case by the Message-ID SES gave the notice.
      const linkToCase = (messageId: string) => ports.cases.linkMessageIds(caseRecord.caseId, [messageId]);
      return sendEach(ports, notices, context, (effect) => CASE_NOTICES[effect.notice], linkToCase);
    },
    sendAboutMessage(notices, original) {
      const context: CatalogueContext = { directory: ports.directory, files, original };
      return sendEach(ports, notices, context, (effect) => MESSAGE_NOTICES[effect.notice]);
    },
  };
}

async function sendEach<Effect extends NoticeEffect, Context extends CatalogueContext>(
  ports: NoticeSenderPorts,
  notices: readonly KeyedNotice<Effect>[],
  context: Context,
  // Each effect finds its own row; the catalogue's types tie the row to the effect's shape.
  entryOf: (effect: Effect) => unknown,
  onSent: (messageId: string) => Promise<void> = async () => undefined,
): Promise<SentNotice[]> {
  const sent: SentNotice[] = [];
  for (const { key, effect } of notices) {
    const entry = entryOf(effect) as CatalogueEntry<Effect, Context>;
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
    const about = 'messageKey' in effect ? effect.messageKey : undefined;
    const written = raw && about ? { ...context, carriage: await context.files.original(raw, about) } : context;
    const outgoing = {
      to: recipients,
      ...(inReplyTo && { inReplyTo }),
      ...renderNotice(entry.content(effect, written)),
      // Names come from senders: made safe before they reach an office's mail client.
      attachments: ((await entry.attachments?.(effect, written)) ?? []).map((attachment) => ({
        ...attachment,
        fileName: safeFileName(attachment.fileName),
      })),
    };
    // Sent now or by an earlier attempt of the same message: either way the outcome names it.
    const mail = await sendNoticeOnce(ports.cases, ports.mailer, key, outgoing, { leaseMs: ports.noticeLeaseMs });
    if (mail.messageId) await onSent(mail.messageId);
    for (const to of recipients) sent.push({ purpose: effect.notice, to });
  }
  return sent;
}
