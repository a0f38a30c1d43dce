import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { FormReadError } from '../../../forms/form-read-error.js';
import { sampleValues } from '../../../forms/form-samples.js';
import { readForm } from '../../../forms/read-form.js';
import { getForm, listForms } from '../../../forms/registry.js';
import { RECEIVED_ON } from './helpers/jas-fixtures.js';

// Made by scripts/fixtures/make-form-fixtures.sh with pdftk-java, pypdf 3.4 and qpdf, from the committed blanks.
const fixture = async (name: string): Promise<Uint8Array> =>
  new Uint8Array(await readFile(new URL(`../../fixtures/forms/${name}`, import.meta.url)));

function expectedValues(formId: string): Record<string, string | boolean> {
  const values = sampleValues(formId, RECEIVED_ON)!;
  return Object.fromEntries(
    getForm(formId)!.fields.map((field) => [
      field.name,
      values[field.name] ?? (field.kind === 'checkbox' ? false : ''),
    ]),
  );
}

async function readValid(name: string): Promise<Record<string, string | boolean>> {
  const reading = await readForm(await fixture(name), { receivedOn: RECEIVED_ON });
  if (!reading.ok)
    throw new Error(`${name}: ${reading.problems.map((problem) => `${problem.field}:${problem.code}`).join(', ')}`);
  expect(reading.warnings).toEqual([]);
  return reading.values;
}

describe.each(listForms().map((form) => form.id))('%s filled by other tools', (formId) => {
  it('reads the same values from pdftk-java (XFDF, UTF-8)', async () => {
    expect(await readValid(`${formId}.pdftk.pdf`)).toEqual(expectedValues(formId));
  });

  it('reads the same values from pypdf (partial names, checkboxes and radios as text strings)', async () => {
    expect(await readValid(`${formId}.pypdf.pdf`)).toEqual(expectedValues(formId));
  });
});

describe('jas-recommendation rewritten by qpdf and pdftk', () => {
  it('reads an AES-256 file with an empty user password (as IRCC publishes its forms)', async () => {
    expect(await readValid('jas-recommendation.qpdf-empty-user-password.pdf')).toEqual(
      expectedValues('jas-recommendation'),
    );
  });

  it('reads object streams and a cross-reference stream written by qpdf', async () => {
    expect(await readValid('jas-recommendation.qpdf-object-streams.pdf')).toEqual(expectedValues('jas-recommendation'));
  });

  it('refuses a file that needs a user password, and a flattened one', async () => {
    const codeOf = (name: string) =>
      fixture(name)
        .then((bytes) => readForm(bytes, { receivedOn: RECEIVED_ON }))
        .then(
          () => 'read',
          (error: FormReadError) => error.code,
        );
    expect(await codeOf('jas-recommendation.qpdf-user-password.pdf')).toBe('PDF_ENCRYPTED');
    expect(await codeOf('jas-recommendation.pdftk-flattened.pdf')).toBe('PDF_NO_FIELDS');
  });
});
