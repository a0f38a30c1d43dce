import { PDFDocument, PDFName, PDFString } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { FormReadError } from '../../../forms/form-read-error.js';
import { readForm } from '../../../forms/read-form.js';
import { readPdfFields } from '../../../forms/read-pdf-fields.js';
import { editPdf, filledJas, RECEIVED_ON } from './helpers/jas-fixtures.js';

const DATASETS = (data: string): string =>
  `<xfa:datasets xmlns:xfa="http://www.xfa.org/schema/xfa-data/1.0/"><xfa:data>${data}</xfa:data></xfa:datasets>`;

/** Adds an XFA packet array (template + datasets) to the AcroForm, as LiveCycle hybrids have. */
function addXfa(doc: PDFDocument, data: string): void {
  const template = doc.context.register(
    doc.context.flateStream('<template xmlns="http://www.xfa.org/schema/xfa-template/3.3/"/>'),
  );
  const datasets = doc.context.register(doc.context.flateStream(new TextEncoder().encode(DATASETS(data))));
  const xfa = doc.context.obj([PDFString.of('template'), template, PDFString.of('datasets'), datasets]);
  doc.getForm().acroForm.dict.set(PDFName.of('XFA'), xfa);
}

/** A dynamic XFA form: the AcroForm holds no fields, the data lives only in the datasets (like IRCC's IMM 0008 blank). */
async function dynamicXfa(data: string, encrypt: boolean): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage();
  const acroForm = doc.context.obj({ Fields: [] });
  doc.catalog.set(PDFName.of('AcroForm'), doc.context.register(acroForm));
  const datasets = doc.context.register(doc.context.flateStream(new TextEncoder().encode(DATASETS(data))));
  acroForm.set(PDFName.of('XFA'), doc.context.obj([PDFString.of('datasets'), datasets]));
  if (encrypt)
    doc.encrypt({
      userPassword: '',
      ownerPassword: 'owner',
      algorithm: 'AES-128',
      permissions: { modifying: false, copying: false },
    });
  return doc.save();
}

describe('XFA data', () => {
  it('reports a hybrid whose XFA and AcroForm values disagree, keeping the AcroForm value', async () => {
    const bytes = await editPdf(await filledJas(), (doc) =>
      addXfa(
        doc,
        '<client><uci>8765-4321</uci><givenNames>Amal Zoé</givenNames></client><localOffice>TORONTO</localOffice>',
      ),
    );
    const reading = await readForm(bytes, { receivedOn: RECEIVED_ON });
    if (!reading.ok) throw new Error('expected a valid form');
    expect(reading.values['client.uci']).toBe('1234-5678');
    expect(reading.warnings.map((warning) => `${warning.field}:${warning.code}`)).toEqual([
      'client.uci:XFA_ACROFORM_MISMATCH',
    ]);
    expect(reading.warnings[0]?.message.en).not.toContain('8765');
  });

  it('reads the data of an encrypted dynamic XFA form, tolerating a raw ampersand', async () => {
    const bytes = await dynamicXfa(
      '<IMM_0008><page1><Name_organization>Smith & Sons</Name_organization><Date_of_birth>1990-01-01</Date_of_birth></page1></IMM_0008>',
      true,
    );
    const fields = await readPdfFields(bytes);
    expect(fields.encrypted).toBe(true);
    expect(fields.fields).toEqual([]);
    expect(fields.xfa).toEqual([
      { path: 'IMM_0008/page1/Name_organization', value: 'Smith & Sons' },
      { path: 'IMM_0008/page1/Date_of_birth', value: '1990-01-01' },
    ]);
  });

  it('compares a static hybrid’s AcroForm fields (LiveCycle names) with its XFA data, encrypted like IRCC’s', async () => {
    const doc = await PDFDocument.create();
    const page = doc.addPage();
    const form = doc.getForm();
    form.createTextField('IMM_5669[0].page1[0].familyName[0]').addToPage(page, { x: 50, y: 700 });
    form.createTextField('IMM_5669[0].page1[0].givenName[0]').addToPage(page, { x: 50, y: 650 });
    form.createCheckBox('IMM_5669[0].page1[0].#subform[2].married[0]').addToPage(page, { x: 50, y: 600 });
    form.getTextField('IMM_5669[0].page1[0].familyName[0]').setText('Haddad');
    form.getTextField('IMM_5669[0].page1[0].givenName[0]').setText('Amal');
    form.getCheckBox('IMM_5669[0].page1[0].#subform[2].married[0]').check();
    // pdf-lib strips XFA when saving a document it created: add it on a reload that preserves it.
    const hybrid = await editPdf(await doc.save(), (reloaded) => {
      addXfa(
        reloaded,
        '<IMM_5669><page1><familyName>Hadad</familyName><givenName>Amal</givenName><married>1</married></page1></IMM_5669>',
      );
      reloaded.encrypt({
        userPassword: '',
        ownerPassword: 'owner',
        algorithm: 'AES-128',
        permissions: { modifying: false },
      });
    });
    const fields = await readPdfFields(hybrid);
    expect(fields.encrypted).toBe(true);
    expect(fields.fields).toHaveLength(3);
    expect(fields.disagreements).toEqual([
      { field: 'IMM_5669[0].page1[0].familyName[0]', xfaPath: 'IMM_5669/page1/familyName' },
    ]);
  });

  it('calls a dynamic XFA form that is not ours an unknown form, not a flattened one', async () => {
    const bytes = await dynamicXfa('<IMM_0008><page1><Name_organization/></page1></IMM_0008>', false);
    const error = await readForm(bytes, { receivedOn: RECEIVED_ON }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FormReadError);
    expect((error as FormReadError).code).toBe('FORM_UNKNOWN');
  });
});
