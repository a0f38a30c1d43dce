import type { BilingualText } from '../../../kernel/bilingual-text.js';
import { appointmentsOf, type Directory } from '../directory.js';
import type { SenderCheck } from '../ses-verdicts.js';
import { STALE_ACTION_MS } from './decide-action.js';

/** Who may ask for the reports: ROC-O (it keeps the spreadsheet, OB 646 step 5) and IN (it reads the indicators). */
const REPORT_UNITS = ['rocO', 'resettlementOperations'] as const;

export type ReportRequestDecision =
  | { readonly granted: true; readonly to: string }
  | {
      readonly granted: false;
      readonly code: 'SENDER_NOT_VERIFIED' | 'NOT_AUTHORIZED';
      /** For the person who reads triage; names no one. */
      readonly reason: BilingualText;
    }
  /** From ROC-O or IN, but dated too long before it arrived: refused as emailed actions are, and the sender told why. */
  | { readonly granted: false; readonly code: 'STALE_ACTION'; readonly to: string; readonly reason: BilingualText };

/**
 * Decides a `REPORT` by email, as every other action is decided: the one From address must be
 * verified by SES (DMARC aligned, spam and virus clean), and be ROC-O's or IN's mailbox or staff in
 * the directory; and the message must be dated within the 7 days an emailed action may take to
 * arrive (`STALE_ACTION_MS`), or a replayed copy would mail the case data again. The reports go to
 * that address, and only to it.
 */
export function decideReportRequest(
  sender: SenderCheck,
  directory: Directory,
  dated: { readonly writtenAt?: Date; readonly receivedAt: Date },
): ReportRequestDecision {
  if (!sender.verified)
    return {
      granted: false,
      code: 'SENDER_NOT_VERIFIED',
      reason: {
        en: `REPORT from a sender SES could not verify (${sender.reason.en}): nothing was sent.`,
        fr: `RAPPORT d’un expéditeur que SES n’a pu vérifier (${sender.reason.fr})\u202f: rien n’a été envoyé.`,
      },
    };
  const author = sender.address;
  const mailboxes = REPORT_UNITS.map((unit) => directory[unit].email);
  const staff = appointmentsOf(directory, author).some(({ unit }) =>
    (REPORT_UNITS as readonly string[]).includes(unit),
  );
  if (!mailboxes.includes(author) && !staff)
    return {
      granted: false,
      code: 'NOT_AUTHORIZED',
      reason: {
        en: 'REPORT from an address that is not ROC-O’s or IN’s in the directory: nothing was sent.',
        fr: 'RAPPORT d’une adresse qui n’est ni celle du COR-O ni celle du RI dans le répertoire\u202f: rien n’a été envoyé.',
      },
    };
  if (!dated.writtenAt || dated.receivedAt.getTime() - dated.writtenAt.getTime() > STALE_ACTION_MS)
    return {
      granted: false,
      code: 'STALE_ACTION',
      to: author,
      reason: {
        en: 'REPORT was not answered: the message is dated more than 7 days before it arrived, or not dated, and an emailed request that old is refused. Send REPORT again in a new message.',
        fr: 'RAPPORT est resté sans réponse\u202f: le message est daté de plus de 7 jours avant son arrivée, ou n’est pas daté, et une demande par courriel aussi ancienne est refusée. Envoyez RAPPORT de nouveau dans un nouveau message.',
      },
    };
  return { granted: true, to: author };
}
