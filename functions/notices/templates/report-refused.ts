import type { BilingualText } from '../../../kernel/bilingual-text.js';
import { bilingualBody } from '../bilingual-body.js';
import type { NoticeContent } from '../notice-content.js';

/** To ROC-O or IN: a `REPORT` that was not answered, why, and how to ask again. */
export function reportRefused(reason: BilingualText): NoticeContent {
  return {
    subject: { en: 'Not sent: REPORT', fr: 'Non envoyé\u202f: RAPPORT' },
    body: bilingualBody((_language, say) => [
      {
        paragraph: say({
          en: 'Your request for the reports was not answered: no spreadsheet and no indicators were sent.',
          fr: 'Votre demande de rapports est restée sans réponse\u202f: ni tableau de suivi ni indicateurs n’ont été envoyés.',
        }),
      },
      { facts: [[say({ en: 'Reason', fr: 'Motif' }), say(reason)]] },
      {
        paragraph: say({
          en: 'To get them, write a new email to this address with REPORT (or RAPPORT) as its subject.',
          fr: 'Pour les obtenir, écrivez un nouveau courriel à cette adresse avec RAPPORT (ou REPORT) comme objet.',
        }),
      },
    ]),
  };
}
