import { decodePDFRawStream, PDFArray, PDFDocument, type PDFPage, PDFRawStream } from '@cantoo/pdf-lib';

/**
 * WinAnsi (the standard fonts' encoding) is Latin-1 except in 0x80–0x9F, where it has typographic
 * quotes, dashes, € and Œ. Node's TextDecoder treats `windows-1252` as Latin-1, hence the table.
 */
const WIN_ANSI_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWinAnsi(bytes: Uint8Array): string {
  return [...bytes]
    .map((byte) => (byte >= 0x80 && byte <= 0x9f ? WIN_ANSI_HIGH[byte - 0x80]! : String.fromCharCode(byte)))
    .join('');
}

function contentStreams(page: PDFPage): PDFRawStream[] {
  const contents = page.node.Contents();
  const refs = contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : [];
  return refs
    .map((ref) => page.doc.context.lookup(ref))
    .filter((stream): stream is PDFRawStream => stream instanceof PDFRawStream);
}

/**
 * The text a PDF made by pdf-lib shows, line by line: the hex strings of its `Tj` operators,
 * decoded. Enough for the PDFs this project writes with the standard fonts; not a general extractor.
 */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const lines: string[] = [];
  for (const page of doc.getPages()) {
    for (const stream of contentStreams(page)) {
      const operators = new TextDecoder('latin1').decode(decodePDFRawStream(stream).decode());
      for (const match of operators.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) {
        const hex = match[1]!;
        const text = new Uint8Array(hex.length / 2);
        for (let index = 0; index < text.length; index += 1)
          text[index] = Number.parseInt(hex.slice(index * 2, index * 2 + 2), 16);
        lines.push(decodeWinAnsi(text));
      }
    }
  }
  return lines.join('\n');
}
