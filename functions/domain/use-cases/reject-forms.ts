import type { BilingualText } from '../../../kernel/bilingual-text.js';
import type { InboundPdf } from '../../mime/inbound-message.js';
import type { OriginalMessage, SentNotice } from '../notice-effect.js';
import type { PipelineDependencies } from '../pipeline-dependencies.js';
import type { InboundEmailRef } from './inbound-email-ref.js';

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
  original: OriginalMessage,
  rejected: readonly RejectedPdf[],
  deps: PipelineDependencies,
): Promise<SentNotice[]> {
  const sender = original.message?.from;
  // Without a sender address there is no one to tell; the outcome still records every problem.
  if (!sender) return [];
  return deps.notices.sendAboutMessage(
    [
      {
        key: `${ref.messageKey}#rejection`,
        effect: {
          notice: 'rejection',
          sender,
          files: rejected.map(({ pdf, formId, problems }) => ({
            fileName: pdf.fileName,
            formId,
            problems: problems.map((problem) => ({ label: problem.label, message: problem.message })),
          })),
        },
      },
    ],
    original,
  );
}
