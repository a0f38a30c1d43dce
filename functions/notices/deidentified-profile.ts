import type { BilingualText } from '../../kernel/bilingual-text.js';
import { JAS_PERIOD_MONTHS, jasPeriodFrom } from '../../kernel/policy-calendar.js';
import type { CaseRecord } from '../domain/case-record.js';
import { caseTypeName, criteriaMet, languageName, monthAndYear, provinceName } from './case-wording.js';
import { personalDataScrubber } from './scrub-personal-data.js';

/** One line of the profile: what it is, and its value (free text, scrubbed, differs by placeholder language). */
export type ProfileFact = [label: BilingualText, value: BilingualText | string];

/**
 * The case as RSTP may show it to the sponsorship community (OB 646 steps 4–5): what a sponsor
 * needs to decide (case type, where, family, needs, language, period), never who the client is.
 * No name, UCI, birth date or contact; the arrival month without the day; every free text
 * scrubbed of the case's personal data and of any email, phone or UCI-like number.
 */
export function deidentifiedProfile(caseRecord: CaseRecord): { facts: ProfileFact[] } {
  const scrub = personalDataScrubber(caseRecord);
  const { recommendation } = caseRecord;
  const { client, criteria } = recommendation;
  const province = provinceName(recommendation.destination.province);
  const city = scrub(recommendation.destination.city, 'place');
  const criteriaList = criteriaMet(criteria);
  const sponsorSought: BilingualText =
    recommendation.caseType === 'BVOR'
      ? {
          en: 'A new sponsor: the current sponsor cannot continue',
          fr: 'Un nouveau répondant\u202f: le répondant actuel ne peut pas continuer',
        }
      : { en: 'A sponsor for a Joint Assistance Sponsorship', fr: 'Un répondant pour un parrainage d’aide conjointe' };
  const until = monthAndYear(jasPeriodFrom(client.arrivalDate).endsOn);
  const facts: ProfileFact[] = [
    [{ en: 'Case number', fr: 'Numéro de dossier' }, caseRecord.caseId],
    [{ en: 'Case type', fr: 'Type de cas' }, caseTypeName(recommendation.caseType)],
    ...(recommendation.specialProgram
      ? [
          [
            { en: 'Special program', fr: 'Programme spécial' },
            scrub(recommendation.specialProgram),
          ] satisfies ProfileFact,
        ]
      : []),
    [{ en: 'Sought', fr: 'Recherché' }, sponsorSought],
    [
      { en: 'Destination', fr: 'Destination' },
      { en: `${city.en}, ${province.en}`, fr: `${city.fr}, ${province.fr}` },
    ],
    [{ en: 'Arrival in Canada', fr: 'Arrivée au Canada' }, monthAndYear(client.arrivalDate)],
    [
      { en: 'Sponsorship period', fr: 'Période de parrainage' },
      {
        en: `${JAS_PERIOD_MONTHS} months from arrival, until ${until.en}`,
        fr: `${JAS_PERIOD_MONTHS} mois à compter de l’arrivée, jusqu’en ${until.fr}`,
      },
    ],
    [
      { en: 'Preferred official language', fr: 'Langue officielle de préférence' },
      languageName(client.preferredLanguage),
    ],
    [{ en: 'Family composition', fr: 'Composition de la famille' }, scrub(recommendation.familyComposition)],
    [
      { en: 'JAS criteria met', fr: 'Critères du PAC remplis' },
      { en: criteriaList.map((item) => item.en).join('; '), fr: criteriaList.map((item) => item.fr).join('; ') },
    ],
    [{ en: 'Needs identified after arrival', fr: 'Besoins relevés après l’arrivée' }, scrub(criteria.needsDescription)],
    [
      { en: 'Why JAS is in the client’s best interest', fr: 'Pourquoi le PAC est dans l’intérêt supérieur du client' },
      scrub(recommendation.bestInterestJustification),
    ],
  ];
  return { facts };
}
