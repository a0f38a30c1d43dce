import type { InboundMessage } from '../../mime/inbound-message.js';
import type { MessageOutcome } from '../case-record.js';
import type { PipelineDependencies } from '../pipeline-dependencies.js';
import type { SenderCheck } from '../ses-verdicts.js';
import { decideReportRequest } from '../workflow/decide-report-request.js';
import type { InboundEmailRef } from './inbound-email-ref.js';
import { triageMessage } from './triage-message.js';

/**
 * `REPORT` (or `RAPPORT`) by email: from ROC-O or IN, verified, the request goes to the report
 * function, which mails the spreadsheet and the indicators back to the sender; from anyone else it
 * changes nothing, the sender gets nothing, and the message goes to a person with the reason.
 */
export async function requestReports(
  ref: InboundEmailRef,
  original: { readonly raw: Uint8Array; readonly message: InboundMessage; readonly sender: SenderCheck },
  deps: PipelineDependencies,
): Promise<MessageOutcome> {
  const decision = decideReportRequest(original.sender, deps.directory);
  if (!decision.granted)
    return triageMessage(ref, deps, { code: `REPORT_${decision.code}`, reason: decision.reason }, original);
  await deps.reports.request({
    kind: 'on-request',
    to: decision.to,
    ...(original.message.messageId && { inReplyTo: original.message.messageId }),
  });
  return deps.cases.recordMessageOutcome({
    messageKey: ref.messageKey,
    outcome: 'routed',
    caseIds: [],
    reasonCode: 'REPORTS_REQUESTED',
    reason:
      'ROC-O or IN asked for the reports: the report function mails the spreadsheet and the indicators to the sender.',
    formsFound: [],
    problems: [],
    noticesSent: [],
    at: deps.wallClock.now().toISOString(),
  });
}
