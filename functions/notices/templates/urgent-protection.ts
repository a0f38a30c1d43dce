import type { BilingualText } from '../../../kernel/bilingual-text.js';
import { bilingualBody } from '../bilingual-body.js';
import { NO, YES } from '../case-wording.js';
import type { NoticeContent } from '../notice-content.js';
import { type OriginalCarriage, originalLinkFact, whereTheOriginalIs } from '../original-carriage.js';

export interface UrgentProtectionData {
  /** When ROC-O's answer is due: one day after the message arrived. */
  readonly respondBy: string;
  readonly destinedToQuebec: boolean;
  readonly unaccompaniedMinor: boolean;
  readonly originalSubject: string;
  readonly from: string;
  /** Attached, or too large to send and linked instead. */
  readonly original: OriginalCarriage;
}

/** The words seed 002 puts in the subject of urgent protection messages. */
const URGENT_PROTECTION = "Urgent Protection Program/Programme de protection d'urgence";

const QUEBEC_MINOR_WARNING: BilingualText = {
  en: 'Unaccompanied minors must not be directed to Quebec.',
  fr: 'Les mineurs non accompagnés ne doivent pas être dirigés vers le Québec.',
};

/** Case-, accent- and apostrophe-insensitive, so a subject that already says it is not said twice. */
function normalized(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘`]/g, "'").toLowerCase();
}

/**
 * To ROC-O, and MIDI when destined to Quebec (seed 002): an urgent protection case, to answer
 * within one day. Warns first, in both languages, when an unaccompanied minor is destined to
 * Quebec. Not about a case, hence no context and no case tag: the notice takes its data only.
 */
export function urgentProtection(data: UrgentProtectionData): NoticeContent {
  const original = data.originalSubject.trim();
  const subject = normalized(original).includes(normalized(URGENT_PROTECTION))
    ? original
    : [URGENT_PROTECTION, original].filter(Boolean).join(': ');
  const warn = data.destinedToQuebec && data.unaccompaniedMinor;
  return {
    subject: { en: subject, fr: subject },
    body: bilingualBody((_language, say) => [
      ...(warn ? [{ warning: say(QUEBEC_MINOR_WARNING) }] : []),
      {
        paragraph: say({
          en: `An urgent protection case arrived from ${data.from || 'an unknown sender'}. ROC-O responds within one day, by ${data.respondBy}, with details about contributions, loans, sponsor and destination.`,
          fr: `Un cas de protection urgente est arrivé de ${data.from || 'un expéditeur inconnu'}. Le COR-O répond dans un délai d’un jour, d’ici le ${data.respondBy}, avec les détails sur les contributions, les prêts, le répondant et la destination.`,
        }),
      },
      { paragraph: say(whereTheOriginalIs(data.original)) },
      {
        facts: [
          [say({ en: 'From', fr: 'De' }), data.from || '—'],
          [say({ en: 'Original subject', fr: 'Objet original' }), original || '—'],
          [say({ en: 'Respond by', fr: 'Répondre d’ici le' }), data.respondBy],
          [say({ en: 'Destined to Quebec', fr: 'À destination du Québec' }), say(data.destinedToQuebec ? YES : NO)],
          [say({ en: 'Unaccompanied minor', fr: 'Mineur non accompagné' }), say(data.unaccompaniedMinor ? YES : NO)],
          ...originalLinkFact(data.original, say),
        ],
      },
      ...(data.destinedToQuebec
        ? [
            {
              paragraph: say({
                en: 'Destined to Quebec: the Ministère de l’Immigration (MIDI) selects the final destination in Québec and the services and settlement activities; this message also goes to MIDI.',
                fr: 'À destination du Québec\u202f: le ministère de l’Immigration (MIDI) choisit la destination finale au Québec ainsi que les services et les activités d’établissement; ce message est aussi envoyé au MIDI.',
              }),
            },
          ]
        : []),
    ]),
  };
}
