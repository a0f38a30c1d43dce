import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  type PDFDocument,
  PDFName,
  type PDFObject,
  PDFRawStream,
  PDFRef,
} from '@cantoo/pdf-lib';
import { pdfObjectText } from './decode-pdf-text.js';
import { parseXfaData, type XfaValue } from './parse-xfa-data.js';

const UTF8 = new TextDecoder('utf-8');

function streamText(context: PDFDocument['context'], object: PDFObject | undefined): string | undefined {
  const stream = object instanceof PDFRef ? context.lookup(object) : object;
  return stream instanceof PDFRawStream ? UTF8.decode(decodePDFRawStream(stream).decode()) : undefined;
}

/**
 * The XFA form data of a PDF (Adobe LiveCycle forms such as IRCC's), or `undefined` when it has
 * no XFA. `/XFA` is either one stream holding the whole XDP document or an array of
 * (packet name, stream) pairs; the data is in the `datasets` packet.
 */
export function readXfaDatasets(doc: Pick<PDFDocument, 'context'>): XfaValue[] | undefined {
  const context = doc.context;
  const catalog = context.lookup(context.trailerInfo.Root);
  if (!(catalog instanceof PDFDict)) return undefined;
  const acroForm = context.lookup(catalog.get(PDFName.of('AcroForm')));
  if (!(acroForm instanceof PDFDict)) return undefined;
  const xfa = context.lookup(acroForm.get(PDFName.of('XFA')));
  if (xfa === undefined) return undefined;
  if (xfa instanceof PDFArray) {
    const items = xfa.asArray();
    for (let index = 0; index + 1 < items.length; index += 2) {
      if (pdfObjectText(context.lookup(items[index] as PDFObject)) === 'datasets') {
        return parseXfaData(streamText(context, items[index + 1]) ?? '');
      }
    }
    return [];
  }
  return parseXfaData(streamText(context, xfa) ?? '');
}
