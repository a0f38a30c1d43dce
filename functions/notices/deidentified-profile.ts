import type { FillValues } from '../../forms/fill-values.js';
import { JAS_CASE_PROFILE_FORM } from '../../forms/jas-case-profile/form.js';
import type { BilingualText } from '../../kernel/bilingual-text.js';
import { JAS_PERIOD_MONTHS, jasPeriodFrom } from '../../kernel/policy-calendar.js';
import type { CaseRecord, ProfileFacts } from '../domain/case-record.js';
import { type LanguageWords, loadLanguageWords } from '../domain/deidentify/language-words.js';
import { oneTextForBoth, personalDataScrubber } from '../domain/deidentify/scrub-personal-data.js';
import { caseTypeName, criteriaMet, languageName, monthAndYear, provinceName } from './case-wording.js';

/** One line of the profile: what it is, and its value (free text, scrubbed, differs by placeholder language). */
export type ProfileFact = [label: BilingualText, value: BilingualText | string];

/** The profile's lines, by the name of their field on the profile form (`profile.<key>`), in the form's order. */
type ProfileValues = { readonly [Key in keyof ProfileFacts]?: BilingualText | string };

const CASE_NUMBER_LABEL = JAS_CASE_PROFILE_FORM.fields.find((field) => field.name === 'case.number')!.label;
const PROFILE_FIELDS = JAS_CASE_PROFILE_FORM.fields.filter((field) => field.name.startsWith('profile.'));

/**
 * The draft ROC-O receives (OB 646 steps 4–5): what a sponsor needs to decide (case type, where,
 * family, needs, language, period), never who the client is. No name, UCI, birth date or contact;
 * the arrival month without the day; every free text scrubbed of the case's personal data and of
 * any name, address, phone, email, identity number or date.
 */
function draftValues(caseRecord: CaseRecord, language: LanguageWords): ProfileValues {
  const scrub = personalDataScrubber(caseRecord, language);
  const scrubPlace = personalDataScrubber(caseRecord);
  const { recommendation } = caseRecord;
  const { client, criteria } = recommendation;
  const province = provinceName(recommendation.destination.province);
  // A city's name is a place, not free text: its capitals say nothing.
  const city = scrubPlace(recommendation.destination.city);
  const criteriaList = criteriaMet(criteria);
  const until = monthAndYear(jasPeriodFrom(client.arrivalDate).endsOn);
  return {
    caseType: caseTypeName(recommendation.caseType),
    ...(recommendation.specialProgram && { specialProgram: scrub(recommendation.specialProgram) }),
    sought:
      recommendation.caseType === 'BVOR'
        ? {
            en: 'A new sponsor: the current sponsor cannot continue',
            fr: 'Un nouveau répondant\u202f: le répondant actuel ne peut pas continuer',
          }
        : {
            en: 'A sponsor for a Joint Assistance Sponsorship',
            fr: 'Un répondant pour un parrainage d’aide conjointe',
          },
    destination: { en: `${city.en}, ${province.en}`, fr: `${city.fr}, ${province.fr}` },
    arrival: monthAndYear(client.arrivalDate),
    sponsorshipPeriod: {
      en: `${JAS_PERIOD_MONTHS} months from arrival, until ${until.en}`,
      fr: `${JAS_PERIOD_MONTHS} mois à compter de l’arrivée, jusqu’en ${until.fr}`,
    },
    language: languageName(client.preferredLanguage),
    familyComposition: scrub(recommendation.familyComposition),
    criteria: {
      en: criteriaList.map((item) => item.en).join('; '),
      fr: criteriaList.map((item) => item.fr).join('; '),
    },
    needs: scrub(criteria.needsDescription),
    bestInterest: scrub(recommendation.bestInterestJustification),
  };
}

function factsOf(caseId: string, values: ProfileValues): { facts: ProfileFact[] } {
  return {
    facts: [
      [CASE_NUMBER_LABEL, caseId],
      ...PROFILE_FIELDS.flatMap((field): ProfileFact[] => {
        const value = values[field.name.slice('profile.'.length) as keyof ProfileFacts];
        return value === undefined ? [] : [[field.label, value]];
      }),
    ],
  };
}

/** The de-identified draft of the case's profile, as the pipeline writes it for ROC-O to check. */
export async function deidentifiedProfile(caseRecord: CaseRecord): Promise<{ facts: ProfileFact[] }> {
  return factsOf(caseRecord.caseId, draftValues(caseRecord, await loadLanguageWords()));
}

/**
 * The profile RSTP shares (OB 646 step 5): the one ROC-O sent back corrected, when it did (checked
 * to hold no personal data before it was kept), otherwise the draft ROC-O approved.
 */
export async function releasedProfile(caseRecord: CaseRecord): Promise<{ facts: ProfileFact[] }> {
  const corrected = caseRecord.promotion?.correctedProfile;
  return corrected ? factsOf(caseRecord.caseId, corrected) : deidentifiedProfile(caseRecord);
}

/** One text for a value that differs by language: once when only placeholders differ, else English then French. */
function formText(value: BilingualText | string): string {
  if (typeof value === 'string') return value;
  if (value.en === value.fr) return value.en;
  return oneTextForBoth(value) ?? `${value.en}\n${value.fr}`;
}

/**
 * The draft as values of the profile form (`jas-case-profile`), which ROC-O receives filled and
 * may correct and send back. The narrow no-break space French puts before colons becomes a
 * no-break space, which the form's standard font can draw.
 */
export async function draftProfileFormValues(caseRecord: CaseRecord): Promise<FillValues> {
  const values = draftValues(caseRecord, await loadLanguageWords());
  return {
    'case.number': caseRecord.caseId,
    ...Object.fromEntries(
      Object.entries(values).map(([key, value]) => [`profile.${key}`, formText(value).replace(/\u202f/g, '\u00a0')]),
    ),
  };
}
