import { type PDFContext, PDFDict, type PDFDocument, PDFName } from '@cantoo/pdf-lib';
import { DecodeBudget } from '../kernel/decode-budget.js';
import { inflateWithinBudget } from '../kernel/inflate-within-budget.js';
import { type FormIdentity, readIdentityInfo } from './form-identity.js';
import { checkPdfBytes, loadPdfDocument } from './pdf/load-pdf-document.js';
import { openPdfLazily } from './pdf/open-pdf-lazily.js';
import type { XfaValue } from './pdf/parse-xfa-data.js';
import { withinPdfDecodeBudget } from './pdf/pdf-decode-budget.js';
import { DEFAULT_MAX_DECODED_BYTES, DEFAULT_MAX_PDF_OBJECTS } from './pdf/pdf-limits.js';
import { PdfObjectBudget, withinPdfObjectBudget } from './pdf/pdf-object-budget.js';
import { type PdfField, readAcroFormFields, type UnreadablePdfField } from './pdf/read-acroform-fields.js';
import { readXfaDatasets } from './pdf/read-xfa-datasets.js';
import { pdfCorrupt, pdfExpandsTooFar, pdfTooComplex } from './read-errors.js';

/** What the readers need of a PDF: its objects, loaded whole or looked up lazily. */
type PdfObjects = Pick<PDFDocument, 'context'>;

/** An AcroForm field whose value differs from the XFA data bound to it (a hybrid form). */
export interface XfaDisagreement {
  readonly field: string;
  readonly xfaPath: string;
}

/** Everything a PDF holds as form data, before any form's meaning is applied. */
export interface PdfFields {
  readonly fields: readonly PdfField[];
  readonly unreadable: readonly UnreadablePdfField[];
  /** XFA data leaves, when the PDF has XFA (IRCC's LiveCycle forms). */
  readonly xfa?: readonly XfaValue[];
  readonly disagreements: readonly XfaDisagreement[];
  /** The form identity from the document information dictionary, when present. */
  readonly identityInfo?: FormIdentity;
  /** Whether the file was encrypted and opened with the empty user password. */
  readonly encrypted: boolean;
}

/** `form1[0].#subform[0].Name[0]` → `form1/Name`: AcroForm names of a hybrid, in XFA data path form. */
function xfaPathOf(fieldName: string): string {
  return fieldName
    .split('.')
    .filter((segment) => !segment.startsWith('#'))
    .map((segment) => segment.replace(/\[0\]$/, ''))
    .join('/');
}

function sameValue(field: PdfField, xfa: string): boolean {
  const wanted = xfa.trim();
  if (typeof field.value === 'boolean') return field.value === !['', '0', 'Off', 'false'].includes(wanted);
  const text = (Array.isArray(field.value) ? field.value.join('\n') : (field.value ?? '')).trim();
  // A choice may hold the display value on one side and the export value on the other.
  const option = field.options?.find((candidate) => candidate.value === text || candidate.display === text);
  return text === wanted || option?.value === wanted || option?.display === wanted;
}

function compareWithXfa(fields: readonly PdfField[], xfa: readonly XfaValue[]): XfaDisagreement[] {
  const byPath = new Map(xfa.map((leaf) => [leaf.path, leaf.value]));
  return fields.flatMap((field) => {
    const xfaPath = xfaPathOf(field.name);
    const value = byPath.get(xfaPath);
    return value === undefined || sameValue(field, value) ? [] : [{ field: field.name, xfaPath }];
  });
}

/** XFA is a bonus for our AcroForm forms: damaged XFA is reported, not fatal. */
function readXfa(doc: PdfObjects, unreadable: UnreadablePdfField[]): XfaValue[] | undefined {
  try {
    return readXfaDatasets(doc);
  } catch (error) {
    unreadable.push({ name: 'XFA datasets', reason: error instanceof Error ? error.message : String(error) });
    return undefined;
  }
}

/** How reading a PDF is bounded: its size, the bytes its streams may decode to (shared by a message's PDFs), the objects it may build. */
export interface PdfReadLimits {
  readonly maxBytes?: number;
  readonly decodeBudget?: DecodeBudget;
  readonly maxObjects?: number;
}

