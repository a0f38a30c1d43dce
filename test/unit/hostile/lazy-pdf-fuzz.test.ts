import { readdir, readFile } from 'node:fs/promises';
import { deflateSync } from 'node:zlib';
import { PDFDocument } from '@cantoo/pdf-lib';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fillForm } from '../../../forms/fill-form.js';
import { readIdentityInfo } from '../../../forms/form-identity.js';
import { FormReadError } from '../../../forms/form-read-error.js';
import { sampleValues } from '../../../forms/form-samples.js';
import { loadPdfDocument } from '../../../forms/pdf/load-pdf-document.js';
import { openPdfLazily } from '../../../forms/pdf/open-pdf-lazily.js';
import { withinPdfDecodeBudget } from '../../../forms/pdf/pdf-decode-budget.js';
import { DEFAULT_MAX_DECODED_BYTES, DEFAULT_MAX_PDF_OBJECTS } from '../../../forms/pdf/pdf-limits.js';
import { PdfObjectBudget, withinPdfObjectBudget } from '../../../forms/pdf/pdf-object-budget.js';
import { readAcroFormFields } from '../../../forms/pdf/read-acroform-fields.js';
import { readPdfFields } from '../../../forms/read-pdf-fields.js';
import { listForms } from '../../../forms/registry.js';
import { DecodeBudget } from '../../../kernel/decode-budget.js';
import { inflateWithinBudget } from '../../../kernel/inflate-within-budget.js';

/**
 * The lazy PDF opener attacked as an outsider would: real filled forms (ours, and what pdftk, pypdf
 * and qpdf wrote) with their cross-reference data bent (truncated, huge or negative `/Size`, `/W`
 * and `/Index`, `/W [0 0 0]`, `/Prev` chains that loop, entries that point anywhere, object
 * streams that name themselves) and their bytes flipped. Whatever comes in, a read ends with the
 * fields pdf-lib's full load reads or a `FormReadError`, inside the budgets, and this process lives.
 */

const RECEIVED_ON = '2026-11-23';
const FIXTURES = new URL('../../fixtures/forms/', import.meta.url);
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');
const bytesOf = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));

let seeds: Uint8Array[];

beforeAll(async () => {
  // pdf-lib warns of every number too large for some readers: the bent forms are full of them.
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  const ours = await Promise.all(
    listForms().map((form) => fillForm(form.id, sampleValues(form.id, RECEIVED_ON) ?? {})),
  );
  // The same forms with classic cross-reference tables, as many tools still write them.
  const classic = await Promise.all(
    ours.map(async (pdf) => (await PDFDocument.load(pdf, { updateMetadata: false })).save({ useObjectStreams: false })),
  );
  const names = (await readdir(FIXTURES)).filter((name) => name.endsWith('.pdf'));
  const theirs = await Promise.all(names.map(async (name) => new Uint8Array(await readFile(new URL(name, FIXTURES)))));
  seeds = [...ours, ...classic, ...theirs];
});

afterAll(() => {
  vi.restoreAllMocks();
});

/** The newest `startxref` offset of a PDF. */
function lastStartXref(text: string): number {
  return Number([...text.matchAll(/startxref\s+(\d+)/g)].at(-1)?.[1] ?? 0);
}

/**
 * What a writer carries into a new revision's trailer: the catalog, and the document information
 * when there is one. (A trailer that drops `/Info` is read differently by a viewer, which finds
 * none, and by pdf-lib's full load, which keeps an older one: only the identity fallback differs.)
 */
function carriedKeys(text: string): string {
  const newest = (key: string) => [...text.matchAll(new RegExp(`/${key}\\s+(\\d+\\s+\\d+\\s+R)`, 'g'))].at(-1)?.[1];
  const info = newest('Info');
  return `/Root ${newest('Root') ?? '1 0 R'}${info ? ` /Info ${info}` : ''}`;
}

type PrevChoice = 'none' | 'original' | 'itself' | number;

function prevEntry(prev: PrevChoice, original: number, itself: number): string {
  if (prev === 'none') return '';
  return `/Prev ${prev === 'original' ? original : prev === 'itself' ? itself : prev}`;
}

