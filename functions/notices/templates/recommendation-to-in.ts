import { subjectTag } from '../../domain/case-tag.js';
import { bilingualBody } from '../bilingual-body.js';
import { irccCaseFacts } from '../case-reference.js';
import { criteriaMet, LATE_NOTE, NO, sponsorSituation, YES } from '../case-wording.js';
import type { NoticeContent } from '../notice-content.js';
import type { NoticeContext } from '../notice-context.js';
import { actionLinks } from '../reply-links.js';

export interface RecommendationToInData {
  /** The officer who recommended. */
  readonly recommendedBy: string;
  /** The supervisor or manager who concurred. */
  readonly concurredBy: string;
}

/**
 * To the Resettlement Operations Division, IN (OB 646 step 2): the local office's recommendation,
 * with the subject in the policy's own words (`Recommendation for in-Canada JAS conversion:
 * <special program>`, the program only when there is one) followed by the case tag. The subject is
 * English only because the policy names it so; the body is in both languages. The form is attached
 * by the caller.
 */
export function recommendationToIn(context: NoticeContext, data: RecommendationToInData): NoticeContent {
  const { caseId, recommendation } = context.case;
  const program = recommendation.specialProgram?.trim();
  const subject = `Recommendation for in-Canada JAS conversion${program ? `: ${program}` : ''} ${subjectTag(caseId)}`;
  const late = context.case.flags.includes('late');
  // Step 2: the recommendation to IN is the office's, with its supervisor's concurrence: their words travel with it.
  const notes = context.case.recommendationNotes ?? [];
  return {
    subject: { en: subject, fr: subject },
    body: bilingualBody((language, say) => [
      {
        paragraph: say({
          en: `The IRCC office in ${context.officeName.en} recommends this case for designation as a Joint Assistance Sponsorship (JAS) case, with supervisor concurrence. The JAS In-Canada Recommendation Form is attached.`,
          fr: `Le bureau d’IRCC à ${context.officeName.fr} recommande la désignation de ce cas comme cas du parrainage d’aide conjointe (PAC), avec l’appui d’un superviseur. Le formulaire de recommandation PAC au Canada est joint.`,
        }),
      },
      {
        facts: [
          ...irccCaseFacts(context, say),
          [say({ en: 'Special program', fr: 'Programme spécial' }), program || '—'],
          [say({ en: 'Arrival in Canada', fr: 'Arrivée au Canada' }), recommendation.client.arrivalDate],
          [say({ en: 'Sponsorship', fr: 'Parrainage' }), say(sponsorSituation(context.case))],
          [
            say({ en: 'Late (more than 8 months after arrival)', fr: 'En retard (plus de 8 mois après l’arrivée)' }),
            say(late ? YES : NO),
          ],
          [say({ en: 'Recommended by', fr: 'Recommandé par' }), data.recommendedBy],
          [say({ en: 'Concurred by', fr: 'Appuyé par' }), data.concurredBy],
        ],
      },
      ...(notes.length > 0
        ? [
            {
              paragraph: say({
                en: 'Notes of the officer and the supervisor:',
                fr: 'Notes de l’agent et du superviseur\u202f:',
              }),
            },
            { list: notes.map((note) => `${note.by}: ${note.text}`) },
          ]
        : []),
      { paragraph: say({ en: 'JAS criteria met:', fr: 'Critères du PAC remplis\u202f:' }) },
      { list: criteriaMet(recommendation.criteria).map(say) },
      ...(late
        ? [
            { paragraph: say(LATE_NOTE) },
            ...(recommendation.exceptionalCircumstances
              ? [
                  {
                    paragraph: `${say({ en: 'Exceptional circumstances stated:', fr: 'Circonstances exceptionnelles indiquées\u202f:' })} ${recommendation.exceptionalCircumstances}`,
                  },
                ]
              : []),
          ]
        : []),
      ...actionLinks(context.replyAddress, caseId, language, [
        'DESIGNATE',
        { kind: 'DECLINE', bodyHint: { en: 'Reason: ', fr: 'Motif\u202f: ' } },
      ]),
    ]),
  };
}
