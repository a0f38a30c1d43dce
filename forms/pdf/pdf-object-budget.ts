import { AsyncLocalStorage } from 'node:async_hooks';
import { PDFObjectParser, PDFObjectStreamParser, PDFRef, PDFXRefStreamParser } from '@cantoo/pdf-lib';

/**
 * How many PDF objects reading one PDF may build: every object pdf-lib's parser builds (numbers,
 * names, strings, arrays, dictionaries, streams, nested or not) and every reference it makes
 * (object headers, `n g R`, cross-reference entries). Each costs heap that a few bytes of PDF can
 * ask for again and again (`/Index [0 2147483647]`, `[0 0 0 …]` over megabytes), and pdf-lib keeps
 * every reference it ever made in a pool of its own. Counting them where they are built bounds the
 * heap a hostile PDF takes well under the reading worker's limit, which Node enforces only on a
 * best-effort basis: an allocation that overshoots it can abort the whole process.
 */
export class PdfObjectBudget {
  #spent = 0;
  #exceeded = false;

  constructor(readonly limit: number) {
    if (!Number.isSafeInteger(limit) || limit <= 0)
      throw new RangeError(`An object budget is a positive number of objects, not ${limit}`);
  }

  get exceeded(): boolean {
    return this.#exceeded;
  }

  /** Records `objects` more, or throws once the budget is spent; it stays spent, so that pdf-lib cannot go on past it. */
  charge(objects: number): void {
    // Written so that a count that is not a number does not fit either.
    if (this.#exceeded || !(objects <= this.limit - this.#spent)) {
      this.#exceeded = true;
      throw new RangeError(`The PDF holds more than ${this.limit} objects`);
    }
    this.#spent += objects;
  }
}

const budgets = new AsyncLocalStorage<PdfObjectBudget>();
let installed = false;

type Method = (...args: unknown[]) => unknown;

/** A cross-reference stream's fields are offsets, object numbers and generations: a few bytes each. */
export const MAX_XREF_FIELD_BYTES = 8;

/** What pdf-lib's cross-reference stream parser holds once built: the widths and subsections the stream declares. */
interface XrefStreamParserState {
  readonly byteWidths?: unknown;
  readonly subsections?: unknown;
}

/**
 * The entries a cross-reference stream declares, or `undefined` when pdf-lib's parser is not
 * built as it was. Each field of each entry is read a byte at a time for as many bytes as `/W`
 * says (`/W [1 2147483647 1]` is two billion reads an entry), so widths past 8 bytes are refused.
 */
function declaredXrefEntries(state: XrefStreamParserState): number | undefined {
  const { byteWidths, subsections } = state;
  if (!Array.isArray(byteWidths) || !Array.isArray(subsections)) return undefined;
  if (byteWidths.some((width) => !(typeof width === 'number' && width <= MAX_XREF_FIELD_BYTES)))
    throw new RangeError(`A cross-reference stream's field is wider than ${MAX_XREF_FIELD_BYTES} bytes`);
  let declared = 0;
  for (const subsection of subsections as { length?: unknown }[]) {
    const length = subsection.length;
    if (typeof length !== 'number') return undefined;
    // pdf-lib's loop runs while its index is below the length: none for a length of zero or less.
    declared += length > 0 ? Math.ceil(length) : 0;
  }
  return declared;
}

/**
 * Every object pdf-lib parses comes through `PDFObjectParser.parseObject` (its subclasses, the
 * document and object-stream parsers, inherit it), and every reference through `PDFRef.of`: the
 * two places where the count can be kept whatever shape the file takes. An object stream's
 * parser first lists the `/N` objects its header declares, and a cross-reference stream's builds
 * one entry for each it declares, whether its data holds them or not: what they declare is charged
 * as they start. A pdf-lib that no longer has these fails here, loudly.
 */
function installObjectBudgetHook(): void {
  if (installed) return;
  const parser = PDFObjectParser.prototype as unknown as { parseObject?: Method };
  const objectStreamParser = PDFObjectStreamParser.prototype as unknown as { parseIntoContext?: Method };
  const parseObject = parser.parseObject;
  const parseObjectStream = objectStreamParser.parseIntoContext;
  const xrefStreamParser = PDFXRefStreamParser.prototype as unknown as { parseIntoContext?: Method };
  const parseXrefStream = xrefStreamParser.parseIntoContext;
  const refOf = PDFRef.of;
  if (
    typeof parseObject !== 'function' ||
    typeof parseObjectStream !== 'function' ||
    typeof parseXrefStream !== 'function' ||
    typeof refOf !== 'function'
  )
    throw new Error('pdf-lib no longer parses as it did: the object budget cannot be enforced');
  parser.parseObject = function parseObjectWithinBudget(this: unknown, ...args: unknown[]) {
    chargePdfObjects(1);
    return parseObject.apply(this, args);
  };
  objectStreamParser.parseIntoContext = function parseObjectStreamWithinBudget(
    this: { objectCount?: unknown },
    ...args: unknown[]
  ) {
    if (typeof this.objectCount !== 'number')
      throw new Error('pdf-lib no longer counts an object stream as it did: the object budget cannot be enforced');
    // pdf-lib's loop runs while its index is below the count: none for a count of zero or less.
    chargePdfObjects(this.objectCount > 0 ? Math.ceil(this.objectCount) : 0);
    return parseObjectStream.apply(this, args);
  };
  xrefStreamParser.parseIntoContext = function parseXrefStreamWithinBudget(
    this: XrefStreamParserState,
    ...args: unknown[]
  ) {
    const declared = declaredXrefEntries(this);
    if (declared === undefined)
      throw new Error(
        'pdf-lib no longer reads a cross-reference stream as it did: the object budget cannot be enforced',
      );
    chargePdfObjects(declared);
    return parseXrefStream.apply(this, args);
  };
  (PDFRef as { of: typeof PDFRef.of }).of = (objectNumber, generationNumber) => {
    chargePdfObjects(1);
    return refOf(objectNumber, generationNumber);
  };
  installed = true;
}

/**
 * Charges `objects` to the budget of the read under way, if any: for what is built outside
 * pdf-lib's parser from numbers a file declares (cross-reference entries, an object stream's
 * `/N`), before it is built.
 */
export function chargePdfObjects(objects: number): void {
  budgets.getStore()?.charge(objects);
}

/**
 * Runs `work` (loading and reading a PDF with pdf-lib) with every object pdf-lib builds charged to
 * `budget`, including after an `await`. pdf-lib skips objects that fail to parse, so the budget's
 * error may be swallowed inside it: check `budget.exceeded` afterwards.
 */
export function withinPdfObjectBudget<T>(budget: PdfObjectBudget, work: () => Promise<T>): Promise<T> {
  installObjectBudgetHook();
  return budgets.run(budget, work);
}
