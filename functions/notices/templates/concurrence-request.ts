import { bilingualBody } from '../bilingual-body.js';
import { irccCaseFacts } from '../case-reference.js';
import { LATE_NOTE, sponsorSituation } from '../case-wording.js';
import type { NoticeContent } from '../notice-content.js';
import type { NoticeContext } from '../notice-context.js';
import { actionLinks } from '../reply-links.js';
import { taggedSubject } from '../tagged-subject.js';

export interface ConcurrenceRequestData {
  /** The officer who recommended. */
  readonly recommendedBy: string;
  /** What the officer wrote with the recommendation; may be empty. */
  readonly note: string;
}

/**
 * To the local office's supervisors and managers (OB 646 step 2): an officer recommends the case
 * to IN, and the recommendation goes only once one of them concurs.
 */
export function concurrenceRequest(context: NoticeContext, data: ConcurrenceRequestData): NoticeContent {
  const { caseId } = context.case;
  return {
    subject: taggedSubject(caseId, {
      en: 'Concurrence needed',
      fr: 'Appui requis',
    }),
    body: bilingualBody((language, say) => [
      {
        paragraph: say({
          en: `${data.recommendedBy} recommends this case to the Resettlement Operations Division (IN) for JAS designation. OB 646 asks for supervisor or manager concurrence: nothing goes to IN until you concur.`,
          fr: `${data.recommendedBy} recommande ce cas à la Division des opérations de réinstallation (RI) pour une désignation PAC. Le BO 646 exige l’appui d’un superviseur ou d’un gestionnaire\u202f: rien n’est envoyé au RI avant votre appui.`,
        }),
      },
      {
        facts: [
          ...irccCaseFacts(context, say),
          [say({ en: 'Sponsorship', fr: 'Parrainage' }), say(sponsorSituation(context.case))],
          [say({ en: 'Recommended by', fr: 'Recommandé par' }), data.recommendedBy],
          [say({ en: 'Officer’s note', fr: 'Note de l’agent' }), data.note.trim() || '—'],
        ],
      },
      ...(context.case.flags.includes('late') ? [{ paragraph: say(LATE_NOTE) }] : []),
      {
        paragraph: say({
          en: 'If you do not concur, talk to the officer: the case stays with your office.',
          fr: 'Si vous n’appuyez pas la recommandation, parlez-en à l’agent\u202f: le cas reste à votre bureau.',
        }),
      },
      ...actionLinks(context.replyAddress, caseId, language, ['CONCUR']),
    ]),
  };
}
