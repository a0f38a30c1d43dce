import { readFile } from 'node:fs/promises';

/** Where a form's committed blank PDF lives: `forms/<id>/blank.pdf`, written by `npm run forms:build`. */
export function blankPdfUrl(formId: string): URL {
  if (!/^[a-z0-9-]+$/.test(formId)) throw new Error(`Not a form id: ${formId}`);
  return new URL(`./${formId}/blank.pdf`, import.meta.url);
}

/** The committed blank PDF of a form. */
export async function readBlankPdf(formId: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(blankPdfUrl(formId)));
}
