import { bilingualBody } from '../bilingual-body.js';
import { partnerCaseFacts } from '../case-reference.js';
import { jasPeriodOf } from '../jas-period.js';
import type { NoticeContent } from '../notice-content.js';
import type { NoticeContext } from '../notice-context.js';
import { actionLinks, plainReplyLink } from '../reply-links.js';
import { taggedSubject } from '../tagged-subject.js';

/**
 * To the sponsor, copied to the local office (OB 646 step 11's standard check-in email): half-way
 * through the JAS period, are the client's needs being met and is JAS still in their best interest.
 */
export function midpointCheckIn(context: NoticeContext): NoticeContent {
  const { caseId } = context.case;
  const period = jasPeriodOf(context.case);
  return {
    subject: taggedSubject(caseId, { en: 'Mid-point check-in', fr: 'Bilan de mi-parcours' }),
    body: bilingualBody((language, say) => [
      {
        paragraph: say({
          en: `The Joint Assistance Sponsorship of this client is half-way through its period (${period.startsOn} to ${period.endsOn}). On behalf of the IRCC office in ${context.officeName.en}, which checks in with every sponsor at this point, please tell us:`,
          fr: `Le parrainage d’aide conjointe de ce client en est à la moitié de sa période (du ${period.startsOn} au ${period.endsOn}). Au nom du bureau d’IRCC à ${context.officeName.fr}, qui fait le point avec chaque répondant à cette étape, veuillez nous dire\u202f:`,
        }),
      },
      {
        list: [
          say({ en: 'Are the client’s needs being met?', fr: 'Les besoins du client sont-ils comblés?' }),
          say({
            en: 'Is JAS still in the client’s best interest?',
            fr: 'Le PAC est-il toujours dans l’intérêt supérieur du client?',
          }),
          say({
            en: 'Should anything change, for example the length of the sponsorship?',
            fr: 'Faudrait-il changer quelque chose, par exemple la durée du parrainage?',
          }),
        ],
      },
      { facts: partnerCaseFacts(context, say) },
      {
        paragraph: say({
          en: 'If all is well, a short reply is enough. If you have a concern, report it with the concern link: the local office and the Resettlement Operations Division (IN) are told.',
          fr: 'Si tout va bien, une courte réponse suffit. Si vous avez une préoccupation, signalez-la à l’aide du lien de préoccupation\u202f: le bureau local et la Division des opérations de réinstallation (RI) en sont avisés.',
        }),
      },
      plainReplyLink(
        context.replyAddress,
        caseId,
        language,
        { en: 'Mid-point check-in: answer', fr: 'Bilan de mi-parcours\u202f: réponse' },
        { en: 'Answer the check-in', fr: 'Répondre au bilan' },
      ),
      ...actionLinks(context.replyAddress, caseId, language, [
        { kind: 'CONCERN', bodyHint: { en: 'Concern: ', fr: 'Préoccupation\u202f: ' } },
      ]),
    ]),
  };
}
