import type { FieldDefinition, SectionDefinition } from '../field-definition.js';
import { LOCAL_OFFICES } from '../local-offices.js';
import { PROVINCES } from '../provinces.js';

/** Sections of the JAS In-Canada Recommendation Form, in the order of OB 646's step 1. */
export const JAS_RECOMMENDATION_SECTIONS: readonly SectionDefinition[] = [
  { id: 'case', title: { en: 'Case type', fr: 'Type de cas' } },
  { id: 'client', title: { en: 'Client', fr: 'Client' } },
  { id: 'criteria', title: { en: 'JAS criteria met', fr: 'Critères du PAC remplis' } },
  { id: 'sponsor', title: { en: 'Sponsor', fr: 'Répondant' } },
  { id: 'justification', title: { en: 'Best interest of the client', fr: 'Intérêt supérieur du client' } },
  { id: 'submitter', title: { en: 'Submitting organization', fr: 'Organisme soumettant' } },
  { id: 'consent', title: { en: 'Consent', fr: 'Consentement' } },
];

/**
 * The fields of the JAS In-Canada Recommendation Form. Their names are the contract with the
 * people and tools that fill the PDF: never rename one; add a field or a new form version instead.
 */
export const JAS_RECOMMENDATION_FIELDS: readonly FieldDefinition[] = [
  {
    name: 'caseType',
    section: 'case',
    kind: 'radio',
    required: true,
    label: { en: 'Type of refugee case', fr: 'Type de cas de réfugié' },
    options: [
      { code: 'GAR', label: { en: 'Government-assisted refugee (GAR)', fr: 'Réfugié pris en charge par le gouvernement (RPG)' } },
      { code: 'BVOR', label: { en: 'Blended visa office-referred (BVOR)', fr: 'Réfugié désigné par un bureau des visas (RDBV)' } },
    ],
  },
  {
    name: 'specialProgram',
    section: 'case',
    kind: 'text',
    required: false,
    maxLength: 100,
    width: 'full',
    label: { en: 'Special program, if any', fr: 'Programme spécial, le cas échéant' },
    help: { en: 'For example: Survivors of Daesh', fr: 'Par exemple : Survivants de Daech' },
  },
  { name: 'client.uci', section: 'client', kind: 'uci', required: true, maxLength: 13, label: { en: 'UCI (client ID)', fr: 'IUC (identificateur du client)' } },
  { name: 'client.familyName', section: 'client', kind: 'name', required: true, maxLength: 60, width: 'third', label: { en: 'Family name', fr: 'Nom de famille' } },
  { name: 'client.givenNames', section: 'client', kind: 'name', required: true, maxLength: 60, width: 'third', label: { en: 'Given names', fr: 'Prénoms' } },
  { name: 'client.dateOfBirth', section: 'client', kind: 'date', required: true, label: { en: 'Date of birth', fr: 'Date de naissance' } },
  { name: 'client.arrivalDate', section: 'client', kind: 'date', required: true, label: { en: 'Date of arrival in Canada', fr: 'Date d’arrivée au Canada' } },
  {
    name: 'client.preferredLanguage',
    section: 'client',
    kind: 'radio',
    required: true,
    label: { en: 'Preferred official language', fr: 'Langue officielle de préférence' },
    options: [
      { code: 'en', label: { en: 'English', fr: 'Anglais' } },
      { code: 'fr', label: { en: 'French', fr: 'Français' } },
    ],
  },
  {
    name: 'familyComposition',
    section: 'client',
    kind: 'multiline',
    required: true,
    maxLength: 1000,
    lines: 3,
    label: { en: 'Family composition', fr: 'Composition de la famille' },
    help: { en: 'Members, ages and relationship to the client', fr: 'Membres, âges et lien avec le client' },
  },
  { name: 'destination.city', section: 'client', kind: 'text', required: true, maxLength: 60, width: 'half', label: { en: 'Destination city', fr: 'Ville de destination' } },
  { name: 'destination.province', section: 'client', kind: 'dropdown', required: true, width: 'half', options: PROVINCES, label: { en: 'Province or territory', fr: 'Province ou territoire' } },
  {
    name: 'criteria.medicalNeeds',
    section: 'criteria',
    kind: 'checkbox',
    required: false,
    label: {
      en: 'A physical or mental condition that could require treatment in Canada',
      fr: 'Un état physique ou mental qui pourrait nécessiter un traitement au Canada',
    },
  },
  {
    name: 'criteria.unusualFamilyConfiguration',
    section: 'criteria',
    kind: 'checkbox',
    required: false,
    label: {
      en: 'An unusual family configuration (single parent with several young children, siblings only)',
      fr: 'Une composition familiale inhabituelle (parent seul avec plusieurs jeunes enfants, frères et sœurs seulement)',
    },
  },
  {
    name: 'criteria.otherSpecialNeeds',
    section: 'criteria',
    kind: 'checkbox',
    required: false,
    label: { en: 'Other special needs', fr: 'Autres besoins particuliers' },
  },
  {
    name: 'criteria.needsDescription',
    section: 'criteria',
    kind: 'multiline',
    required: true,
    maxLength: 3000,
    lines: 5,
    label: { en: 'Needs identified after arrival', fr: 'Besoins relevés après l’arrivée' },
    help: { en: 'What was identified, by whom, and the support required', fr: 'Ce qui a été relevé, par qui, et le soutien requis' },
  },
  { name: 'criteria.needsIdentifiedOn', section: 'criteria', kind: 'date', required: true, width: 'half', label: { en: 'Date the needs were identified', fr: 'Date où les besoins ont été relevés' } },
  {
    name: 'sponsor.identified',
    section: 'sponsor',
    kind: 'yes-no',
    required: true,
    label: { en: 'Has a sponsor been identified?', fr: 'Un répondant a-t-il été trouvé?' },
  },
  { name: 'sponsor.name', section: 'sponsor', kind: 'text', required: false, maxLength: 120, width: 'half', label: { en: 'Sponsor (group) name', fr: 'Nom du répondant (groupe)' } },
  { name: 'sponsor.contactEmail', section: 'sponsor', kind: 'email', required: false, maxLength: 254, width: 'half', label: { en: 'Sponsor contact email', fr: 'Courriel du répondant' } },
  {
    name: 'sponsor.bvorSponsorContinues',
    section: 'sponsor',
    kind: 'yes-no',
    required: false,
    label: {
      en: 'BVOR only: can the current sponsor continue to provide support?',
      fr: 'RDBV seulement : le répondant actuel peut-il continuer d’offrir son soutien?',
    },
  },
  {
    name: 'bestInterestJustification',
    section: 'justification',
    kind: 'multiline',
    required: true,
    maxLength: 3000,
    lines: 5,
    label: { en: 'Why JAS is in the client’s best interest', fr: 'Pourquoi le PAC est dans l’intérêt supérieur du client' },
  },
  {
    name: 'exceptionalCircumstances',
    section: 'justification',
    kind: 'multiline',
    required: false,
    maxLength: 3000,
    lines: 4,
    label: { en: 'Exceptional circumstances', fr: 'Circonstances exceptionnelles' },
    help: {
      en: 'Required for a GAR case submitted more than 8 months after arrival, unless a sponsor is identified',
      fr: 'Obligatoire pour un cas de RPG soumis plus de 8 mois après l’arrivée, sauf si un répondant a été trouvé',
    },
  },
  {
    name: 'submitter.kind',
    section: 'submitter',
    kind: 'radio',
    required: true,
    label: { en: 'Submitted by', fr: 'Soumis par' },
    options: [
      { code: 'RAP_SPO', label: { en: 'RAP service provider organization', fr: 'Fournisseur de services du PAR' } },
      { code: 'SPONSORING_GROUP', label: { en: 'Sponsoring group', fr: 'Groupe de répondants' } },
    ],
  },
  { name: 'submitter.organization', section: 'submitter', kind: 'text', required: true, maxLength: 120, width: 'full', label: { en: 'Organization', fr: 'Organisme' } },
  { name: 'submitter.contactName', section: 'submitter', kind: 'name', required: true, maxLength: 80, width: 'half', label: { en: 'Contact person', fr: 'Personne-ressource' } },
  { name: 'submitter.email', section: 'submitter', kind: 'email', required: true, maxLength: 254, width: 'half', label: { en: 'Contact email', fr: 'Courriel de la personne-ressource' } },
  { name: 'submitter.phone', section: 'submitter', kind: 'phone', required: false, maxLength: 30, label: { en: 'Contact phone', fr: 'Téléphone de la personne-ressource' } },
  {
    name: 'localOffice',
    section: 'submitter',
    kind: 'dropdown',
    required: true,
    width: 'half',
    options: LOCAL_OFFICES.map((office) => ({ code: office.code, label: office.name })),
    label: { en: 'Local IRCC office', fr: 'Bureau local d’IRCC' },
  },
  {
    name: 'consentToShare',
    section: 'consent',
    kind: 'checkbox',
    required: true,
    label: {
      en: 'The client consents to sharing this information with IRCC, the sponsor and the RAP service provider',
      fr: 'Le client consent à ce que ces renseignements soient communiqués à IRCC, au répondant et au fournisseur de services du PAR',
    },
  },
];
