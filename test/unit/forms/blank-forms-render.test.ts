import { execFile } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { decodePDFRawStream, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFStream } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { readBlankPdf } from '../../../forms/blank-pdf-file.js';
import { fillForm } from '../../../forms/fill-form.js';
import { sampleValues } from '../../../forms/form-samples.js';
import { listForms } from '../../../forms/registry.js';
import { todayIn } from '../../../kernel/policy-calendar.js';

// What Acrobat shows is what the PDF's appearance streams and default resources say; poppler draws
// from the same. A form whose widgets lack /AP, or whose /DA names a font missing from the
// AcroForm's /DR, looks fine in one viewer and blank or broken in another.

const run = promisify(execFile);
const OUT = join('test-output', 'forms');

interface FormCheck {
  readonly missingAppearances: string[];
  readonly fontsMissingFromDr: string[];
  readonly needAppearances: boolean;
}

/** The text an appearance stream draws: its `<hex> Tj` and `(literal) Tj` strings, decoded. */
function streamText(stream: unknown): string {
  const content =
    stream instanceof PDFRawStream
      ? Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1')
      : stream instanceof PDFStream
        ? Buffer.from(stream.getContents()).toString('latin1')
        : '';
  return [...content.matchAll(/<([0-9A-Fa-f\s]*)>\s*Tj|\(((?:[^()\\]|\\.)*)\)\s*Tj/g)]
    .map((match) =>
      match[1] !== undefined ? Buffer.from(match[1].replace(/\s/g, ''), 'hex').toString('latin1') : (match[2] ?? ''),
    )
    .join(' ');
}

async function checkForm(bytes: Uint8Array): Promise<FormCheck & { texts: Map<string, string> }> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const form = doc.getForm();
  const dr = form.acroForm.dict.lookupMaybe(PDFName.of('DR'), PDFDict);
  const drFonts = dr?.lookupMaybe(PDFName.of('Font'), PDFDict);
  const missingAppearances: string[] = [];
  const fontsMissingFromDr = new Set<string>();
  const texts = new Map<string, string>();
  for (const field of form.getFields()) {
    const name = field.getName();
    const da = field.acroField.dict.lookup(PDFName.of('DA'))?.toString() ?? '';
    const font = /\/([^\s/]+)\s+[\d.]+\s+Tf/.exec(da)?.[1];
    if (font && !drFonts?.has(PDFName.of(font))) fontsMissingFromDr.add(`${name}: /${font}`);
    for (const widget of field.acroField.getWidgets()) {
      const normal = widget.getAppearances()?.normal;
      if (!normal) {
        missingAppearances.push(name);
        continue;
      }
      if (normal instanceof PDFDict && !(normal instanceof PDFStream)) continue;
      texts.set(name, `${texts.get(name) ?? ''}${streamText(normal)}`);
    }
  }
  const needAppearances = form.acroForm.dict.lookup(PDFName.of('NeedAppearances'))?.toString() === 'true';
  return { missingAppearances, fontsMissingFromDr: [...fontsMissingFromDr], needAppearances, texts };
}

async function renderFirstPage(pdf: Uint8Array, name: string): Promise<string> {
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, `${name}.pdf`);
  writeFileSync(file, pdf);
  await run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', file, join(OUT, name)]);
  return join(OUT, `${name}.png`);
}

describe('the forms as viewers draw them', () => {
  for (const { id } of listForms()) {
    it(`${id}: the blank has an appearance for every widget and its fonts in /DR, and renders to PNG`, async () => {
      const blank = await readBlankPdf(id);
      const check = await checkForm(blank);
      expect(check.missingAppearances).toEqual([]);
      expect(check.fontsMissingFromDr).toEqual([]);
      const png = await renderFirstPage(blank, `${id}-blank`);
      expect(statSync(png).size).toBeGreaterThan(10_000);
    });

    it(`${id}: filled, each value is drawn by its own appearance stream, no viewer left to guess`, async () => {
      const values = sampleValues(id, todayIn())!;
      const filled = await fillForm(id, values);
      const check = await checkForm(filled);
      expect(check.needAppearances).toBe(false);
      expect(check.missingAppearances).toEqual([]);
      expect(check.fontsMissingFromDr).toEqual([]);
      const text = Object.entries(values).find(
        ([, value]) => typeof value === 'string' && /^[A-Za-z][A-Za-z ]{3,}$/.test(value),
      );
      if (text) expect(check.texts.get(text[0])).toContain(text[1]);
      await renderFirstPage(filled, `${id}-filled`);
    });
  }
});
