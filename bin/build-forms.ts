/**
 * `npm run forms:build`: regenerates every committed blank PDF (`forms/<id>/blank.pdf`) from its
 * field list. Deterministic, so a rebuild that changes bytes means a form definition changed.
 */
import { writeFile } from 'node:fs/promises';
import { blankPdfUrl } from '../forms/blank-pdf-file.js';
import { buildBlankPdf } from '../forms/build-blank-pdf.js';
import { getForm, listForms } from '../forms/registry.js';

for (const { id } of listForms()) {
  const form = getForm(id);
  if (!form) throw new Error(`Form ${id} is listed but has no definition`);
  const pdf = await buildBlankPdf(form);
  await writeFile(blankPdfUrl(id), pdf);
  console.log(`${id} ${form.version}: ${pdf.byteLength} bytes`);
}
