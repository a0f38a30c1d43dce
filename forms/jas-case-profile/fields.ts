import type { SectionDefinition } from '../field-definition.js';
import { defineFields } from '../form-data-schema.js';

export const JAS_CASE_PROFILE_SECTIONS: readonly SectionDefinition[] = [
  { id: 'case', title: { en: 'Case', fr: 'Dossier' } },
  {
    id: 'profile',
    title: {
      en: 'De-identified profile: no name, address, contact or date of anyone',
      fr: 'Profil dépersonnalisé\u202f: aucun nom, adresse, coordonnée ni date de quiconque',
    },
  },
];

/** One line of the profile: a required box of `lines` lines, in the profile's section. */
const fact = <const Name extends string>(name: Name, en: string, fr: string, lines = 2, maxLength = 600) =>
  ({
    name: `profile.${name}`,
    section: 'profile',
    kind: 'multiline',
    required: true,
    maxLength,
    lines,
    label: { en, fr },
  }) as const;

/**
 * Fields of the case profile RSTP shares with the sponsorship community (OB 646 step 5). The
 * pipeline fills a draft, de-identified, for ROC-O; ROC-O may correct any field and send the PDF
 * back, and what it sends is what RSTP gets, once checked to hold no personal data. Lengths leave
 * room for the draft's placeholders around the recommendation form's longest answers.
 */
export const JAS_CASE_PROFILE_FIELDS = defineFields([
  {
    name: 'case.number',
    section: 'case',
    kind: 'text',
    required: true,
    maxLength: 20,
    label: { en: 'Case number', fr: 'Numéro de dossier' },
    help: { en: 'As in the subject: JAS-YYYY-XXXXXX', fr: 'Comme dans l’objet\u202f: JAS-AAAA-XXXXXX' },
  },
  fact('caseType', 'Case type', 'Type de cas'),
  { ...fact('specialProgram', 'Special program', 'Programme spécial'), required: false },
  fact('sought', 'Sought', 'Recherché'),
  fact('destination', 'Destination', 'Destination', 1, 300),
  fact('arrival', 'Arrival in Canada', 'Arrivée au Canada', 1, 100),
  fact('sponsorshipPeriod', 'Sponsorship period', 'Période de parrainage'),
  fact('language', 'Preferred official language', 'Langue officielle de préférence'),
  fact('familyComposition', 'Family composition', 'Composition de la famille', 4, 3000),
  fact('criteria', 'JAS criteria met', 'Critères du PAC remplis', 4, 2000),
  fact('needs', 'Needs identified after arrival', 'Besoins relevés après l’arrivée', 10, 8000),
  fact(
    'bestInterest',
    'Why JAS is in the client’s best interest',
    'Pourquoi le PAC est dans l’intérêt supérieur du client',
    8,
    8000,
  ),
]);
