import { readdir, readFile } from 'node:fs/promises';
import { PDFDocument } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { fillForm } from '../../../forms/fill-form.js';
import { readIdentityInfo } from '../../../forms/form-identity.js';
import { sampleValues } from '../../../forms/form-samples.js';
import { loadPdfDocument } from '../../../forms/pdf/load-pdf-document.js';
import { openPdfLazily } from '../../../forms/pdf/open-pdf-lazily.js';
import { readAcroFormFields } from '../../../forms/pdf/read-acroform-fields.js';
import { readPdfFields } from '../../../forms/read-pdf-fields.js';
import { listForms } from '../../../forms/registry.js';
import { RECEIVED_ON } from './helpers/jas-fixtures.js';

const FIXTURES = new URL('../../fixtures/forms/', import.meta.url);
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');
const bytesOf = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));

async function filled(formId: string): Promise<Uint8Array> {
  return fillForm(formId, sampleValues(formId, RECEIVED_ON)!);
}

/** What the readers find, loaded whole by pdf-lib: the reference the lazy reading must equal. */
async function readFully(pdf: Uint8Array) {
  const doc = await loadPdfDocument(pdf);
  return { ...readAcroFormFields(doc), identity: readIdentityInfo(doc) };
}

/** The same form saved with a classic cross-reference table instead of streams. */
async function withClassicXrefTable(pdf: Uint8Array): Promise<Uint8Array> {
  return (await PDFDocument.load(pdf, { updateMetadata: false })).save({ useObjectStreams: false });
}

describe('a PDF opened lazily', () => {
  it.each(listForms().map((form) => form.id))(
    'reads the same fields of %s as a full load, parsing a fraction of its objects',
    async (formId) => {
      const pdf = await filled(formId);
      const lazy = openPdfLazily(pdf)!;
      const fields = { ...readAcroFormFields(lazy), identity: readIdentityInfo(lazy) };
      expect(lazy.intact()).toBe(true);
      expect(fields).toEqual(await readFully(pdf));
      const parsed = lazy.context.enumerateIndirectObjects().length;
      const total = (await loadPdfDocument(pdf)).context.enumerateIndirectObjects().length;
      // The appearance streams (half a filled form's objects) are never parsed.
      expect(parsed).toBeLessThan(total / 2);
    },
  );

  it('reads what other tools wrote (pdftk, pypdf, qpdf) as a full load does, or leaves it to the full load', async () => {
    const names = (await readdir(FIXTURES)).filter((name) => name.endsWith('.pdf'));
    const openedLazily: string[] = [];
    for (const name of names) {
      const pdf = new Uint8Array(await readFile(new URL(name, FIXTURES)));
      const lazy = openPdfLazily(pdf);
      if (!lazy) continue;
      const fields = { ...readAcroFormFields(lazy), identity: readIdentityInfo(lazy) };
      if (!lazy.intact()) continue;
      expect(fields, name).toEqual(await readFully(pdf));
      openedLazily.push(name);
    }
    expect(openedLazily).toContain('jas-recommendation.qpdf-object-streams.pdf');
    expect(openedLazily.length).toBeGreaterThan(names.length / 2);
  });

  it('follows a classic cross-reference table', async () => {
    const pdf = await withClassicXrefTable(await filled('imm5492'));
    expect(latin1(pdf)).toMatch(/\nxref\n/);
    const lazy = openPdfLazily(pdf)!;
    expect(readAcroFormFields(lazy)).toEqual(readAcroFormFields(await loadPdfDocument(pdf)));
    expect(lazy.intact()).toBe(true);
  });

  it('reads the newest revision of a field changed in an incremental update', async () => {
    const original = await filled('jas-recommendation');
    const doc = await PDFDocument.load(original, { forIncrementalUpdate: true });
    const snapshot = doc.takeSnapshot();
    const field = doc.getForm().getTextField('client.familyName');
    field.setText('Nouveau-Nom');
    snapshot.markRefForSave(field.ref);
    const updated = new Uint8Array([...original, ...(await doc.saveIncremental(snapshot))]);
    const lazy = openPdfLazily(updated)!;
    const familyName = readAcroFormFields(lazy).fields.find((field) => field.name === 'client.familyName');
    expect(familyName?.value).toBe('Nouveau-Nom');
    expect(lazy.intact()).toBe(true);
  });
});

describe('a PDF the lazy reading cannot follow', () => {
  it('refuses a cross-reference chain that loops, and the reader still reads the form fully', async () => {
    const pdf = await withClassicXrefTable(await filled('imm1324'));
    const text = latin1(pdf);
    const xrefAt = /startxref\s+(\d+)\s*%%EOF\s*$/.exec(text)![1]!;
    const looping = bytesOf(text.replace(/trailer\s*<</, (trailer) => `${trailer} /Prev ${xrefAt}`));
    expect(openPdfLazily(looping)).toBeUndefined();
    expect((await readPdfFields(looping)).fields).toEqual((await readFully(pdf)).fields);
  });

  it('refuses a start offset that points nowhere', async () => {
    const pdf = await filled('imm5494');
    const broken = bytesOf(latin1(pdf).replace(/startxref\s+\d+/, 'startxref\n7'));
    expect(openPdfLazily(broken)).toBeUndefined();
    expect((await readPdfFields(broken)).fields).toEqual((await readFully(pdf)).fields);
  });

  it('notices objects that are not where the table says, and the full load reads them', async () => {
    const pdf = await withClassicXrefTable(await filled('jas-recommendation'));
    // Every in-use entry shifted by a few bytes: each lookup lands inside another object.
    const shifted = bytesOf(
      latin1(pdf).replace(/^(\d{10}) (\d{5}) n/gm, (_, offset: string, generation: string) => {
        return `${String(Number(offset) + 3).padStart(10, '0')} ${generation} n`;
      }),
    );
    const lazy = openPdfLazily(shifted);
    if (lazy) {
      readAcroFormFields(lazy);
      expect(lazy.intact()).toBe(false);
    }
    expect((await readPdfFields(shifted)).fields).toEqual((await readFully(pdf)).fields);
  });

  it('leaves an encrypted file to the full load, which decrypts it', async () => {
    const pdf = new Uint8Array(await readFile(new URL('jas-recommendation.qpdf-empty-user-password.pdf', FIXTURES)));
    expect(openPdfLazily(pdf)).toBeUndefined();
    expect((await readPdfFields(pdf)).encrypted).toBe(true);
  });
});
