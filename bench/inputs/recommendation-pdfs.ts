import { ParseSpeeds, PDFDocument } from '@cantoo/pdf-lib';
import { fillForm } from '../../forms/fill-form.js';
import { sampleJasRecommendation } from '../../forms/jas-recommendation/sample.js';

/**
 * Filled JAS recommendation forms, one client each. `fillForm` takes ~95 ms a form here; changing
 * only the UCI of one filled form and saving again (appearance redrawn) takes ~28 ms and gives the
 * same kind of file, so a few hundred forms cost seconds, not a minute.
 */
export async function recommendationPdfs(ucis: readonly string[], today: string): Promise<Uint8Array[]> {
  const filled = await fillForm('jas-recommendation', sampleJasRecommendation(today));
  const pdfs: Uint8Array[] = [];
  for (const uci of ucis) {
    const doc = await PDFDocument.load(filled, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
    doc.getForm().getTextField('client.uci').setText(uci);
    pdfs.push(await doc.save({ objectsPerTick: Number.POSITIVE_INFINITY }));
  }
  return pdfs;
}
