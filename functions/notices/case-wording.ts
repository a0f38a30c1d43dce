import type { JasRecommendation } from '../../forms/jas-recommendation/schema.js';
import { PROVINCES } from '../../forms/provinces.js';
import type { BilingualText } from '../../kernel/bilingual-text.js';
import type { CaseRecord } from '../domain/case-record.js';

// How notices name a case's facts in both languages.

export const YES: BilingualText = { en: 'Yes', fr: 'Oui' };
export const NO: BilingualText = { en: 'No', fr: 'Non' };

const CASE_TYPES: Readonly<Record<JasRecommendation['caseType'], BilingualText>> = {
  GAR: { en: 'Government-assisted refugee (GAR)', fr: 'Réfugié pris en charge par le gouvernement (RPG)' },
  BVOR: { en: 'Blended visa office-referred refugee (BVOR)', fr: 'Réfugié désigné par un bureau des visas (RDBV)' },
};

const LANGUAGES: Readonly<Record<JasRecommendation['client']['preferredLanguage'], BilingualText>> = {
  en: { en: 'English', fr: 'Anglais' },
  fr: { en: 'French', fr: 'Français' },
};

const MONTHS: readonly BilingualText[] = [
  { en: 'January', fr: 'janvier' },
  { en: 'February', fr: 'février' },
  { en: 'March', fr: 'mars' },
  { en: 'April', fr: 'avril' },
  { en: 'May', fr: 'mai' },
  { en: 'June', fr: 'juin' },
  { en: 'July', fr: 'juillet' },
  { en: 'August', fr: 'août' },
  { en: 'September', fr: 'septembre' },
  { en: 'October', fr: 'octobre' },
  { en: 'November', fr: 'novembre' },
  { en: 'December', fr: 'décembre' },
];

/** GAR or BVOR, spelled out. */
export function caseTypeName(caseType: JasRecommendation['caseType']): BilingualText {
  return CASE_TYPES[caseType];
}

/** A province or territory by its two-letter code; the code itself when it is not one we know. */
export function provinceName(code: string): BilingualText {
  return PROVINCES.find((province) => province.code === code)?.label ?? { en: code, fr: code };
}

/** The client's preferred official language. */
export function languageName(language: JasRecommendation['client']['preferredLanguage']): BilingualText {
  return LANGUAGES[language];
}

/** `2026-08-23` → August 2026 / août 2026: the month without the day. */
export function monthAndYear(date: string): BilingualText {
  const [year, month] = date.split('-');
  const name = MONTHS[Number(month) - 1] ?? { en: String(month), fr: String(month) };
  return { en: `${name.en} ${year}`, fr: `${name.fr} ${year}` };
}

/** The JAS criteria the form says the case meets (OB 646), in the policy's words. */
export function criteriaMet(criteria: JasRecommendation['criteria']): BilingualText[] {
  return [
    ...(criteria.medicalNeeds
      ? [
          {
            en: 'A physical or mental condition that could require treatment in Canada',
            fr: 'Un état physique ou mental qui pourrait nécessiter un traitement au Canada',
          },
        ]
      : []),
    ...(criteria.unusualFamilyConfiguration
      ? [{ en: 'An unusual family configuration', fr: 'Une composition familiale inhabituelle' }]
      : []),
    ...(criteria.otherSpecialNeeds ? [{ en: 'Other special needs', fr: 'Autres besoins particuliers' }] : []),
  ];
}

/** The sponsor as a line: `Group <email>`. */
export function sponsorLine(sponsor: { readonly name: string; readonly email: string }): string {
  return `${sponsor.name} <${sponsor.email}>`;
}

/**
 * Where the case stands on sponsorship, as IN and ROC-O need it (OB 646 step 2: "if a sponsor has
 * already been identified … or if the case is a blended visa office-referred refugee one, this
 * should be indicated"): the sponsor identified, or for BVOR whether the current sponsor continues.
 */
export function sponsorSituation(caseRecord: CaseRecord): BilingualText {
  const { sponsor, caseType } = caseRecord.recommendation;
  const known =
    caseRecord.sponsor ??
    ((sponsor.identified || sponsor.bvorSponsorContinues) && sponsor.name
      ? { name: sponsor.name, email: sponsor.contactEmail ?? '' }
      : undefined);
  const line = known && (known.email ? sponsorLine(known) : known.name);
  // Step 2: IN is told both that a case is BVOR and whether a sponsor is identified.
  if (caseType === 'BVOR' && sponsor.bvorSponsorContinues === true) {
    return line
      ? {
          en: `BVOR case: the current sponsor, ${line}, continues to provide support (no promotion needed)`,
          fr: `Cas RDBV\u202f: le répondant actuel, ${line}, continue d’offrir son soutien (aucune promotion nécessaire)`,
        }
      : {
          en: 'BVOR case: the current sponsor continues to provide support (no promotion needed)',
          fr: 'Cas RDBV\u202f: le répondant actuel continue d’offrir son soutien (aucune promotion nécessaire)',
        };
  }
  if (caseType === 'BVOR' && line) {
    return {
      en: `BVOR case: the current sponsor cannot continue; new sponsor identified: ${line}`,
      fr: `Cas RDBV\u202f: le répondant actuel ne peut pas continuer; nouveau répondant identifié\u202f: ${line}`,
    };
  }
  if (line) return { en: `Sponsor identified: ${line}`, fr: `Répondant identifié\u202f: ${line}` };
  if (caseType === 'BVOR') {
    return {
      en: 'BVOR case: the current sponsor cannot continue; a new sponsor must be found (sponsorship breakdown protocols apply)',
      fr: 'Cas RDBV\u202f: le répondant actuel ne peut pas continuer; il faut trouver un nouveau répondant (les protocoles d’échec du parrainage s’appliquent)',
    };
  }
  return {
    en: 'No sponsor identified yet: the case needs promotion to sponsors',
    fr: 'Aucun répondant identifié pour l’instant\u202f: le cas doit être promu auprès des répondants',
  };
}

/** Why a late form is in front of the officer at all (OB 646 step 1). */
export const LATE_NOTE: BilingualText = {
  en: 'Late: received more than 8 months after arrival. Accepted for consideration because exceptional circumstances are stated or a sponsor is identified.',
  fr: 'En retard\u202f: reçu plus de 8 mois après l’arrivée. Accepté pour examen parce que des circonstances exceptionnelles sont indiquées ou qu’un répondant est identifié.',
};
