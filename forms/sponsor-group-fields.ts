import { requiredWhen } from './common-rules.js';
import { defineFields } from './form-data-schema.js';
import type { FormRule } from './form-definition.js';
import { PROVINCES } from './provinces.js';

/**
 * The sponsoring group and the refugee it sponsors, identified the same way on every sponsor
 * form (IMM 1324, 5492, 5494), so that cross-form checks compare like with like.
 */
export function sponsorGroupFields(section: string) {
  return defineFields([
    {
      name: 'group.kind',
      section,
      kind: 'radio',
      required: true,
      label: { en: 'The sponsor is', fr: 'Le répondant est' },
      options: [
        {
          code: 'SAH',
          label: { en: 'A Sponsorship Agreement Holder (SAH)', fr: 'Un signataire d’entente de parrainage (SEP)' },
        },
        {
          code: 'CONSTITUENT_GROUP',
          label: { en: 'A constituent group of a SAH', fr: 'Un groupe constitutif d’un SEP' },
        },
      ],
    },
    {
      name: 'group.sahName',
      section,
      kind: 'text',
      required: true,
      maxLength: 120,
      width: 'half',
      label: { en: 'Sponsorship Agreement Holder name', fr: 'Nom du signataire d’entente de parrainage' },
    },
    {
      name: 'group.sahNumber',
      section,
      kind: 'text',
      required: true,
      maxLength: 20,
      label: { en: 'SAH agreement number', fr: 'Numéro d’entente du SEP' },
    },
    {
      name: 'group.constituentGroupName',
      section,
      kind: 'text',
      required: false,
      maxLength: 120,
      width: 'half',
      label: { en: 'Constituent group name', fr: 'Nom du groupe constitutif' },
    },
    {
      name: 'group.contactName',
      section,
      kind: 'name',
      required: true,
      maxLength: 80,
      width: 'half',
      label: { en: 'Group contact person', fr: 'Personne-ressource du groupe' },
    },
    {
      name: 'group.email',
      section,
      kind: 'email',
      required: true,
      maxLength: 254,
      width: 'half',
      label: { en: 'Group contact email', fr: 'Courriel du groupe' },
    },
    {
      name: 'group.phone',
      section,
      kind: 'phone',
      required: true,
      maxLength: 30,
      label: { en: 'Group contact phone', fr: 'Téléphone du groupe' },
    },
    {
      name: 'group.city',
      section,
      kind: 'text',
      required: true,
      maxLength: 60,
      width: 'third',
      label: { en: 'City of settlement', fr: 'Ville d’établissement' },
    },
    {
      name: 'group.province',
      section,
      kind: 'dropdown',
      required: true,
      width: 'third',
      options: PROVINCES,
      label: { en: 'Province or territory', fr: 'Province ou territoire' },
    },
  ]);
}

/** The refugee sponsored (the principal applicant of the JAS case). */
export function sponsoredRefugeeFields(section: string) {
  return defineFields([
    {
      name: 'refugee.uci',
      section,
      kind: 'uci',
      required: true,
      maxLength: 13,
      label: { en: 'UCI of the principal applicant', fr: 'IUC du demandeur principal' },
    },
    {
      name: 'refugee.familyName',
      section,
      kind: 'name',
      required: true,
      maxLength: 60,
      width: 'third',
      label: { en: 'Family name', fr: 'Nom de famille' },
    },
    {
      name: 'refugee.givenNames',
      section,
      kind: 'name',
      required: true,
      maxLength: 60,
      width: 'third',
      label: { en: 'Given names', fr: 'Prénoms' },
    },
  ]);
}

/** A constituent group names itself as well as its SAH. */
export const SPONSOR_GROUP_RULES: readonly FormRule[] = [
  requiredWhen(
    (input) => input.value('group.kind') === 'CONSTITUENT_GROUP',
    { en: 'the sponsor is a constituent group', fr: 'le répondant est un groupe constitutif' },
    'group.constituentGroupName',
  ),
];
