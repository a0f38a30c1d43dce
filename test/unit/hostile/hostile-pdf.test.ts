import { deflateSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fillForm } from '../../../forms/fill-form.js';
import { FormReadError } from '../../../forms/form-read-error.js';
import { sampleJasRecommendation } from '../../../forms/jas-recommendation/sample.js';
import { readForm } from '../../../forms/read-form.js';

const RECEIVED_ON = '2026-11-23';

/** A minimal PDF whose one object stream inflates to `inflatedBytes`. */
function pdfBomb(inflatedBytes: number): Buffer {
  const compressed = deflateSync(Buffer.alloc(inflatedBytes, 0x20), { level: 9 });
  return Buffer.concat([
    Buffer.from(
      '%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n',
    ),
    Buffer.from(
      `3 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length ${compressed.length} >>\nstream\n`,
    ),
    compressed,
    Buffer.from('\nendstream\nendobj\ntrailer\n<< /Root 1 0 R /Size 4 >>\n%%EOF\n'),
  ]);
}

async function outcomeOf(pdf: Uint8Array, maxBytes?: number): Promise<string> {
  try {
    const reading = await readForm(pdf, { receivedOn: RECEIVED_ON, maxBytes });
    return reading.ok ? 'valid' : 'invalid';
  } catch (error) {
    if (error instanceof FormReadError) return error.code;
    throw error;
  }
}

describe('hostile PDFs end in a clear outcome', () => {
  it('a PDF bomb is refused before it is inflated', async () => {
    const bomb = pdfBomb(120 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(200 * 1024);
    const before = process.memoryUsage().rss;
    await expect(readForm(bomb, { receivedOn: RECEIVED_ON, maxBytes: 1024 * 1024 })).rejects.toMatchObject({
      code: 'PDF_TOO_LARGE',
      explanation: { en: expect.stringContaining('expand') },
    });
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
  });

  it('a real form’s compressed streams are well within the bound', async () => {
    const pdf = await fillForm('jas-recommendation', sampleJasRecommendation(RECEIVED_ON));
    expect(await outcomeOf(pdf)).toBe('valid');
  });
});

describe('fuzzing the form reader (fixed seed, bounded)', () => {
  it('any mutation of a filled form reads, or fails with a FormReadError, never anything else', async () => {
    const seed = Buffer.from(await fillForm('jas-recommendation', sampleJasRecommendation(RECEIVED_ON)));
    const mutation = fc.array(
      fc.tuple(fc.nat({ max: seed.length - 1 }), fc.uint8Array({ minLength: 1, maxLength: 16 })),
      { minLength: 1, maxLength: 6 },
    );
    await fc.assert(
      fc.asyncProperty(mutation, async (writes) => {
        const bytes = Buffer.from(seed);
        for (const [at, patch] of writes) bytes.set(patch.subarray(0, bytes.length - at), at);
        expect([
          'valid',
          'invalid',
          'NOT_A_PDF',
          'PDF_CORRUPT',
          'PDF_ENCRYPTED',
          'PDF_NO_FIELDS',
          'FORM_UNKNOWN',
          'FORM_OUTDATED',
          'PDF_TOO_LARGE',
        ]).toContain(await outcomeOf(bytes));
      }),
      { seed: 646, numRuns: 60 },
    );
  });
});
