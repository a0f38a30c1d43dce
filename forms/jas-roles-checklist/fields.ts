import type { FieldOption, SectionDefinition } from '../field-definition.js';
import { defineFields } from '../form-data-schema.js';

export const JAS_ROLES_SECTIONS: readonly SectionDefinition[] = [
  { id: 'case', title: { en: 'JAS client', fr: 'Client du PAC' } },
  {
    id: 'parties',
    title: {
      en: 'RAP service provider and sponsoring group',
      fr: 'Fournisseur de services du PAR et groupe de parrainage',
    },
  },
  { id: 'meeting', title: { en: 'Case conference', fr: 'Conférence de cas' } },
  { id: 'responsibilities', title: { en: 'Who is responsible for what', fr: 'Qui est responsable de quoi' } },
  { id: 'signatures', title: { en: 'Signatures and copies', fr: 'Signatures et copies' } },
];

/** Each responsibility is assigned to the SPO, the sponsor, or both. */
const ASSIGNEES = [
  { code: 'SPO', label: { en: 'RAP service provider', fr: 'Fournisseur de services du PAR' } },
  { code: 'SPONSOR', label: { en: 'Sponsoring group', fr: 'Groupe de parrainage' } },
  { code: 'SHARED', label: { en: 'Both', fr: 'Les deux' } },
] as const satisfies readonly FieldOption[];

/** The responsibilities discussed at the case conference (OB 646, step 9). */
export const JAS_RESPONSIBILITIES = [
  {
    id: 'housing',
    label: { en: 'Finding and setting up permanent housing', fr: 'Trouver et aménager un logement permanent' },
  },
  {
    id: 'orientation',
    label: {
      en: 'Orientation to the community and its services',
      fr: 'Orientation dans la collectivité et ses services',
    },
  },
  {
    id: 'healthCare',
    label: {
      en: 'Medical appointments and health care follow-up',
      fr: 'Rendez-vous médicaux et suivi des soins de santé',
    },
  },
  {
    id: 'languageTraining',
    label: { en: 'Enrolment in language training', fr: 'Inscription à la formation linguistique' },
  },
  { id: 'schooling', label: { en: 'School enrolment of the children', fr: 'Inscription des enfants à l’école' } },
  {
    id: 'employment',
    label: { en: 'Job search and employment support', fr: 'Recherche d’emploi et soutien à l’emploi' },
  },
  { id: 'transportation', label: { en: 'Transportation to appointments', fr: 'Transport aux rendez-vous' } },
  { id: 'financialLiteracy', label: { en: 'Budgeting and banking', fr: 'Budget et services bancaires' } },
  { id: 'incomeSupport', label: { en: 'RAP income support paperwork', fr: 'Formalités du soutien du revenu du PAR' } },
  { id: 'emotionalSupport', label: { en: 'Friendship and emotional support', fr: 'Amitié et soutien moral' } },
] as const;

const copy = <const Who extends string>(who: Who, en: string, fr: string) =>
  ({
    name: `copies.${who}`,
    section: 'signatures',
    kind: 'checkbox',
    required: true,
    label: { en, fr },
  }) as const;

/** Fields of the JAS Roles and Responsibilities Checklist, completed at the case conference (OB 646, steps 8–9). */
export const JAS_ROLES_FIELDS = defineFields([
  {
    name: 'client.uci',
    section: 'case',
    kind: 'uci',
    required: true,
    maxLength: 13,
    label: { en: 'UCI (client ID)', fr: 'IUC (identificateur du client)' },
  },
  {
    name: 'client.familyName',
    section: 'case',
    kind: 'name',
    required: true,
    maxLength: 60,
    width: 'third',
    label: { en: 'Family name', fr: 'Nom de famille' },
  },
  {
    name: 'client.givenNames',
    section: 'case',
    kind: 'name',
    required: true,
    maxLength: 60,
    width: 'third',
    label: { en: 'Given names', fr: 'Prénoms' },
  },
  {
    name: 'spo.organization',
    section: 'parties',
    kind: 'text',
    required: true,
    maxLength: 120,
    width: 'half',
    label: { en: 'RAP service provider organization', fr: 'Fournisseur de services du PAR' },
  },
  {
    name: 'spo.contactName',
    section: 'parties',
    kind: 'name',
    required: true,
    maxLength: 80,
    width: 'quarter',
    label: { en: 'SPO contact', fr: 'Personne-ressource du FS' },
  },
  {
    name: 'spo.email',
    section: 'parties',
    kind: 'email',
    required: true,
    maxLength: 254,
    width: 'quarter',
    label: { en: 'SPO email', fr: 'Courriel du FS' },
  },
  {
    name: 'sponsor.groupName',
    section: 'parties',
    kind: 'text',
    required: true,
    maxLength: 120,
    width: 'half',
    label: { en: 'Sponsoring group', fr: 'Groupe de parrainage' },
  },
  {
    name: 'sponsor.contactName',
    section: 'parties',
    kind: 'name',
    required: true,
    maxLength: 80,
    width: 'quarter',
    label: { en: 'Sponsor contact', fr: 'Personne-ressource du répondant' },
  },
  {
    name: 'sponsor.email',
    section: 'parties',
    kind: 'email',
    required: true,
    maxLength: 254,
    width: 'quarter',
    label: { en: 'Sponsor email', fr: 'Courriel du répondant' },
  },
  {
    name: 'meeting.date',
    section: 'meeting',
    kind: 'date',
    required: true,
    label: { en: 'Date of the case conference', fr: 'Date de la conférence de cas' },
  },
  {
    name: 'meeting.mode',
    section: 'meeting',
    kind: 'radio',
    required: true,
    label: { en: 'The meeting was held', fr: 'La rencontre a eu lieu' },
    options: [
      { code: 'IN_PERSON', label: { en: 'In person', fr: 'En personne' } },
      { code: 'PHONE', label: { en: 'By phone', fr: 'Par téléphone' } },
      { code: 'VIDEO', label: { en: 'By video', fr: 'Par vidéo' } },
    ],
  },
  ...JAS_RESPONSIBILITIES.map(
    (item) =>
      ({
        name: `responsibilities.${item.id}`,
        section: 'responsibilities',
        kind: 'radio',
        required: true,
        label: item.label,
        options: ASSIGNEES,
      }) as const,
  ),
  {
    name: 'spo.signatoryName',
    section: 'signatures',
    kind: 'name',
    required: true,
    maxLength: 80,
    width: 'half',
    label: { en: 'Signed for the SPO by', fr: 'Signé pour le FS par' },
  },
  {
    name: 'spo.signedOn',
    section: 'signatures',
    kind: 'date',
    required: true,
    label: { en: 'SPO: date signed', fr: 'FS\u202f: date de signature' },
  },
  {
    name: 'sponsor.signatoryName',
    section: 'signatures',
    kind: 'name',
    required: true,
    maxLength: 80,
    width: 'half',
    label: { en: 'Signed for the sponsor by', fr: 'Signé pour le répondant par' },
  },
  {
    name: 'sponsor.signedOn',
    section: 'signatures',
    kind: 'date',
    required: true,
    label: { en: 'Sponsor: date signed', fr: 'Répondant\u202f: date de signature' },
  },
  copy('sponsor', 'A copy was given to the sponsoring group', 'Une copie a été remise au groupe de parrainage'),
  copy(
    'spo',
    'A copy was kept by the RAP service provider',
    'Une copie a été conservée par le fournisseur de services du PAR',
  ),
  copy('client', 'A copy was given to the JAS client', 'Une copie a été remise au client du PAC'),
]);
