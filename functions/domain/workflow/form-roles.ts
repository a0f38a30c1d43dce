import type { JasRecommendation } from '../../../forms/jas-recommendation/schema.js';
import type { BilingualText } from '../../../kernel/bilingual-text.js';
import type { CaseRecord } from '../case-record.js';
import { type Directory, isInDirectory } from '../directory.js';
import type { CaseParty } from './case-party.js';

const SPONSOR_FORMS: readonly string[] = ['imm1324', 'imm5492', 'imm5494'];

/**
 * Who may file a form to an existing case (OB 646): the SPO of record its recommendation (a
 * correction or an answer to a request) and the roles and responsibilities checklist (step 9);
 * the case's sponsor the undertaking (IMM 1324, 5492, 5494, step 6); ROC-O the corrected case
 * profile (step 5). `undefined` when `party` may; otherwise why not.
 */
export function whyMayNotFile(formId: string, party: CaseParty, caseRecord: CaseRecord): BilingualText | undefined {
  if (formId === 'jas-recommendation' || formId === 'jas-roles-checklist') {
    if (party.isSubmitter) return undefined;
    return {
      en: `Only the SPO of record (${caseRecord.recommendation.submitter.email}) may send this case’s ${formId === 'jas-recommendation' ? 'recommendation form' : 'roles and responsibilities checklist'}.`,
      fr: `Seul le FS inscrit au dossier (${caseRecord.recommendation.submitter.email}) peut envoyer ${formId === 'jas-recommendation' ? 'le formulaire de recommandation' : 'la liste de vérification des rôles et responsabilités'} de ce dossier.`,
    };
  }
  if (SPONSOR_FORMS.includes(formId)) {
    if (party.isSponsor) return undefined;
    return {
      en: 'Only the case’s sponsor may send the undertaking forms (IMM 1324, IMM 5492, IMM 5494).',
      fr: 'Seul le répondant du dossier peut envoyer les formulaires d’engagement (IMM 1324, IMM 5492, IMM 5494).',
    };
  }
  if (formId === 'jas-case-profile') {
    if (party.appointments.some((appointment) => appointment.unit === 'rocO')) return undefined;
    return {
      en: 'Only ROC-O may send this case’s profile for promotion (OB 646 step 5).',
      fr: 'Seul le COR-O peut envoyer le profil de promotion de ce dossier (BO 646, étape 5).',
    };
  }
  return {
    en: `The form ${formId} is not filed to cases.`,
    fr: `Le formulaire ${formId} n’est pas versé aux dossiers.`,
  };
}

/**
 * Who may open a client's case with a recommendation form: the SPO that the form names as its
 * submitter, writing from that address, or an office of the directory forwarding it. Anyone else
 * would open a case in another organization's name.
 */
export function whyMayNotOpen(
  form: JasRecommendation,
  sender: string,
  directory: Directory,
): BilingualText | undefined {
  if (form.submitter.email.toLowerCase() === sender || isInDirectory(directory, sender)) return undefined;
  return {
    en: `The form names ${form.submitter.email} as the submitting SPO, but came from ${sender}: a recommendation opens a case only from its submitter (or an IRCC office forwarding it).`,
    fr: `Le formulaire désigne ${form.submitter.email} comme FS, mais provient de ${sender} : une recommandation n’ouvre un dossier que si elle vient de ce FS (ou d’un bureau d’IRCC qui la transmet).`,
  };
}
