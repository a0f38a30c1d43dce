import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { buildBlankPdf } from '../../../forms/build-blank-pdf.js';
import { FormReadError } from '../../../forms/form-read-error.js';
import { JAS_RECOMMENDATION_FORM } from '../../../forms/jas-recommendation/form.js';
import { readForm } from '../../../forms/read-form.js';
import { editPdf, filledJas, RECEIVED_ON } from './helpers/jas-fixtures.js';

/** The FormReadError that reading these bytes throws. */
async function readError(bytes: Uint8Array, maxBytes?: number): Promise<FormReadError> {
  try {
    await readForm(bytes, maxBytes === undefined ? { receivedOn: RECEIVED_ON } : { receivedOn: RECEIVED_ON, maxBytes });
  } catch (error) {
    if (error instanceof FormReadError) return error;
    throw error;
  }
  throw new Error('readForm did not throw');
}

async function plainPdf(text: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage().drawText(text, { x: 50, y: 700, font, size: 12 });
  return doc.save();
}

describe('readForm document errors', () => {
  it('NOT_A_PDF for bytes that are not a PDF', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Array(64).fill(0)]);
    const error = await readError(png);
    expect(error.code).toBe('NOT_A_PDF');
    expect(error.explanation.fr).toContain('PDF');
  });

  it('PDF_TOO_LARGE over 20 MB by default, and over a configured limit', async () => {
    const huge = new Uint8Array(20 * 1024 * 1024 + 1);
    huge.set(new TextEncoder().encode('%PDF-1.7\n'));
    const byDefault = await readError(huge);
    expect(byDefault.code).toBe('PDF_TOO_LARGE');
    expect(byDefault.explanation.en).toContain('limit of 20 MB');
    const configured = await readError(await filledJas(), 10_000);
    expect(configured.code).toBe('PDF_TOO_LARGE');
    expect(configured.explanation.fr).toContain('au-delà de la limite');
  });

  it('PDF_ENCRYPTED when a user password is needed to open it', async () => {
    const encrypted = await editPdf(await filledJas(), (doc) =>
      doc.encrypt({ userPassword: 'secret', ownerPassword: 'owner' }),
    );
    expect((await readError(encrypted)).code).toBe('PDF_ENCRYPTED');
  });

  it('PDF_CORRUPT when the file is truncated or has no document catalog', async () => {
    const filled = await filledJas();
    expect((await readError(filled.subarray(0, Math.floor(filled.length * 0.6)))).code).toBe('PDF_CORRUPT');
    expect((await readError(filled.subarray(0, filled.length - 8))).code).toBe('PDF_CORRUPT');
    expect((await readError(new TextEncoder().encode('%PDF-1.4\nnothing here\n%%EOF\n'))).code).toBe('PDF_CORRUPT');
  });

  it('PDF_NO_FIELDS for a flattened form, naming the form, without personal values', async () => {
    const flattened = await editPdf(await filledJas(), (doc) => doc.getForm().flatten());
    const error = await readError(flattened);
    expect(error.code).toBe('PDF_NO_FIELDS');
    expect(error.explanation.en).toContain('Joint Assistance Sponsorship (JAS) In-Canada Recommendation Form');
    expect(error.explanation.fr).toContain('aplati');
    expect(JSON.stringify(error.explanation)).not.toMatch(/Haddad|Zoé|1234/);
  });

  it('PDF_NO_FIELDS for a PDF printed from a form (no fields, no identity)', async () => {
    expect((await readError(await plainPdf('JAS In-Canada Recommendation Form'))).code).toBe('PDF_NO_FIELDS');
  });

  it('FORM_UNKNOWN for another form, or an unknown newer version of ours', async () => {
    const doc = await PDFDocument.create();
    const page = doc.addPage();
    doc.getForm().createTextField('applicant.name').addToPage(page, { x: 50, y: 700 });
    expect((await readError(await doc.save())).code).toBe('FORM_UNKNOWN');

    const newer = await buildBlankPdf({ ...JAS_RECOMMENDATION_FORM, version: '2030.1' });
    const error = await readError(newer);
    expect(error.code).toBe('FORM_UNKNOWN');
    expect(error.explanation.en).toContain('version 2030.1 of form jas-recommendation is not known');
  });

  it('FORM_OUTDATED for an older version, naming both versions', async () => {
    const older = await buildBlankPdf({ ...JAS_RECOMMENDATION_FORM, version: '2025.2' });
    const error = await readError(older);
    expect(error.code).toBe('FORM_OUTDATED');
    expect(error.explanation.en).toBe(
      'The form "Joint Assistance Sponsorship (JAS) In-Canada Recommendation Form" is version 2025.2, which is no longer accepted. Please fill in the current version, 2026.1.',
    );
    expect(error.explanation.fr).toContain('la version 2025.2');
    expect(error.explanation.fr).toContain('2026.1');
  });

  it('ends hostile structure in a clear outcome, never a crash or stack overflow', async () => {
    const deep = `%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R /X ${'['.repeat(100_000)}${']'.repeat(100_000)} >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`;
    expect(['PDF_CORRUPT', 'PDF_NO_FIELDS']).toContain((await readError(new TextEncoder().encode(deep))).code);
    const loop = `%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 1 >>\nendobj\n3 0 obj\n<< /Type /Pages /Kids [2 0 R] /Parent 2 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`;
    expect((await readError(new TextEncoder().encode(loop))).code).toBe('PDF_NO_FIELDS');
  });
});
