import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fillForm } from '../../../forms/fill-form.js';
import { FormReadError } from '../../../forms/form-read-error.js';
import { sampleJasRecommendation } from '../../../forms/jas-recommendation/sample.js';
import { DEFAULT_MAX_PDF_OBJECTS } from '../../../forms/pdf/pdf-limits.js';
import { readForm } from '../../../forms/read-form.js';
import { DecodeBudget } from '../../../kernel/decode-budget.js';
import {
  chainedFlateBomb,
  escapedNameBomb,
  followedXrefStream,
  hexThenFlateBomb,
  hugeArray,
  hugeObjectCount,
  hugeXrefStream,
  lzwBomb,
  manyObjectStreamsBomb,
  objectStreamBomb,
  paddedDecodeParmsBomb,
  xfaDatasetsBomb,
  xrefStreamBomb,
} from '../../helpers/hostile-pdfs.js';

const RECEIVED_ON = '2026-11-23';
const MB = 1024 * 1024;

async function outcomeOf(pdf: Uint8Array, decodeBudget?: DecodeBudget): Promise<string> {
  try {
    const reading = await readForm(pdf, { receivedOn: RECEIVED_ON, ...(decodeBudget && { decodeBudget }) });
    return reading.ok ? 'valid' : 'invalid';
  } catch (error) {
    if (error instanceof FormReadError) return error.code;
    throw error;
  }
}

describe('what pdf-lib decodes is charged to the decode budget, whatever shape the bomb takes', () => {
  const bombs: [string, (inflatedBytes: number) => Buffer][] = [
    ['one FlateDecode level in an object stream', objectStreamBomb],
    ['[/FlateDecode /FlateDecode]', chainedFlateBomb],
    ['an escaped filter name (/Fl#61te#44ecode)', escapedNameBomb],
    ['a /DecodeParms that pushes /Filter out of a pre-scan window', paddedDecodeParmsBomb],
    ['LZW with /EarlyChange 0', lzwBomb],
    ['[/ASCIIHexDecode /FlateDecode]', hexThenFlateBomb],
    ['64 object streams of 0.5 MB each', (bytes) => manyObjectStreamsBomb(bytes, 64)],
    ['a cross-reference stream', xrefStreamBomb],
    ['the XFA datasets stream, decoded after loading', xfaDatasetsBomb],
  ];

  it.each(bombs)('%s: refused once 4 MB are decoded, not 32 MB later', async (_shape, bomb) => {
    // Prepare
    const budget = new DecodeBudget(4 * MB);

    // Act
    const error = await readForm(bomb(32 * MB), { receivedOn: RECEIVED_ON, decodeBudget: budget }).catch(
      (caught: unknown) => caught,
    );

    // Assess
    expect(error).toBeInstanceOf(FormReadError);
    expect(error).toMatchObject({ code: 'PDF_TOO_LARGE', explanation: { en: expect.stringContaining('4 MB') } });
    expect(budget.exceeded).toBe(true);
    expect(budget.spentBytes).toBeLessThanOrEqual(4 * MB);
  });

  it('a real form decodes well within the default budget', async () => {
    // Prepare
    const pdf = await fillForm('jas-recommendation', sampleJasRecommendation(RECEIVED_ON));
    const budget = new DecodeBudget(64 * MB);

    // Act
    const outcome = await outcomeOf(pdf, budget);

    // Assess
    expect(outcome).toBe('valid');
    expect(budget.spentBytes).toBeLessThan(MB);
  });

  it('one budget shared by the PDFs of a message runs out across them', async () => {
    // Prepare: each decodes 3 MB, under the 4 MB budget alone but not together
    const budget = new DecodeBudget(4 * MB);
    const pdf = objectStreamBomb(3 * MB);

    // Act
    const first = await outcomeOf(pdf, budget);
    const second = await outcomeOf(pdf, budget);

    // Assess: the first is read (and is no form), the second finds the budget spent
    expect(first).toBe('PDF_NO_FIELDS');
    expect(second).toBe('PDF_TOO_LARGE');
  });
});

describe('what a PDF declares costs no more than what it holds: objects are charged before they are built', () => {
  const declared: [string, () => Buffer][] = [
    ['an xref stream of 2^31 entries, found by a full load', hugeXrefStream],
    [
      'an xref stream of 2^31 entries, followed from startxref',
      () => followedXrefStream('/W [1 1 1] /Size 2147483647 /Index [0 2147483647]', Buffer.alloc(48, 1)),
    ],
    [
      'an xref stream of zero-width entries (/W [0 0 0])',
      () => followedXrefStream('/W [0 0 0] /Size 2147483647', Buffer.alloc(48, 1)),
    ],
    [
      'an xref stream of 8 MB of one-byte entries',
      () => followedXrefStream('/W [1 0 0] /Size 8000000', Buffer.alloc(8_000_000)),
    ],
    ['an object stream of 10^8 objects', hugeObjectCount],
    ['an array of a million numbers', () => hugeArray(1_000_000)],
  ];

  it.each(declared)('%s: refused as too complex, with the limit named', async (_shape, build) => {
    // Act
    const error = await readForm(build(), { receivedOn: RECEIVED_ON, maxObjects: 100_000 }).catch(
      (caught: unknown) => caught,
    );

    // Assess
    expect(error).toBeInstanceOf(FormReadError);
    expect(error).toMatchObject({
      code: 'PDF_TOO_COMPLEX',
      explanation: { en: expect.stringContaining('more than 100,000 objects') },
    });
  });

  it('an xref stream of two-billion-byte fields (/W [1 2147483647 1]) is no cross-reference data: the file is read without it', async () => {
    // Act: pdf-lib would read each field a byte at a time, two billion times an entry
    const outcome = await outcomeOf(followedXrefStream('/W [1 2147483647 1] /Size 3', Buffer.alloc(48, 1)));

    // Assess: what the file holds, a catalog and no form
    expect(outcome).toBe('PDF_NO_FIELDS');
  });

  it('a real form is far within the default budget', async () => {
    // Prepare
    const pdf = await fillForm('jas-recommendation', sampleJasRecommendation(RECEIVED_ON));

    // Act: a budget one tenth of the default still reads it
    const outcome = await readForm(pdf, { receivedOn: RECEIVED_ON, maxObjects: DEFAULT_MAX_PDF_OBJECTS / 10 });

    // Assess
    expect(outcome.ok).toBe(true);
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
