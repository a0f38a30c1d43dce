import { bilingualBody } from '../bilingual-body.js';
import { irccCaseFacts } from '../case-reference.js';
import { criteriaMet, provinceName, sponsorSituation } from '../case-wording.js';
import type { NoticeContent } from '../notice-content.js';
import type { NoticeContext } from '../notice-context.js';
import { actionLinks } from '../reply-links.js';
import { taggedSubject } from '../tagged-subject.js';

export interface CaseSummaryToRocOData {
  /** Promotion starts (YYYY-MM-DD). */
  readonly startedOn: string;
  /** And ends at the latest, 4 calendar months later (YYYY-MM-DD). */
  readonly endsBy: string;
}

/**
 * To ROC-O (OB 646 steps 4–5): a designated case with no sponsor, for tracking and liaison with
 * RSTP; the promotion dates, and the link that records the sponsor once one is found.
 */
export function caseSummaryToRocO(context: NoticeContext, data: CaseSummaryToRocOData): NoticeContent {
  const { caseId, recommendation } = context.case;
  return {
    subject: taggedSubject(caseId, {
      en: 'Case to promote',
      fr: 'Cas à promouvoir',
    }),
    body: bilingualBody((language, say) => [
      {
        paragraph: say({
          en: 'IN designated this case as JAS and it needs a sponsor. RSTP receives a start-of-promotion notice with a de-identified profile of the case (no name, UCI, birth date or contact). Please track the case and add a note in GCMS.',
          fr: 'Le RI a désigné ce cas comme PAC et il lui faut un répondant. Le PFPR reçoit un avis de début de promotion avec un profil dépersonnalisé du cas (sans nom, IUC, date de naissance ni coordonnées). Veuillez faire le suivi du cas et ajouter une note dans le SMGC.',
        }),
      },
      {
        facts: [
          ...irccCaseFacts(context, say),
          [say({ en: 'Special program', fr: 'Programme spécial' }), recommendation.specialProgram?.trim() || '—'],
          [
            say({ en: 'Destination', fr: 'Destination' }),
            `${recommendation.destination.city}, ${say(provinceName(recommendation.destination.province))}`,
          ],
          [say({ en: 'Arrival in Canada', fr: 'Arrivée au Canada' }), recommendation.client.arrivalDate],
          [say({ en: 'Sponsorship', fr: 'Parrainage' }), say(sponsorSituation(context.case))],
          [say({ en: 'Promotion started on', fr: 'Début de la promotion' }), data.startedOn],
          [
            say({
              en: 'Promotion ends by (4 months at most)',
              fr: 'Fin de la promotion au plus tard (4 mois au maximum)',
            }),
            data.endsBy,
          ],
          [say({ en: 'Family composition', fr: 'Composition de la famille' }), recommendation.familyComposition],
          [
            say({ en: 'JAS criteria met', fr: 'Critères du PAC remplis' }),
            criteriaMet(recommendation.criteria).map(say).join('; '),
          ],
          [
            say({ en: 'Needs identified after arrival', fr: 'Besoins relevés après l’arrivée' }),
            recommendation.criteria.needsDescription,
          ],
        ],
      },
      {
        paragraph: say({
          en: `If no sponsor is found by ${data.endsBy}, RSTP is told to stop promotion and the local office is asked to consider other options. When a sponsoring group is found, record it with the link below, writing the group’s name and email address: the local office is told and the sponsor receives the undertaking instructions.`,
          fr: `Si aucun répondant n’est trouvé d’ici le ${data.endsBy}, le PFPR est avisé de cesser la promotion et le bureau local est invité à envisager d’autres options. Lorsqu’un groupe de parrainage est trouvé, inscrivez-le à l’aide du lien ci-dessous, en indiquant le nom et l’adresse courriel du groupe\u202f: le bureau local en est avisé et le répondant reçoit les instructions pour l’engagement.`,
        }),
      },
      ...actionLinks(context.replyAddress, caseId, language, [
        {
          kind: 'SPONSOR_FOUND',
          bodyHint: {
            en: 'Sponsor: Group name <contact@example.org>',
            fr: 'Répondant\u202f: Nom du groupe <contact@example.org>',
          },
        },
      ]),
    ]),
  };
}
