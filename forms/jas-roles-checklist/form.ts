import { notAfterReceipt, onOrAfter } from '../common-rules.js';
import type { FormDefinition } from '../form-definition.js';
import { JAS_ROLES_FIELDS, JAS_ROLES_SECTIONS } from './fields.js';
import { JAS_ROLES_DATA } from './schema.js';

/** The JAS Roles and Responsibilities Checklist, sent by the RAP SPO to the local office after the case conference (OB 646, step 9). */
export const JAS_ROLES_CHECKLIST_FORM = {
  id: 'jas-roles-checklist',
  version: '2026.1',
  title: {
    en: 'JAS Roles and Responsibilities Checklist',
    fr: 'Liste de vérification des rôles et responsabilités du PAC',
  },
  sections: JAS_ROLES_SECTIONS,
  fields: JAS_ROLES_FIELDS,
  data: JAS_ROLES_DATA,
  rules: [
    notAfterReceipt('meeting.date', 'spo.signedOn', 'sponsor.signedOn'),
    onOrAfter('spo.signedOn', 'meeting.date'),
    onOrAfter('sponsor.signedOn', 'meeting.date'),
  ],
} as const satisfies FormDefinition;
