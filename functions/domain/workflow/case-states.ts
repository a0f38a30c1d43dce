import type { BilingualText } from '../bilingual.js';
import type { CaseState } from '../case-record.js';

/** Each state as people call it, for refusals and `jas cases show`. */
export const STATE_NAMES: Readonly<Record<CaseState, BilingualText>> = {
  received: { en: 'received', fr: 'reçu' },
  local_review: { en: 'under review by the local office', fr: 'en examen au bureau local' },
  info_requested: { en: 'waiting for information from the SPO', fr: 'en attente de renseignements du FSE' },
  recommended_to_in: { en: 'recommended to IN', fr: 'recommandé au RI' },
  designated: { en: 'designated as JAS', fr: 'désigné PAC' },
  declined: { en: 'declined', fr: 'refusé' },
  promotion: { en: 'promoted to sponsors', fr: 'en promotion auprès des répondants' },
  sponsor_found: { en: 'sponsor found, waiting for the undertaking', fr: 'répondant trouvé, en attente de l’engagement' },
  undertaking_submitted: { en: 'undertaking submitted to ROC-O', fr: 'engagement soumis au COR-O' },
  undertaking_approved: { en: 'undertaking approved', fr: 'engagement approuvé' },
  case_conference: { en: 'case conference held, checklist under review', fr: 'conférence de cas tenue, liste de contrôle en examen' },
  active: { en: 'JAS active', fr: 'PAC en cours' },
  ended: { en: 'ended', fr: 'terminé' },
};
