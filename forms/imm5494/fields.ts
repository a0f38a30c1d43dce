import type { SectionDefinition } from '../field-definition.js';
import { defineFields } from '../form-data-schema.js';
import { sponsoredRefugeeFields, sponsorGroupFields } from '../sponsor-group-fields.js';

/** The areas of settlement the plan covers, each with its arrangements and who in the group is responsible. */
export const SETTLEMENT_AREAS = [
  { id: 'reception', label: { en: 'Reception', fr: 'Accueil' } },
  { id: 'housing', label: { en: 'Housing', fr: 'Logement' } },
  { id: 'orientation', label: { en: 'Orientation', fr: 'Orientation' } },
  { id: 'languageTraining', label: { en: 'Language training', fr: 'Formation linguistique' } },
  { id: 'healthCare', label: { en: 'Health care', fr: 'Soins de santé' } },
  { id: 'employment', label: { en: 'Employment', fr: 'Emploi' } },
] as const;

export const IMM5494_SECTIONS: readonly SectionDefinition[] = [
  { id: 'group', title: { en: 'Sponsoring group', fr: 'Groupe de parrainage' } },
  { id: 'refugee', title: { en: 'Refugee sponsored', fr: 'Réfugié parrainé' } },
  ...SETTLEMENT_AREAS.map((area) => ({ id: area.id, title: area.label })),
  { id: 'signature', title: { en: 'Signature', fr: 'Signature' } },
];

const area = ({ id, label }: (typeof SETTLEMENT_AREAS)[number]) =>
  defineFields([
    {
      name: `plan.${id}.arrangements`,
      section: id,
      kind: 'multiline',
      required: true,
      maxLength: 2000,
      lines: 3,
      label: { en: `${label.en}: what the group will do`, fr: `${label.fr}\u202f: ce que le groupe fera` },
    },
    {
      name: `plan.${id}.responsible`,
      section: id,
      kind: 'text',
      required: true,
      maxLength: 120,
      width: 'half',
      label: { en: `${label.en}: group members responsible`, fr: `${label.fr}\u202f: membres du groupe responsables` },
    },
  ]);

/** Fields of the Settlement Plan (IMM 5494), required for some JAS cases (OB 646, step 6). */
export const IMM5494_FIELDS = defineFields([
  ...sponsorGroupFields('group'),
  ...sponsoredRefugeeFields('refugee'),
  ...SETTLEMENT_AREAS.flatMap(area),
  {
    name: 'signedBy',
    section: 'signature',
    kind: 'name',
    required: true,
    maxLength: 80,
    width: 'half',
    label: { en: 'Signed by (group representative)', fr: 'Signé par (représentant du groupe)' },
  },
  {
    name: 'signedOn',
    section: 'signature',
    kind: 'date',
    required: true,
    label: { en: 'Date signed', fr: 'Date de signature' },
  },
]);
