import type { InboundMessage } from '../../mime/inbound-message.js';
import type { MessageOutcome } from '../case-record.js';
import { fingerprintWrites, threadLink } from '../message-writes.js';
import type { PipelineDependencies } from '../pipeline-dependencies.js';
import type { CaseWrite } from '../ports.js';
import { decideOpenCase } from '../workflow/open-case.js';
import { runClockRequests } from '../workflow/run-clock-requests.js';
import type { InboundEmailRef } from './inbound-email-ref.js';
import type { ValidForm } from './read-attached-forms.js';
import { recommendationNotices } from './record-recommendation.js';
import { type RejectedPdf, rejectionNotices } from './reject-forms.js';
import { caseDocumentOf } from './store-case-document.js';

/** DynamoDB's limit on the items of one transaction (see `CaseRepository.writeTogether`). */
const MAX_WRITES_TOGETHER = 100;

export interface NewCasesInput {
  readonly ref: InboundEmailRef;
  readonly raw: Uint8Array;
  readonly message: InboundMessage;
  /** The message's author, whose address SES verified and who may open a case with each form. */
  readonly sender: string;
  readonly fingerprints: readonly string[];
  /** The valid recommendation forms: every valid form of the message. */
  readonly forms: readonly Extract<ValidForm, { formId: 'jas-recommendation' }>[];
  /** The PDFs not accepted, told to the sender in the same message's notices. */
  readonly rejected: readonly RejectedPdf[];
  readonly formsFound: MessageOutcome['formsFound'];
}

/**
 * Step 1 as it mostly comes: a verified SPO's recommendations for clients without a case, opened
 * in one write. Each client is claimed for a new case, with the case, the message's fingerprints,
 * the form's entry in the case file, the event, and the leases of the form's two notices: all or
 * none. Then the forms are kept and the clocks start, and the notices go out, recorded sent with
 * the message's outcome. `undefined` when the write is refused (a client has a case, or this
 * message was here before): nothing was written, and the caller takes the path that reads each case.
 */
export async function openNewCases(
  input: NewCasesInput,
  deps: PipelineDependencies,
): Promise<MessageOutcome | undefined> {
  const { ref, message, sender } = input;
  const now = deps.wallClock.now().toISOString();
  const openings = input.forms.map((form) => {
    const caseId = deps.newCaseId(ref.receivedAt);
    const opening = decideOpenCase(
      caseId,
      { recommendation: form.data, version: form.version, flags: form.flags },
      { messageKey: ref.messageKey, at: now },
      deps,
    );
    const leased = deps.notices.lease(recommendationNotices({ ...input, form }, opening.caseRecord, false, deps));
    const document = caseDocumentOf(caseId, ref, form);
    const writes: CaseWrite[] = [
      { write: 'claim-client', uci: form.data.client.uci, caseId },
      { write: 'create-case', caseRecord: opening.caseRecord },
      ...fingerprintWrites(caseId, input.fingerprints, ref.messageKey),
      { write: 'add-document', document },
      {
        write: 'append-event',
        event: {
          caseId,
          eventId: `${ref.messageKey}#opened`,
          at: ref.receivedAt.toISOString(),
          ...opening.event,
          actor: { address: sender, role: 'spo' },
          messageKey: ref.messageKey,
        },
      },
      ...leased.writes,
    ];
    return { form, opening, document, notices: leased.notices, writes };
  });
  const writes = openings.flatMap(({ writes }) => writes);
  // One transaction holds so many writes (ten forms of a message signed many times would not fit): beyond, case by case.
  if (writes.length > MAX_WRITES_TOGETHER) return undefined;
  const { refused } = await deps.cases.writeTogether(writes);
  if (refused.length > 0) return undefined;
  try {
    await Promise.all(
      openings.flatMap(({ form, opening, document }) => [
        deps.mailStore.putCaseDocument(document.objectKey, form.pdf.content, 'application/pdf'),
        runClockRequests(opening.caseRecord, opening.clocks, deps),
      ]),
    );
  } catch (error) {
    await deps.notices.giveBack(openings.flatMap(({ notices }) => notices));
    throw error;
  }
  const caseIds = openings.map(({ opening }) => opening.caseRecord.caseId);
  const problems = input.rejected.flatMap(({ pdf, problems: list }) =>
    list.map((problem) => ({ field: problem.field || pdf.fileName, code: problem.code, message: problem.message.en })),
  );
  return deps.notices.settleMessage({
    aboutCases: openings.map(({ opening, notices }) => ({ caseRecord: opening.caseRecord, notices })),
    aboutMessage: rejectionNotices(ref, sender, input.rejected),
    original: { raw: input.raw, message },
    outcome: (noticesSent) => ({
      messageKey: ref.messageKey,
      outcome: 'case_updated',
      caseIds,
      formsFound: input.formsFound,
      problems,
      noticesSent,
      at: now,
    }),
    alsoWrite: threadLink(caseIds[0], message),
  });
}
