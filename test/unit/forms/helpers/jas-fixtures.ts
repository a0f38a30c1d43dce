import { ParseSpeeds, type PDFDict, PDFDocument, type SaveOptions } from '@cantoo/pdf-lib';
import { fillForm } from '../../../../forms/fill-form.js';
import { sampleJasRecommendation } from '../../../../forms/jas-recommendation/sample.js';

/** The date every test pretends the email arrived. */
export const RECEIVED_ON = '2026-11-23';

/** Valid sample values dated relative to RECEIVED_ON, with some replaced. */
export function jasValues(overrides: Record<string, string | boolean> = {}): Record<string, string | boolean> {
  return { ...sampleJasRecommendation(RECEIVED_ON), ...overrides };
}

let sample: Promise<Uint8Array> | undefined;

/** A JAS recommendation PDF filled by our own fillForm (the plain sample is filled once per test file: tests edit copies). */
export async function filledJas(overrides: Record<string, string | boolean> = {}): Promise<Uint8Array> {
  if (Object.keys(overrides).length > 0) return fillForm('jas-recommendation', jasValues(overrides));
  sample ??= fillForm('jas-recommendation', jasValues());
  return (await sample).slice();
}

/** Loads a PDF with pdf-lib, lets a test change it, and saves it again. */
export async function editPdf(
  bytes: Uint8Array,
  edit: (doc: PDFDocument) => void | Promise<void>,
  options: SaveOptions = {},
): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes, {
    updateMetadata: false,
    preserveXFA: true,
    parseSpeed: ParseSpeeds.Fastest,
  });
  await edit(doc);
  // Tests change values at the object level: regenerating appearances would only cost time.
  return doc.save({ updateFieldAppearances: false, objectsPerTick: Number.POSITIVE_INFINITY, ...options });
}

/** The dictionary of a field, by its full name. */
export function fieldDict(doc: PDFDocument, name: string): PDFDict {
  return doc.getForm().getField(name).acroField.dict;
}
