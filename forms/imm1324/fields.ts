import type { SectionDefinition } from '../field-definition.js';
import { defineFields } from '../form-data-schema.js';
import { sponsoredRefugeeFields, sponsorGroupFields } from '../sponsor-group-fields.js';

export const IMM1324_SECTIONS: readonly SectionDefinition[] = [
  { id: 'group', title: { en: 'Sponsoring group', fr: 'Groupe de parrainage' } },
  { id: 'refugee', title: { en: 'Refugees sponsored', fr: 'Réfugiés parrainés' } },
  {
    id: 'period',
    title: {
      en: 'Sponsorship period (JAS: 24 months from arrival)',
      fr: 'Période de parrainage (PAC\u202f: 24 mois à compter de l’arrivée)',
    },
  },
  {
    id: 'commitments',
    title: { en: 'Commitments of the sponsoring group', fr: 'Engagements du groupe de parrainage' },
  },
  { id: 'signatures', title: { en: 'Signatories', fr: 'Signataires' } },
];

const signatory = <const Row extends number, const Required extends boolean>(row: Row, required: Required) =>
  defineFields([
    {
      name: `signatories.${row}.name`,
      section: 'signatures',
      kind: 'name',
      required,
      maxLength: 80,
      width: 'half',
      label: { en: `Group signatory ${row}: name`, fr: `Signataire ${row} du groupe\u202f: nom` },
    },
    {
      name: `signatories.${row}.signedOn`,
      section: 'signatures',
      kind: 'date',
      required,
      label: { en: `Group signatory ${row}: date signed`, fr: `Signataire ${row} du groupe\u202f: date de signature` },
    },
  ]);

const commitment = <const Name extends string>(name: Name, en: string, fr: string) =>
  ({
    name: `commitments.${name}`,
    section: 'commitments',
    kind: 'checkbox',
    required: true,
    label: { en, fr },
  }) as const;

/** Fields of the sponsorship undertaking (IMM 1324) for a Joint Assistance Sponsorship (OB 646, step 6). */
export const IMM1324_FIELDS = defineFields([
  ...sponsorGroupFields('group'),
  ...sponsoredRefugeeFields('refugee'),
  {
    name: 'refugee.familyMembers',
    section: 'refugee',
    kind: 'number',
    required: true,
    min: 1,
    max: 20,
    label: { en: 'Number of persons sponsored', fr: 'Nombre de personnes parrainées' },
  },
  {
    name: 'refugee.arrivalDate',
    section: 'refugee',
    kind: 'date',
    required: true,
    label: { en: 'Date of arrival in Canada', fr: 'Date d’arrivée au Canada' },
  },
  {
    name: 'sponsorship.startDate',
    section: 'period',
    kind: 'date',
    required: true,
    label: { en: 'Sponsorship starts on', fr: 'Début du parrainage' },
  },
  {
    name: 'sponsorship.endDate',
    section: 'period',
    kind: 'date',
    required: true,
    label: { en: 'Sponsorship ends on', fr: 'Fin du parrainage' },
  },
  commitment(
    'settlementSupport',
    'We will provide settlement support, jointly with the RAP service provider',
    'Nous offrirons un soutien à l’établissement, conjointement avec le fournisseur de services du PAR',
  ),
  commitment(
    'twentyFourMonths',
    'We will support the refugees for the whole 24-month JAS period',
    'Nous soutiendrons les réfugiés pendant toute la période de 24 mois du PAC',
  ),
  commitment(
    'notifyIrcc',
    'We will tell IRCC of any change in the sponsorship or the group',
    'Nous informerons IRCC de tout changement touchant le parrainage ou le groupe',
  ),
  commitment(
    'noRepayment',
    'We will not ask the refugees to repay any support',
    'Nous ne demanderons aux réfugiés de rembourser aucun soutien',
  ),
  ...signatory(1, true),
  ...signatory(2, false),
  {
    name: 'sah.signatoryName',
    section: 'signatures',
    kind: 'name',
    required: true,
    maxLength: 80,
    width: 'half',
    label: { en: 'SAH authorized signatory: name', fr: 'Signataire autorisé du SEP\u202f: nom' },
  },
  {
    name: 'sah.signedOn',
    section: 'signatures',
    kind: 'date',
    required: true,
    label: { en: 'SAH authorized signatory: date signed', fr: 'Signataire autorisé du SEP\u202f: date de signature' },
  },
]);
