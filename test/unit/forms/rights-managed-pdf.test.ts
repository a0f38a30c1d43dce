import { PDFDocument, PDFName } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { FormReadError } from '../../../forms/form-read-error.js';
import { readForm } from '../../../forms/read-form.js';
import { filledJas, RECEIVED_ON } from './helpers/jas-fixtures.js';

async function codeAndExplanation(bytes: Uint8Array): Promise<FormReadError> {
  const error = await readForm(bytes, { receivedOn: RECEIVED_ON }).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof FormReadError)) throw new Error('readForm did not throw a FormReadError');
  return error;
}

describe('a PDF protected by rights management is told apart from a flattened or password-protected one', () => {
  it('Microsoft Purview’s PDF 2.0 wrapper around an encrypted payload', async () => {
    const doc = await PDFDocument.load(await filledJas());
    const payload = doc.context.obj({ Type: 'EncryptedPayload', Subtype: 'MicrosoftIRMServices', Version: '2' });
    doc.catalog.set(PDFName.of('AF'), doc.context.obj([doc.context.register(payload)]));
    const error = await codeAndExplanation(await doc.save());
    expect(error.code).toBe('PDF_RIGHTS_MANAGED');
    expect(error.explanation.en).toContain('Microsoft Purview');
    expect(error.explanation.fr).toContain('gestion des droits');
  });

  it('an encryption dictionary whose security handler is Adobe LiveCycle Rights Management', async () => {
    const doc = await PDFDocument.load(await filledJas());
    doc.context.trailerInfo.Encrypt = doc.context.register(doc.context.obj({ Filter: 'Adobe.APS', V: 4, R: 4 }));
    expect((await codeAndExplanation(await doc.save())).code).toBe('PDF_RIGHTS_MANAGED');
  });
});
