import { createHash } from 'node:crypto';
import type { InboundMessage } from '../../mime/inbound-message.js';
import type { MessageOutcome } from '../case-record.js';
import type { PipelineDependencies } from '../pipeline-dependencies.js';
import type { SenderCheck } from '../ses-verdicts.js';
import { decideReportRequest } from '../workflow/decide-report-request.js';
import type { InboundEmailRef } from './inbound-email-ref.js';
import { triageMessage } from './triage-message.js';

/**
 * `REPORT` (or `RAPPORT`) by email: from ROC-O or IN, verified, the request goes to the report
 * function, which mails the spreadsheet and the indicators back to the sender, once per request
 * message; dated more than 7 days before it arrived, it is refused as emailed actions are and the
 * sender told why; from anyone else it changes nothing, the sender gets nothing, and the message
 * goes to a person with the reason.
 */
export async function requestReports(
  ref: InboundEmailRef,
  original: { readonly raw: Uint8Array; readonly message: InboundMessage; readonly sender: SenderCheck },
  deps: PipelineDependencies,
): Promise<MessageOutcome> {
  const { message } = original;
  const decision = decideReportRequest(original.sender, deps.directory, {
    ...(message.date && { writtenAt: message.date }),
    receivedAt: ref.receivedAt,
  });
  const recorded = {
    messageKey: ref.messageKey,
    caseIds: [],
    formsFound: [],
    problems: [],
  };
  if (!decision.granted && decision.code === 'STALE_ACTION') {
    const noticesSent = await deps.notices.sendAboutMessage(
      [
        {
          key: `${ref.messageKey}#report-refused`,
          effect: { notice: 'report-refused', sender: decision.to, reason: decision.reason },
        },
      ],
      original,
    );
    return deps.cases.recordMessageOutcome({
      ...recorded,
      outcome: 'rejected',
      reasonCode: decision.code,
      reason: decision.reason.en,
      noticesSent,
      at: deps.wallClock.now().toISOString(),
    });
  }
  if (!decision.granted)
    return triageMessage(ref, deps, { code: `REPORT_${decision.code}`, reason: decision.reason }, original);
  await deps.reports.request({
    kind: 'on-request',
    to: decision.to,
    ...(message.messageId && { inReplyTo: message.messageId }),
    answerKey: answerKeyOf(ref, message),
  });
  return deps.cases.recordMessageOutcome({
    ...recorded,
    outcome: 'routed',
    reasonCode: 'REPORTS_REQUESTED',
    reason:
      'ROC-O or IN asked for the reports: the report function mails the spreadsheet and the indicators to the sender, once for this request (a copy of it, stored again or retried, gets nothing more).',
    noticesSent: [],
    at: deps.wallClock.now().toISOString(),
  });
}

/**
 * What the answer is sent once under: the request's Message-ID, which a copy stored again keeps,
 * or its stored key when it has none; hashed, so no address or id of the sender's is in a key.
 */
function answerKeyOf(ref: InboundEmailRef, message: InboundMessage): string {
  const request = message.messageId ? `message-id:${message.messageId.trim()}` : ref.messageKey;
  return `report#${createHash('sha256').update(request).digest('hex')}`;
}
