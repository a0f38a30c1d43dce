import { bilingualBody } from '../bilingual-body.js';
import type { ProfileFact } from '../deidentified-profile.js';
import type { NoticeContent } from '../notice-content.js';
import type { NoticeContext } from '../notice-context.js';
import { keepTagSentence, taggedSubject } from '../tagged-subject.js';

export interface PromotionStartToRstpData {
  /** Promotion starts (YYYY-MM-DD). */
  readonly startedOn: string;
  /** And ends at the latest, 4 calendar months later (YYYY-MM-DD). */
  readonly endsBy: string;
  /** The profile's lines (see `deidentifiedProfile`, `releasedProfile`). */
  readonly profile: readonly ProfileFact[];
}

/**
 * To RSTP (OB 646 step 5): start promoting the case to the sponsorship community. Only the
 * de-identified profile ROC-O approved or corrected appears (the caller attaches it as a PDF):
 * never the client's name, UCI, birth date or anyone's contact details.
 */
export function promotionStartToRstp(context: NoticeContext, data: PromotionStartToRstpData): NoticeContent {
  const { caseId } = context.case;
  return {
    subject: taggedSubject(caseId, {
      en: 'Start promotion',
      fr: 'Début de la promotion',
    }),
    body: bilingualBody((language, say) => [
      {
        paragraph: say({
          en: `On behalf of ROC-O: please start promoting this Joint Assistance Sponsorship case to the sponsorship community, from ${data.startedOn} until ${data.endsBy} at the latest (4 months), or until a sponsor is found. You will receive a stop notice either way.`,
          fr: `Au nom du COR-O\u202f: veuillez commencer à promouvoir ce cas du parrainage d’aide conjointe auprès des répondants, du ${data.startedOn} jusqu’au ${data.endsBy} au plus tard (4 mois), ou jusqu’à ce qu’un répondant soit trouvé. Vous recevrez un avis de fin de promotion dans les deux cas.`,
        }),
      },
      {
        paragraph: say({
          en: 'The de-identified case profile is attached (PDF) and summarized here:',
          fr: 'Le profil dépersonnalisé du cas est joint (PDF) et résumé ici\u202f:',
        }),
      },
      {
        facts: data.profile.map(
          ([label, value]) => [label[language], typeof value === 'string' ? value : value[language]] as const,
        ),
      },
      {
        paragraph: say({
          en: 'When a sponsorship agreement holder or group comes forward, reply to this message: ROC-O follows up with them.',
          fr: 'Lorsqu’un signataire d’entente de parrainage ou un groupe se manifeste, répondez à ce message\u202f: le COR-O fera le suivi.',
        }),
      },
      { paragraph: say(keepTagSentence(caseId)) },
    ]),
  };
}
