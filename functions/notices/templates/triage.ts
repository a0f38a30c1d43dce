import type { BilingualText } from '../../../kernel/bilingual-text.js';
import { bilingualBody } from '../bilingual-body.js';
import type { NoticeContent } from '../notice-content.js';
import { type OriginalCarriage, originalLinkFact, whereTheOriginalIs } from '../original-carriage.js';

export interface TriageData {
  /** Stable code of why the message could not be placed. */
  readonly reasonCode: string;
  /** Why, in both languages: each half of the notice says it in its own. */
  readonly reason: BilingualText;
  /** Where the raw message is stored. */
  readonly messageKey: string;
  readonly from?: string;
  /** The original message's subject. */
  readonly subject: string;
  /** How the original travels with the notice; absent when it does not (a virus, a message not found). */
  readonly original?: OriginalCarriage;
}

/**
 * To the triage mailbox: a message the pipeline could not place, and why, with the original
 * attached or, when too large to send, linked. There is no case, hence no context and no case tag:
 * the notice takes its data only.
 */
export function triage(data: TriageData): NoticeContent {
  return {
    subject: {
      en: `Triage: ${data.reasonCode}`,
      fr: `Triage\u202f: ${data.reasonCode}`,
    },
    body: bilingualBody((_language, say) => [
      {
        paragraph: say({
          en: 'The JAS intake service could not place this message in a case or route it to an office. The original stays stored; please handle it by hand (forward it to the right office, or answer the sender).',
          fr: 'Le service de réception du PAC n’a pas pu verser ce message à un dossier ni l’acheminer vers un bureau. L’original demeure conservé; veuillez le traiter manuellement (le transmettre au bon bureau ou répondre à l’expéditeur).',
        }),
      },
      ...(data.original ? [{ paragraph: say(whereTheOriginalIs(data.original)) }] : []),
      {
        facts: [
          [say({ en: 'Reason', fr: 'Motif' }), say(data.reason)],
          [say({ en: 'Reason code', fr: 'Code du motif' }), data.reasonCode],
          [say({ en: 'From', fr: 'De' }), data.from?.trim() || say({ en: 'unknown', fr: 'inconnu' })],
          [say({ en: 'Subject', fr: 'Objet' }), data.subject.trim() || '—'],
          [say({ en: 'Stored message', fr: 'Message conservé' }), data.messageKey],
          ...originalLinkFact(data.original, say),
        ],
      },
    ]),
  };
}
