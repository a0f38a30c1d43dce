/**
 * A one-page PDF holding one scanned image of `imageBytes` (JPEG data does not compress, so it
 * is stored as it is): the supporting documents that make a message large. Written by hand
 * because building a 10 MB PDF through pdf-lib would cost more than the message it feeds.
 */
export function scanPdf(imageBytes: Uint8Array): Uint8Array {
  const chunks: Buffer[] = [];
  const offsets: number[] = [];
  let length = 0;
  const write = (chunk: Buffer) => {
    chunks.push(chunk);
    length += chunk.length;
  };
  const object = (body: Buffer | string) => {
    offsets.push(length);
    write(Buffer.from(`${offsets.length} 0 obj\n`, 'latin1'));
    write(typeof body === 'string' ? Buffer.from(body, 'latin1') : body);
    write(Buffer.from('\nendobj\n', 'latin1'));
  };
  write(Buffer.from('%PDF-1.7\n%\xE2\xE3\xCF\xD3\n', 'latin1'));
  object('<< /Type /Catalog /Pages 2 0 R >>');
  object('<< /Type /Pages /Kids [3 0 R] /Count 1 >>');
  object(
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Scan 5 0 R >> >> /Contents 4 0 R >>',
  );
  const content = 'q 612 0 0 792 0 0 cm /Scan Do Q';
  object(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
  object(
    Buffer.concat([
      Buffer.from(
        `<< /Type /XObject /Subtype /Image /Width 2550 /Height 3300 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${imageBytes.length} >>\nstream\n`,
        'latin1',
      ),
      Buffer.from(imageBytes),
      Buffer.from('\nendstream', 'latin1'),
    ]),
  );
  const xrefAt = length;
  const entries = offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  write(
    Buffer.from(
      `xref\n0 ${offsets.length + 1}\n0000000000 65535 f \n${entries}trailer\n<< /Size ${offsets.length + 1} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`,
      'latin1',
    ),
  );
  return Buffer.concat(chunks);
}
