import type { BilingualText } from '../../../kernel/bilingual-text.js';
import { daysBetween, recommendationDeadline } from '../../../kernel/policy-calendar.js';
import type { CaseRecord } from '../case-record.js';

import type { CaseTimeline } from './case-timeline.js';

export type DeadlineKind = 'recommendation-deadline' | 'promotion-end' | 'midpoint-check-in' | 'jas-end';

/** The next date the policy sets for a case, and what happens then. */
export interface NextDeadline {
  readonly kind: DeadlineKind;
  readonly on: string;
  /** Negative once the date has passed without the step happening. */
  readonly daysLeft: number;
  readonly what: BilingualText;
}

const WHAT: Readonly<Record<DeadlineKind, BilingualText>> = {
  'recommendation-deadline': {
    en: '8-month recommendation deadline (SPO owes information)',
    fr: 'Échéance de 8 mois de la recommandation (renseignements attendus du FSE)',
  },
  'promotion-end': { en: 'Promotion ends (4 months)', fr: 'Fin de la promotion (4 mois)' },
  'midpoint-check-in': { en: 'Mid-point check-in with the sponsor', fr: 'Suivi de mi-parcours auprès du répondant' },
  'jas-end': { en: 'End of the JAS (24 months)', fr: 'Fin du PAC (24 mois)' },
};

/**
 * The clock that runs next for a case (OB 646): the 8-month deadline while the SPO owes
 * information on a GAR case, the end of promotion, the mid-point check-in, the end of the JAS.
 * `undefined` when no clock runs (a decision, an undertaking or a checklist is awaited from a person).
 */
export function nextDeadline(caseRecord: CaseRecord, timeline: CaseTimeline, today: string): NextDeadline | undefined {
  const due = (kind: DeadlineKind, on: string | undefined): NextDeadline | undefined =>
    on === undefined ? undefined : { kind, on, daysLeft: daysBetween(today, on), what: WHAT[kind] };
  switch (caseRecord.state) {
    case 'info_requested':
      return caseRecord.recommendation.caseType === 'GAR'
        ? due('recommendation-deadline', recommendationDeadline(caseRecord.recommendation.client.arrivalDate))
        : undefined;
    case 'promotion':
      return due('promotion-end', caseRecord.promotion?.endsBy);
    case 'active':
      return timeline.midpointCheckIn === undefined && timeline.midpoint !== undefined && timeline.midpoint >= today
        ? due('midpoint-check-in', timeline.midpoint)
        : due('jas-end', timeline.jasEndPlanned);
    default:
      return undefined;
  }
}
