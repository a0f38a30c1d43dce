import type { MessageOutcome } from '../../functions/domain/case-record.js';

/** One line a person reads: what became of a message. Names codes and forms, never personal data. */
export function describeOutcome(outcome: MessageOutcome): string {
  const forms = outcome.formsFound
    .map((form) => `${form.formId} ${form.version}${form.valid ? '' : ' (not valid)'}`)
    .join(', ');
  const notices = outcome.noticesSent.map((notice) => notice.purpose).join(', ');
  const parts = [`${outcome.outcome}`];
  if (outcome.caseIds.length > 0) parts.push(outcome.caseIds.join(', '));
  if (outcome.reasonCode) parts.push(`${outcome.reasonCode}: ${outcome.reason ?? ''}`.trim());
  if (forms) parts.push(`forms: ${forms}`);
  if (outcome.problems.length > 0)
    parts.push(`problems: ${outcome.problems.map((problem) => `${problem.field} (${problem.code})`).join('; ')}`);
  if (notices) parts.push(`notices: ${notices}`);
  return parts.join(' · ');
}
