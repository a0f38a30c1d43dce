import type { BilingualText } from '../../../kernel/bilingual-text.js';
import { bilingualBody } from '../bilingual-body.js';
import type { NoticeContent } from '../notice-content.js';
import type { NoticeContext } from '../notice-context.js';
import { taggedSubject } from '../tagged-subject.js';

export interface PromotionStopToRstpData {
  readonly reason: 'sponsor_found' | 'expired' | 'placed_on_rap';
  /** The day promotion stops (YYYY-MM-DD). */
  readonly on: string;
}

/** To RSTP (OB 646 step 5): stop promoting the case. De-identified: the case number only. */
export function promotionStopToRstp(context: NoticeContext, data: PromotionStopToRstpData): NoticeContent {
  const { caseId } = context.case;
  const why: BilingualText = {
    sponsor_found: {
      en: `A sponsor was found for this case on ${data.on}.`,
      fr: `Un répondant a été trouvé pour ce cas le ${data.on}.`,
    },
    expired: {
      en: `The promotion period of this case ended on ${data.on} without a sponsor; the local IRCC office considers other options.`,
      fr: `La période de promotion de ce cas a pris fin le ${data.on} sans répondant; le bureau local d’IRCC envisage d’autres options.`,
    },
    placed_on_rap: {
      en: `On ${data.on} the local IRCC office put the client on the Resettlement Assistance Program instead: the case no longer needs a sponsor.`,
      fr: `Le ${data.on}, le bureau local d’IRCC a plutôt inscrit le client au Programme d’aide à la réinstallation : le cas n’a plus besoin de répondant.`,
    },
  }[data.reason];
  return {
    subject: taggedSubject(caseId, { en: 'Stop promotion', fr: 'Fin de la promotion' }),
    body: bilingualBody((_language, say) => [
      { paragraph: say(why) },
      {
        paragraph: say({
          en: 'On behalf of ROC-O: please stop promoting the case and withdraw its profile from the sponsorship community.',
          fr: 'Au nom du COR-O\u202f: veuillez cesser de promouvoir le cas et retirer son profil auprès des répondants.',
        }),
      },
      {
        facts: [
          [say({ en: 'Case number', fr: 'Numéro de dossier' }), caseId],
          [say({ en: 'Promotion stops on', fr: 'Fin de la promotion le' }), data.on],
        ],
      },
    ]),
  };
}
