/** Why a notice is not sent yet, where nothing is wrong with the message it is about: it is finished later. */

/**
 * Another attempt holds the notice's lease and neither sent it nor let the lease run out in time.
 * Not a failure of the message: it is finished later, by a retry or the sweeper, once the notice
 * is sent or its lease has run out (see `leftForLater`).
 */
export class NoticeHeldError extends Error {
  override readonly name = 'NoticeHeldError';
  constructor(readonly leaseEndsAt: Date) {
    super(`Another attempt is sending this notice; its lease ends at ${leaseEndsAt.toISOString()}`);
  }
}

/**
 * The mail service may have taken the notice: the request went out and no answer came back (a
 * timeout, a connection cut). Unlike a refusal, where the service answered that it sent nothing,
 * sending the notice again may deliver it twice.
 */
export class NoticeSendUncertainError extends Error {
  override readonly name = 'NoticeSendUncertainError';
}

/**
 * Whether a failed attempt at a message should leave it for later rather than record a failure:
 * another attempt held one of its notices (`NoticeHeldError`), or SES gave no answer to a send
 * (`NoticeSendUncertainError`), by class or, from Lambda's failure record, by name. Recording a
 * failure then would quarantine a message that is not failing, and, once its outcome is written,
 * nothing would send a notice still pending: a later attempt, once the lease has run out, does.
 */
export function leftForLater(error: unknown): boolean {
  return error instanceof Error && LATER.includes(error.name);
}

const LATER = [NoticeHeldError.name, NoticeSendUncertainError.name];