/**
 * Reads the form data of any PDF: AcroForm fields field by field, XFA data when present, the
 * embedded form identity, and where a hybrid's XFA and AcroForm values disagree. Throws
 * `FormReadError` for whole-document problems (see `loadPdfDocument`), `PDF_TOO_LARGE` when what
 * pdf-lib decodes for it passes the decode budget, `PDF_TOO_COMPLEX` when it holds more objects
 * than `maxObjects`.
 */
export async function readPdfFields(bytes: Uint8Array, limits: PdfReadLimits = {}): Promise<PdfFields> {
  const budget = limits.decodeBudget ?? new DecodeBudget(DEFAULT_MAX_DECODED_BYTES);
  const objects = new PdfObjectBudget(limits.maxObjects ?? DEFAULT_MAX_PDF_OBJECTS);
  // pdf-lib skips an object it could not decode or build and goes on: a document read past a budget is incomplete.
  const overBudget = () => {
    if (budget.exceeded) throw pdfExpandsTooFar(budget.limitBytes);
    if (objects.exceeded) throw pdfTooComplex({ objects: objects.limit });
  };
  try {
    const fields = await withinPdfObjectBudget(objects, () =>
      withinPdfDecodeBudget(budget, () => readWithinBudget(bytes, limits.maxBytes, budget, objects)),
    );
    overBudget();
    return fields;
  } catch (error) {
    overBudget();
    throw error;
  }
}

/**
 * Reads lazily first (only the objects the readers visit are parsed), then, when the lazy read could
 * not follow the file or found an object missing, with pdf-lib's full load, which recovers what a
 * damaged file still holds: the same fields either way, at a fraction of the parsing for a sound file.
 */
async function readWithinBudget(
  bytes: Uint8Array,
  maxBytes: number | undefined,
  budget: DecodeBudget,
  objects: PdfObjectBudget,
): Promise<PdfFields> {
  checkPdfBytes(bytes, maxBytes);
  const lazy = openPdfLazily(bytes, { inflate: (compressed) => inflateWithinBudget(budget, compressed, 'zlib') });
  if (lazy && !embedsFiles(lazy.context)) {
    try {
      const fields = readObjects(lazy);
      if (lazy.intact() || budget.exceeded || objects.exceeded) return fields;
    } catch {
      // What the lazy read could not follow, the full load below reads or reports.
    }
  }
  // Past a budget the PDF is refused (readPdfFields names which); a full load would throw at every byte it tries as an object.
  if (budget.exceeded || objects.exceeded) throw pdfCorrupt();
  const doc = await loadPdfDocument(bytes, maxBytes);
  try {
    return readObjects(doc);
  } catch (error) {
    // The walkers isolate each field; what escapes them is damage to the document's own structure.
    throw pdfCorrupt(error);
  }
}

/**
 * Whether the catalog points to embedded or associated files. A rights-management wrapper
 * (ISO 32000-2 §7.6.7) hides its encrypted payload there, and the full load looks for it in
 * every object; a form with attachments is rare enough to take that path too.
 */
function embedsFiles(context: PDFContext): boolean {
  const catalog = context.lookup(context.trailerInfo.Root);
  if (!(catalog instanceof PDFDict)) return false;
  const names = context.lookup(catalog.get(PDFName.of('Names')));
  return (
    catalog.has(PDFName.of('AF')) ||
    catalog.has(PDFName.of('Collection')) ||
    (names instanceof PDFDict && names.has(PDFName.of('EmbeddedFiles')))
  );
}

function readObjects(doc: PdfObjects): PdfFields {
  const { fields, unreadable } = readAcroFormFields(doc);
  const xfa = readXfa(doc, unreadable);
  const identityInfo = readIdentityInfo(doc);
  return {
    fields,
    unreadable,
    ...(xfa ? { xfa } : {}),
    disagreements: xfa ? compareWithXfa(fields, xfa) : [],
    ...(identityInfo ? { identityInfo } : {}),
    encrypted: doc.context.isDecrypted,
  };
}
