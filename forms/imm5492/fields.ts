import type { SectionDefinition } from '../field-definition.js';
import { defineFields } from '../form-data-schema.js';
import { sponsoredRefugeeFields, sponsorGroupFields } from '../sponsor-group-fields.js';

export const IMM5492_SECTIONS: readonly SectionDefinition[] = [
  { id: 'group', title: { en: 'Sponsoring group', fr: 'Groupe de parrainage' } },
  { id: 'refugee', title: { en: 'Refugee sponsored', fr: 'Réfugié parrainé' } },
  { id: 'members', title: { en: 'Members of the group', fr: 'Membres du groupe' } },
  { id: 'finances', title: { en: 'Financial capacity (whole dollars)', fr: 'Capacité financière (dollars entiers)' } },
  { id: 'other', title: { en: 'Other current sponsorships', fr: 'Autres parrainages en cours' } },
  { id: 'settlementFunds', title: { en: 'Settlement funds', fr: 'Fonds d’établissement' } },
];

/** Rows of the members table. */
export const IMM5492_MEMBER_ROWS = 6;

const member = (row: number) =>
  defineFields([
    {
      name: `members.${row}.name`,
      section: 'members',
      kind: 'name',
      required: row === 1,
      maxLength: 80,
      width: 'third',
      label: { en: `Member ${row}: name`, fr: `Membre ${row}\u202f: nom` },
    },
    {
      name: `members.${row}.role`,
      section: 'members',
      kind: 'text',
      required: row === 1,
      maxLength: 80,
      width: 'third',
      label: { en: `Member ${row}: role in the group`, fr: `Membre ${row}\u202f: rôle dans le groupe` },
    },
    {
      name: `members.${row}.email`,
      section: 'members',
      kind: 'email',
      required: false,
      maxLength: 254,
      width: 'third',
      label: { en: `Member ${row}: email`, fr: `Membre ${row}\u202f: courriel` },
    },
  ]);

const amount = <const Name extends string, const Required extends boolean>(
  name: Name,
  en: string,
  fr: string,
  required: Required,
) =>
  ({
    name,
    section: name.startsWith('settlementFunds') ? 'settlementFunds' : 'finances',
    kind: 'number',
    required,
    min: 0,
    max: 10_000_000,
    maxLength: 15,
    label: { en, fr },
  }) as const;

/** Fields of the Sponsor Assessment (IMM 5492): who the group is and whether it can carry the sponsorship (OB 646, step 6). */
export const IMM5492_FIELDS = defineFields([
  ...sponsorGroupFields('group'),
  ...sponsoredRefugeeFields('refugee'),
  ...Array.from({ length: IMM5492_MEMBER_ROWS }, (_, index) => member(index + 1)).flat(),
  amount('finances.requiredFunds', 'Funds the sponsorship requires', 'Fonds requis pour le parrainage', true),
  amount('finances.availableFunds', 'Funds available to the group', 'Fonds dont dispose le groupe', true),
  amount('finances.inKindValue', 'Value of in-kind donations', 'Valeur des dons en nature', false),
  {
    name: 'finances.sourceOfFunds',
    section: 'finances',
    kind: 'multiline',
    required: true,
    maxLength: 2000,
    lines: 3,
    label: { en: 'Where the funds come from', fr: 'Provenance des fonds' },
  },
  {
    name: 'other.currentSponsorships',
    section: 'other',
    kind: 'number',
    required: true,
    min: 0,
    max: 500,
    maxLength: 4,
    label: {
      en: 'Number of other sponsorships the group carries now',
      fr: 'Nombre d’autres parrainages que le groupe assume actuellement',
    },
  },
  {
    name: 'other.details',
    section: 'other',
    kind: 'multiline',
    required: false,
    maxLength: 2000,
    lines: 3,
    label: {
      en: 'Other sponsorships: refugees, dates and commitments',
      fr: 'Autres parrainages\u202f: réfugiés, dates et engagements',
    },
  },
  amount(
    'settlementFunds.amount',
    'Settlement funds held for this sponsorship',
    'Fonds d’établissement réservés à ce parrainage',
    true,
  ),
  {
    name: 'settlementFunds.heldBy',
    section: 'settlementFunds',
    kind: 'text',
    required: true,
    maxLength: 120,
    width: 'half',
    label: { en: 'Where the settlement funds are held', fr: 'Où les fonds d’établissement sont détenus' },
  },
]);
