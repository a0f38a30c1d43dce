import type { BilingualText } from '../../../kernel/bilingual-text.js';
import type { CaseState } from '../case-record.js';

/** Each state in a word or two, short enough for a spreadsheet cell and a filter list. */
export const STATE_LABELS: Readonly<Record<CaseState, BilingualText>> = {
  received: { en: 'Received', fr: 'Reçue' },
  local_review: { en: 'Local review', fr: 'Examen local' },
  info_requested: { en: 'Information requested', fr: 'Renseignements demandés' },
  recommended_to_in: { en: 'Recommended to IN', fr: 'Recommandé au RI' },
  designated: { en: 'Designated', fr: 'Désigné' },
  declined: { en: 'Declined', fr: 'Refusé' },
  promotion: { en: 'Promotion', fr: 'Promotion' },
  sponsor_found: { en: 'Sponsor found', fr: 'Répondant trouvé' },
  undertaking_submitted: { en: 'Undertaking submitted', fr: 'Engagement soumis' },
  undertaking_approved: { en: 'Undertaking approved', fr: 'Engagement approuvé' },
  case_conference: { en: 'Case conference', fr: 'Conférence de cas' },
  active: { en: 'JAS active', fr: 'PAC en cours' },
  ended: { en: 'Ended', fr: 'Terminé' },
};