/** A cross-reference stream appended as a new revision, with whatever fields and entries it is given. */
function appendXrefStream(
  pdf: Uint8Array,
  section: { widths: string; index?: string; size: string; entries: Uint8Array; prev: PrevChoice },
): Uint8Array {
  const text = latin1(pdf);
  const at = pdf.length + 1;
  const data = deflateSync(section.entries);
  const dictionary = [
    '/Type /XRef',
    `/W ${section.widths}`,
    section.index === undefined ? '' : `/Index ${section.index}`,
    `/Size ${section.size}`,
    carriedKeys(text),
    prevEntry(section.prev, lastStartXref(text), at),
    `/Filter /FlateDecode /Length ${data.length}`,
  ].join(' ');
  return new Uint8Array(
    Buffer.concat([
      pdf,
      Buffer.from(`\n999 0 obj\n<< ${dictionary} >>\nstream\n`, 'latin1'),
      data,
      Buffer.from(`\nendstream\nendobj\nstartxref\n${at}\n%%EOF\n`, 'latin1'),
    ]),
  );
}

/** A classic cross-reference table appended as a new revision, its subsections written as given. */
function appendXrefTable(pdf: Uint8Array, section: { body: string; prev: PrevChoice }): Uint8Array {
  const text = latin1(pdf);
  const at = pdf.length + 1;
  const trailer = `<< /Size 9999 ${carriedKeys(text)} ${prevEntry(section.prev, lastStartXref(text), at)} >>`;
  return bytesOf(`${text}\nxref\n${section.body}trailer\n${trailer}\nstartxref\n${at}\n%%EOF\n`);
}

const counts = fc.oneof(
  fc.integer({ min: 0, max: 300 }),
  fc.constantFrom(-1, -2147483648, 2147483647, 4294967296, 9007199254740991, 1e300),
);
const numberText = fc.oneof(counts.map(String), fc.constantFrom('1.5', '-0', 'null', '(x)', '/Name', '9'.repeat(40)));
const widths = fc.oneof(
  fc
    .tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 4 }))
    .map((triple) => `[${triple.join(' ')}]`),
  fc.constantFrom('[0 0 0]', '[1 1]', '[1 2 1 1]', '[-1 2 1]', '[9 9 9]', '[1 2147483647 1]', '3', '[]'),
);
const subsections = fc
  .array(fc.tuple(numberText, numberText), { maxLength: 4 })
  .map((pairs) => `[${pairs.flat().join(' ')}]`);
const prev: fc.Arbitrary<PrevChoice> = fc.oneof(
  fc.constantFrom<PrevChoice>('none', 'original', 'itself'),
  fc.integer({ min: -10, max: 400_000 }),
);

/** Entries that point anywhere: type 0–3, offsets in or past the file, object streams that may be themselves. */
const xrefStreamSection = fc.record({
  widths,
  index: fc.option(subsections, { nil: undefined }),
  size: numberText,
  entries: fc.uint8Array({ maxLength: 600 }),
  prev,
});

const tableLine = fc.oneof(
  fc
    .tuple(fc.integer({ min: 0, max: 400_000 }), fc.integer({ min: 0, max: 65535 }), fc.constantFrom('n', 'f'))
    .map(
      ([offset, generation, use]) =>
        `${String(offset).padStart(10, '0')} ${String(generation).padStart(5, '0')} ${use} `,
    ),
  fc.constantFrom('0 0 n', 'x', '', '0000000000 65535 f', '-5 0 n'),
);
const xrefTableSection = fc.record({
  body: fc
    .array(fc.tuple(numberText, numberText, fc.array(tableLine, { maxLength: 8 })), { maxLength: 3 })
    .map((parts) => parts.map(([first, count, lines]) => `${first} ${count}\n${lines.join('\n')}\n`).join('')),
  prev,
});

/** What a new cross-reference section says of one object the file defines: mostly the truth. */
type EntryChoice = 'true' | 'free' | 'shifted' | 'other-generation' | 'in-itself' | 'in-another';

const entryChoice = fc.oneof(
  { weight: 24, arbitrary: fc.constant<EntryChoice>('true') },
  fc.constantFrom<EntryChoice>('free', 'shifted', 'other-generation', 'in-itself', 'in-another'),
);

/** A new revision whose section lists every object defined in the file's text, each entry as chosen. */
interface Reindexing {
  readonly table: boolean;
  readonly choices: EntryChoice[];
  readonly other: number;
  readonly prev: PrevChoice;
}

