import { bilingualBody } from '../bilingual-body.js';
import { irccCaseFacts } from '../case-reference.js';
import { sponsorLine } from '../case-wording.js';
import { jasPeriodOf } from '../jas-period.js';
import type { NoticeContent } from '../notice-content.js';
import type { NoticeContext } from '../notice-context.js';
import { taggedSubject } from '../tagged-subject.js';

export interface ConcernToInData {
  /** Who raised the concern. */
  readonly from: string;
  /** The concern, as written. */
  readonly text: string;
}

/** To the Resettlement Operations Division, IN (OB 646 step 11: "if any concerns are presented, officers are to notify" IN). */
export function concernToIn(context: NoticeContext, data: ConcernToInData): NoticeContent {
  const { caseId, sponsor } = context.case;
  const period = jasPeriodOf(context.case);
  return {
    subject: taggedSubject(caseId, { en: 'Concern', fr: 'Préoccupation' }),
    body: bilingualBody((_language, say) => [
      {
        paragraph: say({
          en: `${data.from} raised a concern about this Joint Assistance Sponsorship case (OB 646 step 11). The concern, as written:`,
          fr: `${data.from} a soulevé une préoccupation au sujet de ce cas du parrainage d’aide conjointe (BO 646, étape 11). La préoccupation, telle qu’elle a été écrite\u202f:`,
        }),
      },
      { paragraph: data.text.trim() || '—' },
      {
        facts: [
          ...irccCaseFacts(context, say),
          [say({ en: 'Sponsor', fr: 'Répondant' }), sponsor ? sponsorLine(sponsor) : '—'],
          [say({ en: 'JAS period', fr: 'Période du PAC' }), `${period.startsOn} – ${period.endsOn}`],
          [say({ en: 'Raised by', fr: 'Soulevée par' }), data.from],
        ],
      },
    ]),
  };
}
