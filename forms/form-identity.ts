import { PDFDict, type PDFDocument, PDFHexString, PDFName, PDFString } from '@cantoo/pdf-lib';
import type { FormDefinition } from './form-definition.js';

/**
 * How a PDF says which form and version it is, so it is identified by content, never by file name.
 * Two places, because filling tools keep one or the other: hidden read-only fields (kept by every
 * tool that keeps the form) and keys of the document information dictionary (kept when a PDF is
 * flattened or its fields are rebuilt).
 */
export const FORM_ID_FIELD = 'jas.formId';
export const FORM_VERSION_FIELD = 'jas.formVersion';
const FORM_ID_INFO_KEY = 'JasFormId';
const FORM_VERSION_INFO_KEY = 'JasFormVersion';

/** A form id and version as found in a PDF. */
export interface FormIdentity {
  readonly formId: string;
  readonly version: string;
}

/** Writes the identity into the document information dictionary (the hidden fields are laid out with the others). */
export function writeIdentityInfo(doc: PDFDocument, form: Pick<FormDefinition, 'id' | 'version'>): void {
  const info = doc.context.lookup(doc.context.trailerInfo.Info, PDFDict);
  info.set(PDFName.of(FORM_ID_INFO_KEY), PDFString.of(form.id));
  info.set(PDFName.of(FORM_VERSION_INFO_KEY), PDFString.of(form.version));
}

function infoText(info: PDFDict, key: string): string | undefined {
  const value = info.get(PDFName.of(key));
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText().trim() : undefined;
}

/** Reads the identity from the document information dictionary, if it is there. */
export function readIdentityInfo(doc: Pick<PDFDocument, 'context'>): FormIdentity | undefined {
  const info = doc.context.lookup(doc.context.trailerInfo.Info);
  if (!(info instanceof PDFDict)) return undefined;
  const formId = infoText(info, FORM_ID_INFO_KEY);
  const version = infoText(info, FORM_VERSION_INFO_KEY);
  return formId && version ? { formId, version } : undefined;
}

/**
 * Orders versions written `YYYY.N`: negative when `a` is older than `b`. Unparseable versions
 * compare as `NaN`, which callers treat as "unknown".
 */
export function compareVersions(a: string, b: string): number {
  const parse = (version: string): number[] | undefined =>
    /^\d+(\.\d+)*$/.test(version) ? version.split('.').map(Number) : undefined;
  const left = parse(a);
  const right = parse(b);
  if (!left || !right) return Number.NaN;
  for (let index = 0; index < Math.max(left.length, right.length); index += 1) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}