const reindexing: fc.Arbitrary<Reindexing> = fc.record({
  table: fc.boolean(),
  choices: fc.array(entryChoice, { minLength: 1, maxLength: 40 }),
  other: fc.nat({ max: 200 }),
  prev,
});

function reindex(pdf: Uint8Array, change: Reindexing): Uint8Array {
  const defined = new Map<number, { offset: number; generation: number }>();
  for (const match of latin1(pdf).matchAll(/(?<=[\r\n])(\d+) (\d+) obj\b/g))
    defined.set(Number(match[1]), { offset: match.index, generation: Number(match[2]) });
  const entries = [...defined].map(([number, { offset, generation }], position) => {
    const choice = change.choices[position % change.choices.length]!;
    if (choice === 'free') return { number, type: 0, second: 0, third: 65535 };
    if (choice === 'shifted') return { number, type: 1, second: offset + 3, third: generation };
    if (choice === 'other-generation') return { number, type: 1, second: offset, third: generation + 1 };
    if (choice === 'in-itself') return { number, type: 2, second: number, third: 0 };
    if (choice === 'in-another') return { number, type: 2, second: change.other, third: 1 };
    return { number, type: 1, second: offset, third: generation };
  });
  if (change.table) {
    const body = entries
      .map(({ number, type, second, third }) => {
        const line = `${String(type === 2 ? 0 : second).padStart(10, '0')} ${String(third).padStart(5, '0')} ${type === 1 ? 'n' : 'f'} `;
        return `${number} 1\n${line}\n`;
      })
      .join('');
    return appendXrefTable(pdf, { body, prev: change.prev });
  }
  const data = Buffer.alloc(entries.length * 7);
  entries.forEach(({ type, second, third }, position) => {
    data.writeUInt8(type, position * 7);
    data.writeUInt32BE(second, position * 7 + 1);
    data.writeUInt16BE(third, position * 7 + 5);
  });
  const index = `[${entries.map(({ number }) => `${number} 1`).join(' ')}]`;
  const size = String(Math.max(0, ...entries.map(({ number }) => number)) + 1);
  return appendXrefStream(pdf, { widths: '[1 4 2]', index, size, entries: data, prev: change.prev });
}

/** The cross-reference numbers written in the file's own text (classic trailers, stream dictionaries), bent. */
const textEdit = fc.record({
  key: fc.constantFrom('Size', 'W', 'Index', 'Prev', 'N', 'First', 'Length', 'Root', 'XRefStm'),
  value: fc.oneof(numberText, widths, subsections, fc.constantFrom('1 0 R', '999 0 R')),
  occurrence: fc.nat({ max: 8 }),
});

function bendText(pdf: Uint8Array, edit: { key: string; value: string; occurrence: number }): Uint8Array {
  const text = latin1(pdf);
  const pattern = new RegExp(`/${edit.key}\\s*(\\[[^\\]]*\\]|\\d+\\s+\\d+\\s+R|-?[\\d.]+)`, 'g');
  const matches = [...text.matchAll(pattern)];
  const match = matches[edit.occurrence % Math.max(1, matches.length)];
  if (!match || match.index === undefined) return pdf;
  // Kept the same length, as a tool that patches numbers in place would; offsets stay true.
  const replacement = `/${edit.key} ${edit.value}`;
  const fitted = replacement.length <= match[0].length ? replacement.padEnd(match[0].length, ' ') : replacement;
  return bytesOf(text.slice(0, match.index) + fitted + text.slice(match.index + match[0].length));
}

const byteFlips = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 12 });

function flipBytes(pdf: Uint8Array, flips: [number, number][]): Uint8Array {
  const copy = pdf.slice();
  for (const [at, value] of flips) copy[at % copy.length] = value;
  return copy;
}

/** Cut short, with a new end-of-file marker so that the cut is not refused before parsing. */
function truncate(pdf: Uint8Array, keep: number): Uint8Array {
  return new Uint8Array(Buffer.concat([pdf.subarray(0, keep % pdf.length), Buffer.from('\n%%EOF\n')]));
}

