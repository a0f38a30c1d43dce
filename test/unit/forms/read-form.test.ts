import { PDFArray, PDFBool, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { readBlankPdf } from '../../../forms/blank-pdf-file.js';
import { type FormReading, readForm } from '../../../forms/read-form.js';
import { appendRevision, objectNumberOf } from './helpers/append-revision.js';
import { editPdf, fieldDict, filledJas, jasValues, RECEIVED_ON } from './helpers/jas-fixtures.js';

const read = (bytes: Uint8Array): Promise<FormReading> => readForm(bytes, { receivedOn: RECEIVED_ON });
const ok = (reading: FormReading): Extract<FormReading, { ok: true }> => {
  if (!reading.ok)
    throw new Error(
      `expected a valid form, got ${reading.problems.map((problem) => `${problem.field}:${problem.code}`).join(', ')}`,
    );
  return reading;
};
const latin1 = (text: string): PDFString => PDFString.of(text);

describe('readForm round trip', () => {
  it('reads back exactly what fillForm wrote', async () => {
    const values = jasValues();
    const reading = ok(await read(await filledJas()));
    if (reading.formId !== 'jas-recommendation') throw new Error('read as another form');
    expect(reading.version).toBe('2026.1');
    expect(reading.values).toEqual(values);
    expect(reading.flags).toEqual([]);
    expect(reading.warnings).toEqual([]);
    expect(reading.data.client.givenNames).toBe('Amal Zoé');
  });

  it('reads the committed blank as an empty form with every required field named', async () => {
    const reading = await read(await readBlankPdf('jas-recommendation'));
    expect(reading.ok).toBe(false);
    const problems = reading.ok ? [] : reading.problems;
    expect(problems.map((problem) => problem.field)).toContain('client.uci');
    expect(problems.find((problem) => problem.field === 'consentToShare')?.message.fr).toBe(
      'Le client consent à ce que ces renseignements soient communiqués à IRCC, au répondant et au fournisseur de services du PAR\u202f: doit être cochée.',
    );
  });

  it('keeps any Unicode, written as UTF-16', async () => {
    const reading = ok(await read(await filledJas({ 'client.familyName': 'الحداد', 'client.givenNames': 'Amal Zoé' })));
    expect(reading.values['client.familyName']).toBe('الحداد');
  });
});

describe('readForm tolerates how tools store values', () => {
  it('reads values stored on the widget instead of the field', async () => {
    const bytes = await editPdf(await filledJas(), (doc) => {
      const field = fieldDict(doc, 'client.givenNames');
      const value = field.get(PDFName.of('V'));
      field.delete(PDFName.of('V'));
      const widget = doc.getForm().getField('client.givenNames').acroField.getWidgets()[0];
      widget?.dict.set(PDFName.of('V'), value ?? PDFString.of(''));
    });
    expect(ok(await read(bytes)).values['client.givenNames']).toBe('Amal Zoé');
  });

  it('treats any checkbox state but Off as checked: other export names, text strings, appearance state only', async () => {
    const bytes = await editPdf(
      await filledJas({
        'criteria.medicalNeeds': false,
        'criteria.otherSpecialNeeds': false,
        'criteria.unusualFamilyConfiguration': false,
      }),
      (doc) => {
        fieldDict(doc, 'criteria.medicalNeeds').set(PDFName.of('V'), PDFName.of('Ja'));
        // pypdf writes checkbox values as text strings.
        fieldDict(doc, 'criteria.otherSpecialNeeds').set(PDFName.of('V'), PDFString.of('/On'));
        const unusual = doc.getForm().getField('criteria.unusualFamilyConfiguration').acroField;
        unusual.dict.delete(PDFName.of('V'));
        unusual.getWidgets()[0]?.dict.set(PDFName.of('AS'), PDFName.of('1'));
      },
    );
    const values = ok(await read(bytes)).values;
    expect([
      values['criteria.medicalNeeds'],
      values['criteria.otherSpecialNeeds'],
      values['criteria.unusualFamilyConfiguration'],
    ]).toEqual([true, true, true]);
  });

  it('reads an unchecked box written as the text "Off"', async () => {
    const bytes = await editPdf(await filledJas(), (doc) =>
      fieldDict(doc, 'criteria.medicalNeeds').set(PDFName.of('V'), PDFString.of('Off')),
    );
    expect(ok(await read(bytes)).values['criteria.medicalNeeds']).toBe(false);
  });

  it('reads radio values as text strings, as appearance states, and as indexes into /Opt', async () => {
    const bytes = await editPdf(await filledJas(), (doc) => {
      fieldDict(doc, 'client.preferredLanguage').set(PDFName.of('V'), PDFString.of('en'));
      const kind = doc.getForm().getField('submitter.kind').acroField;
      kind.dict.delete(PDFName.of('V'));
      for (const [index, widget] of kind.getWidgets().entries()) {
        widget.dict.set(PDFName.of('AS'), PDFName.of(index === 0 ? 'RAP_SPO' : 'Off'));
      }
      const caseType = fieldDict(doc, 'caseType');
      caseType.set(PDFName.of('Opt'), doc.context.obj([PDFHexString.fromText('GAR'), PDFHexString.fromText('BVOR')]));
      caseType.set(PDFName.of('V'), PDFName.of('0'));
    });
    const values = ok(await read(bytes)).values;
    expect([values['client.preferredLanguage'], values['submitter.kind'], values.caseType]).toEqual([
      'en',
      'RAP_SPO',
      'GAR',
    ]);
  });

  it('maps dropdown export values, display values and yes/no labels to codes', async () => {
    const bytes = await editPdf(await filledJas(), (doc) => {
      fieldDict(doc, 'destination.province').set(PDFName.of('V'), PDFHexString.fromText('Québec'));
      fieldDict(doc, 'localOffice').set(PDFName.of('V'), PDFString.of('MONTREAL'));
      fieldDict(doc, 'sponsor.identified').set(PDFName.of('V'), PDFHexString.fromText('Non'));
    });
    const values = ok(await read(bytes)).values;
    expect([values['destination.province'], values.localOffice, values['sponsor.identified']]).toEqual([
      'QC',
      'MONTREAL',
      'no',
    ]);
  });

  it('decodes PDFDocEncoding strings (curly apostrophe 0x90, é 0xE9) and UTF-16 strings', async () => {
    const bytes = await editPdf(await filledJas(), (doc) => {
      fieldDict(doc, 'client.familyName').set(PDFName.of('V'), latin1('O\\220Neil-Ren\\351'));
      fieldDict(doc, 'client.givenNames').set(PDFName.of('V'), PDFHexString.fromText('Zoë 明'));
    });
    const values = ok(await read(bytes)).values;
    expect(values['client.familyName']).toBe('O’Neil-René');
    expect(values['client.givenNames']).toBe('Zoë 明');
  });

  it('reads values whether NeedAppearances is set or not, with or without appearance streams', async () => {
    const bytes = await editPdf(await filledJas(), (doc) => {
      doc.getForm().acroForm.dict.set(PDFName.of('NeedAppearances'), PDFBool.True);
      const field = doc.getForm().getField('destination.city').acroField;
      field.dict.set(PDFName.of('V'), PDFString.of('Ottawa'));
      field.getWidgets()[0]?.dict.delete(PDFName.of('AP'));
    });
    expect(ok(await read(bytes)).values['destination.city']).toBe('Ottawa');
  });

  it('takes the last revision of incremental updates', async () => {
    const firstDoc = await PDFDocument.load(await filledJas(), { forIncrementalUpdate: true, updateMetadata: false });
    firstDoc.getForm().getTextField('destination.city').setText('Hamilton');
    const first = await firstDoc.commit();
    const secondDoc = await PDFDocument.load(first, { forIncrementalUpdate: true, updateMetadata: false });
    secondDoc.getForm().getTextField('destination.city').setText('Kitchener');
    const second = await secondDoc.commit();
    expect(Buffer.from(second).toString('latin1').match(/%%EOF/g)?.length).toBeGreaterThanOrEqual(3);
    expect(ok(await read(second)).values['destination.city']).toBe('Kitchener');
  });

  it('reads files with object streams and cross-reference streams, and without', async () => {
    const filled = await filledJas();
    const compressed = await editPdf(filled, () => undefined, { useObjectStreams: true });
    const classic = await editPdf(filled, () => undefined, { useObjectStreams: false });
    expect(Buffer.from(compressed).toString('latin1')).toContain('/ObjStm');
    expect(Buffer.from(classic).toString('latin1')).not.toContain('/ObjStm');
    expect(ok(await read(compressed)).values).toEqual(ok(await read(classic)).values);
  });

  it('reads fields whose widgets are on a page but missing from /Fields', async () => {
    const bytes = await editPdf(await filledJas(), (doc) => {
      const fields = doc.getForm().acroForm.dict.lookup(PDFName.of('Fields'), PDFArray);
      const office = doc.getForm().getField('localOffice').ref;
      const index = fields.asArray().findIndex((entry) => entry instanceof PDFRef && entry === office);
      fields.remove(index);
    });
    expect(ok(await read(bytes)).values.localOffice).toBe('TORONTO');
  });

  it('reads PDFs encrypted with an empty user password, as IRCC publishes its forms', async () => {
    for (const algorithm of ['AES-128', 'AES-256'] as const) {
      const bytes = await editPdf(await filledJas(), (doc) =>
        doc.encrypt({ userPassword: '', ownerPassword: 'owner', algorithm, permissions: { modifying: false } }),
      );
      expect(Buffer.from(bytes).toString('latin1')).toContain('/Encrypt');
      expect(ok(await read(bytes)).values['client.givenNames']).toBe('Amal Zoé');
    }
  });
  it('reads a form that was decrypted and saved again, although pdf-lib still sees the old /Encrypt', async () => {
    const encrypted = await editPdf(await filledJas(), (doc) =>
      doc.encrypt({ userPassword: '', ownerPassword: 'owner', algorithm: 'AES-128' }),
    );
    const decrypted = await PDFDocument.load(encrypted, { password: '', updateMetadata: false });
    const resaved = await decrypted.save({ updateFieldAppearances: false });
    // pdf-lib merges every trailer it meets, so the old cross-reference stream's /Encrypt makes it ask for a password.
    await expect(PDFDocument.load(resaved, { password: '' })).rejects.toThrow();
    expect(ok(await read(resaved)).values['client.givenNames']).toBe('Amal Zoé');
  });
});

describe('readForm isolates damage', () => {
  const damageValue = (name: string) => async (doc: PDFDocument) => {
    // A value stream whose Flate data is garbage: the field exists but cannot be decoded.
    const broken = doc.context.stream(new Uint8Array([1, 2, 3, 4, 5, 6]), { Filter: 'FlateDecode' });
    fieldDict(doc, name).set(PDFName.of('V'), doc.context.register(broken));
  };

  it('reports an unreadable required field by name and still reads the others', async () => {
    const reading = await read(await editPdf(await filledJas(), damageValue('client.familyName')));
    expect(reading.ok).toBe(false);
    expect(reading.ok ? [] : reading.problems.map((problem) => `${problem.field}:${problem.code}`)).toEqual([
      'client.familyName:FIELD_UNREADABLE',
    ]);
    expect(reading.values['client.givenNames']).toBe('Amal Zoé');
  });

  it('reads the other fields when an entry of /Fields is not a field dictionary at all', async () => {
    const bytes = await editPdf(await filledJas(), (doc) => {
      const fields = doc.getForm().acroForm.dict.lookup(PDFName.of('Fields'), PDFArray);
      const index = fields.asArray().indexOf(doc.getForm().getField('specialProgram').ref);
      fields.set(index, doc.context.register(doc.context.obj(42)));
    });
    const reading = ok(await read(bytes));
    expect(reading.values.specialProgram).toBe('');
    expect(reading.values['client.givenNames']).toBe('Amal Zoé');
  });

  it('accepts the form with a warning when the unreadable field is optional', async () => {
    const reading = ok(await read(await editPdf(await filledJas(), damageValue('specialProgram'))));
    expect(reading.warnings.map((warning) => `${warning.field}:${warning.code}`)).toEqual([
      'specialProgram:FIELD_UNREADABLE',
    ]);
    expect(reading.warnings[0]?.message.en).toBe(
      'Special program, if any: could not be read from the PDF (the field is damaged). Please fill it in again and resend the form.',
    );
  });

  it('reports a 200,000-character value as too long, without overflowing the stack', async () => {
    const bytes = await editPdf(await filledJas(), (doc) => {
      fieldDict(doc, 'familyComposition').set(PDFName.of('V'), PDFString.of('a'.repeat(200_000)));
      fieldDict(doc, 'client.familyName').set(PDFName.of('V'), PDFHexString.fromText('x'.repeat(200_000)));
    });
    const reading = await read(bytes);
    expect(reading.ok ? [] : reading.problems.map((problem) => `${problem.field}:${problem.code}`)).toEqual([
      'client.familyName:TOO_LONG',
      'familyComposition:TOO_LONG',
    ]);
    expect((reading.values.familyComposition as string).length).toBe(200_000);
  });

  it('reads a form whose page tree loops back on itself', async () => {
    const classic = await editPdf(await filledJas(), () => undefined, { useObjectStreams: false });
    const pages = objectNumberOf(classic, /\/Type \/Pages/);
    const looping = appendRevision(classic, {
      [pages.number]: pages.body.replace(/\/Kids \[/, `/Kids [ ${pages.number} 0 R `),
    });
    expect(ok(await read(looping)).values.localOffice).toBe('TORONTO');
  });

  it('ends hostile nesting inside a real form in a clear outcome', async () => {
    const classic = await editPdf(await filledJas(), () => undefined, { useObjectStreams: false });
    const pages = objectNumberOf(classic, /\/Type \/Pages/);
    const nested = appendRevision(classic, {
      [pages.number]: pages.body.replace(/>>\s*$/, `/Junk ${'['.repeat(50_000)}${']'.repeat(50_000)} >>`),
    });
    const outcome = await read(nested).then(
      (reading) => reading.ok,
      (error: { code?: string }) => error.code,
    );
    expect([true, 'PDF_CORRUPT']).toContain(outcome);
  });
});
