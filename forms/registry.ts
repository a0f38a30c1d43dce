import type * as z from 'zod';
import type { BilingualText } from '../kernel/bilingual-text.js';
import type { FormDefinition } from './form-definition.js';
import { IMM1324_FORM } from './imm1324/form.js';
import { IMM5492_FORM } from './imm5492/form.js';
import { IMM5494_FORM } from './imm5494/form.js';
import { JAS_CASE_PROFILE_FORM } from './jas-case-profile/form.js';
import { JAS_RECOMMENDATION_FORM } from './jas-recommendation/form.js';
import { JAS_ROLES_CHECKLIST_FORM } from './jas-roles-checklist/form.js';

const FORMS = [
  JAS_RECOMMENDATION_FORM,
  IMM1324_FORM,
  IMM5492_FORM,
  IMM5494_FORM,
  JAS_ROLES_CHECKLIST_FORM,
  JAS_CASE_PROFILE_FORM,
] as const;

/** One of the forms this service reads. */
export type KnownForm = (typeof FORMS)[number];

/** The id of one of the forms this service reads. */
export type FormId = KnownForm['id'];

/** Each form's valid data, by form id: the `z.infer` of the schema built from its fields. */
export type FormDataById = { [Form in KnownForm as Form['id']]: z.infer<Form['data']> };

/** A valid form's data with the id of its form: narrowing on `formId` types `data`. */
export type TypedFormData<Id extends FormId = FormId> = {
  [Each in Id]: { readonly formId: Each; readonly data: FormDataById[Each] };
}[Id];

const DATA_SCHEMAS: { readonly [Id in FormId]: z.ZodType<FormDataById[Id]> } = {
  'jas-recommendation': JAS_RECOMMENDATION_FORM.data,
  imm1324: IMM1324_FORM.data,
  imm5492: IMM5492_FORM.data,
  imm5494: IMM5494_FORM.data,
  'jas-roles-checklist': JAS_ROLES_CHECKLIST_FORM.data,
  'jas-case-profile': JAS_CASE_PROFILE_FORM.data,
};

/**
 * Types the data a form's values nest into, checking it against the schema built from the form's
 * fields: what the reader built must be what the type says (a mismatch is a bug, and throws).
 */
export function typedFormData<Id extends FormId>(formId: Id, data: unknown): TypedFormData<Id> {
  return { formId, data: DATA_SCHEMAS[formId].parse(data) };
}

/** The forms this service reads: id, current version and bilingual title. */
export function listForms(): { id: FormId; version: string; title: BilingualText }[] {
  return FORMS.map(({ id, version, title }) => ({ id, version, title }));
}

/** A form's definition, its data typed. */
export type FormOf<Id extends FormId> = FormDefinition<Id, FormDataById[Id]>;

/** The definition of a form by id, or `undefined` when there is no such form. */
export function getForm<Id extends FormId>(id: Id): FormOf<Id>;
export function getForm(id: string): FormOf<FormId> | undefined;
export function getForm(id: string): FormOf<FormId> | undefined {
  return FORMS.find((form) => form.id === id);
}
