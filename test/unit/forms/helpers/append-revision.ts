/**
 * Appends an incremental update to a PDF saved with a classic cross-reference table, the way a
 * viewer saves changes: new versions of objects, a cross-reference section, and a trailer that
 * points back to the previous one. Written by hand so tests can produce structures pdf-lib itself
 * refuses to write (a page tree that loops, hostile nesting).
 */
export function appendRevision(pdf: Uint8Array, objects: Record<number, string>): Uint8Array {
  const text = Buffer.from(pdf).toString('latin1');
  const previous = [...text.matchAll(/startxref\s+(\d+)/g)].at(-1)?.[1];
  const trailer = [...text.matchAll(/trailer\s*<<([\s\S]*?)>>\s*startxref/g)].at(-1)?.[1];
  if (!previous || !trailer)
    throw new Error('appendRevision needs a PDF with a classic trailer (save with useObjectStreams: false)');
  const keep = (key: string): string => new RegExp(`/${key}\\s+(\\d+ \\d+ R|\\d+)`).exec(trailer)?.[0] ?? '';
  let body = '\n';
  const offsets: [number, number][] = [];
  for (const [number, content] of Object.entries(objects)) {
    offsets.push([Number(number), pdf.length + Buffer.byteLength(body, 'latin1')]);
    body += `${number} 0 obj\n${content}\nendobj\n`;
  }
  const xrefOffset = pdf.length + Buffer.byteLength(body, 'latin1');
  body += 'xref\n0 1\n0000000000 65535 f \n';
  for (const [number, offset] of offsets) body += `${number} 1\n${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< ${keep('Size')} ${keep('Root')} ${keep('Info')} /Prev ${previous} >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return Buffer.concat([pdf, Buffer.from(body, 'latin1')]);
}

/** The object number of the first object whose dictionary contains `marker` (e.g. `/Type /Pages`). */
export function objectNumberOf(pdf: Uint8Array, marker: RegExp): { number: number; body: string } {
  const text = Buffer.from(pdf).toString('latin1');
  for (const match of text.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    if (marker.test(match[2] ?? '')) return { number: Number(match[1]), body: (match[2] ?? '').trim() };
  }
  throw new Error(`No object matches ${marker}`);
}
