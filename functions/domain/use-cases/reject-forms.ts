import { listForms } from '../../../forms/registry.js';
import type { BilingualText } from '../../../kernel/bilingual-text.js';
import type { InboundMessage, InboundPdf } from '../../mime/inbound-message.js';
import { renderNotice } from '../../notices/render-notice.js';
import { rejection } from '../../notices/templates/rejection.js';
import type { PipelineDependencies } from '../pipeline-dependencies.js';
import type { InboundEmailRef } from './inbound-email-ref.js';
import { sendNoticeOnce } from './send-notice-once.js';

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

/** Tells the sender, in one bilingual notice, every problem in every PDF that was not accepted. */
export async function rejectForms(
  ref: InboundEmailRef,
  message: InboundMessage,
  rejected: readonly RejectedPdf[],
  deps: PipelineDependencies,
): Promise<{ purpose: string; to: string } | undefined> {
  // Without a sender address there is no one to tell; the outcome still records every problem.
  if (!message.from) return undefined;
  const notice = renderNotice(
    rejection(
      rejected.map(({ pdf, formId, problems }) => ({
        fileName: pdf.fileName,
        formTitle: listForms().find((form) => form.id === formId)?.title,
        problems: problems.map((problem) => ({ label: problem.label, message: problem.message })),
      })),
    ),
  );
  const sent = await sendNoticeOnce(deps.cases, deps.mailer, `${ref.messageKey}#rejection`, {
    to: [message.from],
    inReplyTo: message.messageId,
    ...notice,
  });
  return sent ? { purpose: 'rejection', to: message.from } : undefined;
}