/** Each mutation as data, so that fast-check prints a failing one as it was. */
type Mutation =
  | { readonly appendXrefStream: Parameters<typeof appendXrefStream>[1] }
  | { readonly appendXrefTable: Parameters<typeof appendXrefTable>[1] }
  | { readonly reindex: Reindexing }
  | { readonly bendText: { key: string; value: string; occurrence: number }[] }
  | { readonly flipBytes: [number, number][] }
  | { readonly truncate: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 3, arbitrary: reindexing.map((change) => ({ reindex: change })) },
  xrefStreamSection.map((section) => ({ appendXrefStream: section })),
  xrefTableSection.map((section) => ({ appendXrefTable: section })),
  fc.array(textEdit, { minLength: 1, maxLength: 3 }).map((edits) => ({ bendText: edits })),
  byteFlips.map((flips) => ({ flipBytes: flips })),
  fc.nat().map((keep) => ({ truncate: keep })),
);

function mutate(pdf: Uint8Array, change: Mutation): Uint8Array {
  if ('appendXrefStream' in change) return appendXrefStream(pdf, change.appendXrefStream);
  if ('appendXrefTable' in change) return appendXrefTable(pdf, change.appendXrefTable);
  if ('reindex' in change) return reindex(pdf, change.reindex);
  if ('bendText' in change) return change.bendText.reduce(bendText, pdf);
  if ('flipBytes' in change) return flipBytes(pdf, change.flipBytes);
  return truncate(pdf, change.truncate);
}

const hostileForm = fc.record({ seed: fc.nat(), mutations: fc.array(mutation, { minLength: 1, maxLength: 2 }) });

function build({ seed, mutations }: { seed: number; mutations: Mutation[] }): Uint8Array {
  return mutations.reduce(mutate, seeds[seed % seeds.length]!);
}

/** What the readers find, as the reader's own result would hold it. */
function fieldsOf(doc: Parameters<typeof readAcroFormFields>[0]) {
  return { ...readAcroFormFields(doc), identity: readIdentityInfo(doc) };
}

/** The lazy reading alone, within the default budgets: its fields when it followed the whole file. */
async function readLazily(pdf: Uint8Array) {
  const decode = new DecodeBudget(DEFAULT_MAX_DECODED_BYTES);
  const objects = new PdfObjectBudget(DEFAULT_MAX_PDF_OBJECTS);
  return withinPdfObjectBudget(objects, () =>
    withinPdfDecodeBudget(decode, async () => {
      const lazy = openPdfLazily(pdf, { inflate: (compressed) => inflateWithinBudget(decode, compressed, 'zlib') });
      if (!lazy) return undefined;
      try {
        const fields = fieldsOf(lazy);
        return lazy.intact() && !decode.exceeded && !objects.exceeded ? fields : undefined;
      } catch {
        return undefined;
      }
    }),
  );
}

/** pdf-lib's full load of the same bytes, within the same budgets; `undefined` when it cannot read them. */
async function readFully(pdf: Uint8Array) {
  const decode = new DecodeBudget(DEFAULT_MAX_DECODED_BYTES);
  const objects = new PdfObjectBudget(DEFAULT_MAX_PDF_OBJECTS);
  try {
    const fields = await withinPdfObjectBudget(objects, () =>
      withinPdfDecodeBudget(decode, async () => fieldsOf(await loadPdfDocument(pdf))),
    );
    return decode.exceeded || objects.exceeded ? undefined : fields;
  } catch {
    return undefined;
  }
}

describe('the lazy PDF opener, attacked with bent real forms', () => {
  it('reads what pdf-lib’s full load reads whenever it follows the whole file', async () => {
    await fc.assert(
      fc.asyncProperty(hostileForm, async (form) => {
        // Prepare
        const pdf = build(form);

        // Act
        const lazily = await readLazily(pdf);

        // Assess: when the lazy reading answers, the full load, when it can read the file, agrees
        if (lazily === undefined) return;
        const fully = await readFully(pdf);
        if (fully !== undefined) expect(lazily).toEqual(fully);
      }),
      { numRuns: 200 },
    );
  });

  it('ends every read with fields or a FormReadError, inside the budgets', async () => {
    await fc.assert(
      fc.asyncProperty(hostileForm, async (form) => {
        // Prepare
        const pdf = build(form);

        // Act
        const outcome = await readPdfFields(pdf).catch((error: unknown) => error);

        // Assess
        if (outcome instanceof Error) expect(outcome).toBeInstanceOf(FormReadError);
        else expect(outcome).toHaveProperty('fields');
      }),
      { numRuns: 120 },
    );
  });
});
