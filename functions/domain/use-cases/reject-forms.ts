import type { BilingualText } from '../../../kernel/bilingual-text.js';
import type { InboundMessage, InboundPdf } from '../../mime/inbound-message.js';
import type { MessageOutcome } from '../case-record.js';
import type { KeyedNotice, MessageNoticeEffect, OriginalMessage, SentNotice } from '../notice-effect.js';
import type { PipelineDependencies } from '../pipeline-dependencies.js';
import type { SenderCheck } from '../ses-verdicts.js';
import type { InboundEmailRef } from './inbound-email-ref.js';
import { triageMessage } from './triage-message.js';

export interface RejectedPdf {
  readonly pdf: InboundPdf;
  readonly formId?: string;
  readonly problems: readonly {
    /** Empty, with no label, when the problem is the whole document. */
    readonly field: string;
    readonly label?: BilingualText;
    readonly code: string;
    readonly message: BilingualText;
  }[];
}

/** Tells the (verified) sender, in one bilingual notice, every problem in every PDF that was not accepted. */
export async function rejectForms(
  ref: InboundEmailRef,
  original: OriginalMessage,
  sender: string,
  rejected: readonly RejectedPdf[],
  deps: PipelineDependencies,
): Promise<SentNotice[]> {
  return deps.notices.sendAboutMessage(rejectionNotices(ref, sender, rejected), original);
}

/** The one notice that tells the sender every problem of the PDFs not accepted; none when all were. */
export function rejectionNotices(
  ref: InboundEmailRef,
  sender: string,
  rejected: readonly RejectedPdf[],
): KeyedNotice<MessageNoticeEffect>[] {
  if (rejected.length === 0) return [];
  return [
    {
      key: `${ref.messageKey}#rejection`,
      effect: {
        notice: 'rejection',
        sender,
        files: rejected.map(({ pdf, formId, problems }) => ({
          fileName: pdf.fileName,
          formId,
          problems: problems.map((problem) => ({ message: problem.message })),
        })),
      },
    },
  ];
}

/** The containers of a message that could not be opened, as rejected files with their one problem each. */
export function unopenedAsRejected(message: InboundMessage): RejectedPdf[] {
  return message.unopened.map((container) => ({
    pdf: { fileName: container.fileName, content: new Uint8Array() },
    problems: [{ field: '', code: container.code, message: container.explanation }],
  }));
}

/**
 * A message whose only attachments could not be opened (S/MIME encrypted, a zip with a password,
 * an Outlook item, a damaged winmail.dat): the sender is told why and what to send instead.
 */
export async function rejectUnopened(
  ref: InboundEmailRef,
  raw: Uint8Array,
  message: InboundMessage,
  sender: SenderCheck,
  deps: PipelineDependencies,
): Promise<MessageOutcome> {
  // A sender SES could not verify is not answered: the address may be forged.
  if (!sender.verified)
    return triageMessage(
      ref,
      deps,
      {
        code: sender.code,
        reason: {
          en: `Attachments that could not be opened, from a sender not verified: ${sender.reason.en}`,
          fr: `Des pièces jointes qui n’ont pas pu être ouvertes, d’un expéditeur non vérifié\u202f: ${sender.reason.fr}`,
        },
      },
      { raw, message },
    );
  const rejected = unopenedAsRejected(message);
  return deps.notices.settleMessage({
    aboutMessage: rejectionNotices(ref, sender.address, rejected),
    original: { raw, message },
    outcome: (noticesSent) => ({
      messageKey: ref.messageKey,
      outcome: 'rejected',
      caseIds: [],
      reasonCode: message.unopened[0]!.code,
      reason: `${rejected.length} attachment(s) could not be opened; the sender was told why and what to send instead.`,
      formsFound: [],
      problems: rejected.map(({ pdf, problems: [problem] }) => ({
        field: pdf.fileName,
        code: problem!.code,
        message: problem!.message.en,
      })),
      noticesSent,
      at: deps.wallClock.now().toISOString(),
    }),
  });
}
