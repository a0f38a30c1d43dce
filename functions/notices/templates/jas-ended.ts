import type { BilingualText } from '../../../kernel/bilingual-text.js';
import { bilingualBody } from '../bilingual-body.js';
import { partnerCaseFacts } from '../case-reference.js';
import type { NoticeContent } from '../notice-content.js';
import type { NoticeContext } from '../notice-context.js';
import { taggedSubject } from '../tagged-subject.js';

export interface JasEndedData {
  /** The day the JAS ended (YYYY-MM-DD). */
  readonly on: string;
  readonly reason: 'period_completed' | 'mutual_agreement';
}

/** To the sponsor, the SPO and the local office: the JAS ended, at the end of its period or early by mutual agreement. */
export function jasEnded(context: NoticeContext, data: JasEndedData): NoticeContent {
  const why: BilingualText =
    data.reason === 'period_completed'
      ? {
          en: `The Joint Assistance Sponsorship of this client ended on ${data.on}: its 24 months of income support and sponsorship from arrival are complete.`,
          fr: `Le parrainage d’aide conjointe de ce client a pris fin le ${data.on}\u202f: ses 24 mois de soutien du revenu et de parrainage à compter de l’arrivée sont terminés.`,
        }
      : {
          en: `The Joint Assistance Sponsorship of this client ended early on ${data.on}, by mutual agreement of the sponsor and the client, on the local IRCC office’s recommendation.`,
          fr: `Le parrainage d’aide conjointe de ce client a pris fin plus tôt, le ${data.on}, d’un commun accord entre le répondant et le client, sur recommandation du bureau local d’IRCC.`,
        };
  return {
    subject: taggedSubject(context.case.caseId, { en: 'JAS ended', fr: 'Fin du PAC' }),
    body: bilingualBody((_language, say) => [
      { paragraph: say(why) },
      { facts: partnerCaseFacts(context, say) },
      {
        paragraph: say({
          en: 'Thank you to the sponsor and the SPO for the support given to the client. The case file is closed.',
          fr: 'Merci au répondant et au FS pour le soutien offert au client. Le dossier est fermé.',
        }),
      },
    ]),
  };
}
