import type { BilingualText } from '../../kernel/bilingual-text.js';
import type { CaseState } from './case-record.js';

/** Each case state in words, for people who never see the state codes (refusals, summaries). */
export const CASE_STATE_NAMES: Readonly<Record<CaseState, BilingualText>> = {
  received: { en: 'recommendation received', fr: 'recommandation reçue' },
  local_review: { en: 'under review by the local IRCC office', fr: 'en examen au bureau local d’IRCC' },
  info_requested: { en: 'waiting for information from the SPO', fr: 'en attente de renseignements du FS' },
  recommended_to_in: {
    en: 'recommended to IN, waiting for its decision',
    fr: 'recommandé au RI, en attente de sa décision',
  },
  designated: { en: 'designated as JAS', fr: 'désigné comme cas PAC' },
  declined: { en: 'JAS designation declined', fr: 'désignation PAC refusée' },
  promotion: {
    en: 'promoted to sponsors, waiting for a sponsor',
    fr: 'promu auprès des répondants, en attente d’un répondant',
  },
  sponsor_found: {
    en: 'sponsor found, waiting for the undertaking',
    fr: 'répondant trouvé, en attente de l’engagement',
  },
  undertaking_submitted: {
    en: 'undertaking submitted, waiting for ROC-O’s approval',
    fr: 'engagement soumis, en attente de l’approbation du COR-O',
  },
  undertaking_approved: {
    en: 'undertaking approved, waiting for the case conference checklist',
    fr: 'engagement approuvé, en attente de la liste de vérification de la conférence de cas',
  },
  case_conference: {
    en: 'case conference held, checklist under review by the local office',
    fr: 'conférence de cas tenue, liste de vérification en examen au bureau local',
  },
  active: { en: 'JAS period under way', fr: 'période du PAC en cours' },
  ended: { en: 'JAS ended', fr: 'PAC terminé' },
};
