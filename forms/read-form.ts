import type { BilingualText } from '../kernel/bilingual-text.js';
import type { FieldProblem } from './field-problem.js';
import { fieldProblem } from './field-problem.js';
import { RULES } from './field-rules.js';
import type { FormReceipt } from './form-definition.js';
import { compareVersions, FORM_ID_FIELD, FORM_VERSION_FIELD, type FormIdentity } from './form-identity.js';
import { formValues } from './form-values.js';
import { formOutdated, formUnknown, pdfNoFields } from './read-errors.js';
import { type PdfFields, type PdfReadLimits, readPdfFields } from './read-pdf-fields.js';
import { type FormId, type FormOf, getForm, type TypedFormData } from './registry.js';
import { validateForm } from './validate-form.js';

export type { FieldProblem } from './field-problem.js';

/**
 * What reading a form gives: the values as read (always, for the case file and for `jas forms
 * read`), and either the typed data with flags (`late`…) and warnings for the officer, or the
 * problems to send back to the sender. Narrowing on `formId` types `data` (see each form's schema.ts).
 */
export type FormReading =
  | ({
      ok: true;
      version: string;
      values: Record<string, string | boolean>;
      flags: string[];
      warnings: FieldProblem[];
    } & TypedFormData)
  | { ok: false; formId: string; version: string; values: Record<string, string | boolean>; problems: FieldProblem[] };

function identityOf(pdf: PdfFields): FormIdentity | undefined {
  const text = (name: string): string | undefined => {
    const value = pdf.fields.find((field) => field.name === name)?.value;
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  };
  const formId = text(FORM_ID_FIELD);
  const version = text(FORM_VERSION_FIELD);
  return formId && version ? { formId, version } : pdf.identityInfo;
}

function hasFormData(pdf: PdfFields): boolean {
  const identityFields = [FORM_ID_FIELD, FORM_VERSION_FIELD];
  return pdf.fields.some((field) => !identityFields.includes(field.name)) || (pdf.xfa?.length ?? 0) > 0;
}

/** Finds which of our forms (and which version) a PDF is, or throws the error that says why not. */
function identify(pdf: PdfFields): FormOf<FormId> {
  const identity = identityOf(pdf);
  const form = identity ? getForm(identity.formId) : undefined;
  if (!hasFormData(pdf)) throw pdfNoFields(form?.title);
  if (!identity || !form) throw formUnknown();
  if (identity.version === form.version) return form;
  if (compareVersions(identity.version, form.version) < 0)
    throw formOutdated(form.title, identity.version, form.version);
  const detail: BilingualText = {
    en: `version ${identity.version} of form ${form.id} is not known; the current version is ${form.version}`,
    fr: `la version ${identity.version} du formulaire ${form.id} est inconnue; la version en vigueur est ${form.version}`,
  };
  throw formUnknown(detail);
}

/**
 * Reads one of our forms from a PDF, however the filling tool stored its values, and validates it
 * against the form's fields and rules as of `receivedOn` (the date the email arrived, `YYYY-MM-DD`).
 * Throws `FormReadError` for whole-document problems (not a PDF, too large, encrypted, corrupt,
 * no fields, unknown form, outdated version); field problems are returned, never thrown. The limits
 * bound the PDF's size and what its streams decode to (see `readPdfFields`).
 */
export async function readForm(pdf: Uint8Array, context: FormReceipt & PdfReadLimits): Promise<FormReading> {
  const fields = await readPdfFields(pdf, context);
  const form = identify(fields);
  const read = formValues(form.fields, fields);
  const unreadable = new Set([...read.problems, ...read.warnings].map((problem) => problem.field));
  const mismatches = fields.disagreements.flatMap((disagreement) => {
    const field = form.fields.find((candidate) => candidate.name === disagreement.field);
    return field ? [fieldProblem(field, 'XFA_ACROFORM_MISMATCH', RULES.XFA_ACROFORM_MISMATCH)] : [];
  });
  const validation = validateForm(form, read.values, {
    receivedOn: context.receivedOn,
    ...(context.receivedAt && { receivedAt: context.receivedAt }),
  });
  const base = { formId: form.id, version: form.version, values: read.values };
  if (!validation.ok || read.problems.length > 0) {
    // An unreadable field already has its problem; "required" on top of it would say the same thing worse.
    const problems = validation.ok ? [] : validation.problems.filter((problem) => !unreadable.has(problem.field));
    return { ok: false, ...base, problems: [...read.problems, ...problems] };
  }
  return {
    ...validation,
    version: base.version,
    values: base.values,
    warnings: [...read.warnings, ...mismatches, ...validation.warnings],
  };
}
