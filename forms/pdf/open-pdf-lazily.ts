import {
  decodePDFRawStream,
  PDFArray,
  PDFContext,
  PDFDict,
  PDFName,
  PDFNumber,
  type PDFObject,
  PDFObjectParser,
  PDFRawStream,
  PDFRef,
} from '@cantoo/pdf-lib';
import { chargePdfObjects, MAX_XREF_FIELD_BYTES } from './pdf-object-budget.js';

/** Where the current revision of an object is, as the cross-reference data says. */
type XrefEntry =
  | { readonly kind: 'at'; readonly offset: number; readonly generation: number }
  | { readonly kind: 'in-stream'; readonly streamNumber: number }
  | { readonly kind: 'free' };

/** How a lazy read decodes what it must: `FlateDecode` streams by `inflate`, when given. */
export interface LazyPdfOptions {
  /** Inflates a zlib stream (native zlib, within the caller's decode budget); pdf-lib's own decoder otherwise. */
  readonly inflate?: (compressed: Uint8Array) => Uint8Array;
}

/** A PDF opened for reading, whose objects are parsed the first time they are looked up. */
export interface LazyPdf {
  readonly context: PDFContext;
  /**
   * Whether every object looked up so far was where the cross-reference data put it. When not,
   * what was read may be incomplete, and the caller reads the file again with a full load.
   */
  readonly intact: () => boolean;
}

/** A real form carries a handful of incremental updates; more is a loop or a hostile file. */
const MAX_XREF_SECTIONS = 64;
/** `startxref` is in the file's last bytes; writers may append a little after `%%EOF`. */
const TAIL_BYTES = 2048;
const KEYWORD = {
  obj: [...'obj'].map((char) => char.charCodeAt(0)),
  xref: [...'xref'].map((char) => char.charCodeAt(0)),
  trailer: [...'trailer'].map((char) => char.charCodeAt(0)),
};
const IN_USE = 'n'.charCodeAt(0);

type ByteStream = ConstructorParameters<typeof PDFObjectParser>[0];

/** pdf-lib's object parser, moved to the offsets the cross-reference data gives. */
class OffsetParser extends PDFObjectParser {
  static over(bytes: Uint8Array, context: PDFContext): OffsetParser {
    // pdf-lib does not export its ByteStream: the one its own factory builds is reused.
    const stream = (PDFObjectParser.forBytes(bytes, context) as unknown as { bytes: ByteStream }).bytes;
    return new OffsetParser(stream, context);
  }

  /** The indirect object at `offset` (`n g obj … endobj`) and its reference, whatever its number. */
  indirectObjectAt(offset: number): { ref: PDFRef; object: PDFObject } | undefined {
    this.bytes.moveTo(offset);
    this.skipWhitespaceAndComments();
    const objectNumber = this.parseRawInt();
    this.skipWhitespaceAndComments();
    const generation = this.parseRawInt();
    this.skipWhitespaceAndComments();
    if (!this.matchKeyword(KEYWORD.obj)) return undefined;
    this.skipWhitespaceAndComments();
    const ref = PDFRef.of(objectNumber, generation);
    return { ref, object: this.parseObject(ref) };
  }

  /** The object at `offset` of an object stream's decoded bytes. */
  objectAt(offset: number, ref: PDFRef): PDFObject {
    this.bytes.moveTo(offset);
    this.skipWhitespaceAndComments();
    return this.parseObject(ref);
  }

  /** An object stream's header: `N` pairs of object number and offset (from `First`). */
  pairs(count: number): { objectNumber: number; offset: number }[] {
    this.bytes.moveTo(0);
    const pairs = [];
    for (let index = 0; index < count; index += 1) {
      this.skipWhitespaceAndComments();
      const objectNumber = this.parseRawInt();
      this.skipWhitespaceAndComments();
      pairs.push({ objectNumber, offset: this.parseRawInt() });
    }
    return pairs;
  }

  /** A classic cross-reference table at `offset`, and the trailer dictionary after it. */
  tableAt(offset: number): { entries: [number, XrefEntry][]; trailer: PDFDict } | undefined {
    this.bytes.moveTo(offset);
    this.skipWhitespaceAndComments();
    if (!this.matchKeyword(KEYWORD.xref)) return undefined;
    const entries: [number, XrefEntry][] = [];
    for (;;) {
      this.skipWhitespaceAndComments();
      if (this.matchKeyword(KEYWORD.trailer)) break;
      const first = this.parseRawInt();
      this.skipWhitespace();
      const count = this.parseRawInt();
      // A count larger than the file holds ends at its end, where parseRawInt throws; each entry read is charged.
      for (let index = 0; index < count; index += 1) {
        chargePdfObjects(1);
        this.skipWhitespace();
        const offsetOrNext = this.parseRawInt();
        this.skipWhitespace();
        const generation = this.parseRawInt();
        this.skipWhitespace();
        const inUse = this.bytes.next() === IN_USE;
        entries.push([first + index, inUse ? { kind: 'at', offset: offsetOrNext, generation } : { kind: 'free' }]);
      }
    }
    this.skipWhitespaceAndComments();
    const trailer = this.parseObject();
    return trailer instanceof PDFDict ? { entries, trailer } : undefined;
  }
}

/**
 * Whether `/Encrypt` appears anywhere in the file. pdf-lib's full load takes it from any trailer it
 * meets, in or out of the chain `startxref` starts; such a file is left to the full load, which
 * decrypts it (or, when the newest revision is not encrypted, reads it as such: see loadPdfDocument).
 */
function namesEncryption(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes('/Encrypt', 0, 'latin1');
}

/** The offset `startxref` gives, from the file's tail. */
function startXrefOffset(bytes: Uint8Array): number | undefined {
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .subarray(Math.max(0, bytes.byteLength - TAIL_BYTES))
    .toString('latin1');
  const last = [...tail.matchAll(/startxref\s+(\d+)\s*%%EOF/g)].at(-1);
  return last ? Number(last[1]) : undefined;
}

function numbersIn(dict: PDFDict, key: string): number[] | undefined {
  const value = dict.get(PDFName.of(key));
  if (!(value instanceof PDFArray)) return undefined;
  const numbers = value.asArray().map((item) => (item instanceof PDFNumber ? item.asNumber() : Number.NaN));
  return numbers.every(Number.isSafeInteger) ? numbers : undefined;
}

function numberIn(dict: PDFDict | undefined, key: string, otherwise: number): number {
  const value = dict?.get(PDFName.of(key));
  return value instanceof PDFNumber ? value.asNumber() : otherwise;
}

/**
 * Undoes the PNG predictor (`/Predictor` 10–15) that most writers apply to cross-reference
 * streams: each row starts with its filter type. pdf-lib's decoder leaves predictors in place.
 */
function withoutPngPredictor(data: Uint8Array, parameters: PDFDict | undefined): Uint8Array | undefined {
  const predictor = numberIn(parameters, 'Predictor', 1);
  if (predictor === 1) return data;
  if (predictor < 10) return undefined;
  const bytesPerPixel = Math.ceil(
    (numberIn(parameters, 'Colors', 1) * numberIn(parameters, 'BitsPerComponent', 8)) / 8,
  );
  const rowLength = Math.ceil(
    (numberIn(parameters, 'Colors', 1) *
      numberIn(parameters, 'BitsPerComponent', 8) *
      numberIn(parameters, 'Columns', 1)) /
      8,
  );
  if (!(rowLength > 0) || data.byteLength % (rowLength + 1) !== 0) return undefined;
  const rows = data.byteLength / (rowLength + 1);
  const out = new Uint8Array(rows * rowLength);
  for (let row = 0; row < rows; row += 1) {
    const filter = data[row * (rowLength + 1)];
    const input = row * (rowLength + 1) + 1;
    const at = row * rowLength;
    for (let index = 0; index < rowLength; index += 1) {
      const left = index >= bytesPerPixel ? out[at + index - bytesPerPixel]! : 0;
      const up = row > 0 ? out[at - rowLength + index]! : 0;
      const upLeft = row > 0 && index >= bytesPerPixel ? out[at - rowLength + index - bytesPerPixel]! : 0;
      const raw = data[input + index]!;
      let value: number;
      if (filter === 0) value = raw;
      else if (filter === 1) value = raw + left;
      else if (filter === 2) value = raw + up;
      else if (filter === 3) value = raw + ((left + up) >> 1);
      else if (filter === 4) {
        const estimate = left + up - upLeft;
        const [toLeft, toUp, toUpLeft] = [
          Math.abs(estimate - left),
          Math.abs(estimate - up),
          Math.abs(estimate - upLeft),
        ];
        value = raw + (toLeft <= toUp && toLeft <= toUpLeft ? left : toUp <= toUpLeft ? up : upLeft);
      } else return undefined;
      out[at + index] = value & 0xff;
    }
  }
  return out;
}

/**
 * A stream's decoded bytes, `FlateDecode` by `inflate` when given (native zlib, several times
 * faster than pdf-lib's decoder). A predictor in `/DecodeParms` is left for the caller to undo,
 * as pdf-lib's decoder leaves it too.
 */
function decodedBytes(stream: PDFRawStream, options: LazyPdfOptions): Uint8Array {
  const flate = stream.dict.get(PDFName.of('Filter')) === PDFName.of('FlateDecode');
  return flate && options.inflate ? options.inflate(stream.contents) : decodePDFRawStream(stream).decode();
}

/**
 * The entries of a cross-reference stream (`/W` field widths over `/Index` subsections), or
 * `undefined` when its numbers do not fit what it holds: a `/Size`, every width 0 to 8 bytes and
 * not all zero, no negative subsection, and the entries it declares present in its decoded bytes. They
 * are checked, and charged to the object budget, before one entry is built.
 */
function xrefStreamEntries(stream: PDFRawStream, options: LazyPdfOptions): [number, XrefEntry][] | undefined {
  const widths = numbersIn(stream.dict, 'W');
  const size = stream.dict.get(PDFName.of('Size'));
  // pdf-lib, as the specification, takes a stream without a `/Size` number for no cross-reference stream at all.
  if (!(size instanceof PDFNumber)) return undefined;
  const index = numbersIn(stream.dict, 'Index') ?? [0, size.asNumber()];
  if (index.length % 2 !== 0 || !index.every((number) => Number.isSafeInteger(number) && number >= 0)) return undefined;
  if (widths?.length !== 3 || widths.some((width) => width < 0 || width > MAX_XREF_FIELD_BYTES)) return undefined;
  const [typeWidth, secondWidth, thirdWidth] = widths as [number, number, number];
  const entryWidth = typeWidth + secondWidth + thirdWidth;
  let declared = 0;
  for (let pair = 0; pair < index.length; pair += 2) {
    const [first, count] = [index[pair]!, index[pair + 1]!];
    if (first + count > Number.MAX_SAFE_INTEGER) return undefined;
    declared += count;
  }
  if (entryWidth === 0 && declared > 0) return undefined;
  const parameters = stream.dict.get(PDFName.of('DecodeParms'));
  const data = withoutPngPredictor(
    decodedBytes(stream, options),
    parameters instanceof PDFDict ? parameters : undefined,
  );
  if (!data || declared * entryWidth > data.byteLength) return undefined;
  chargePdfObjects(declared);
  let at = 0;
  const field = (width: number, otherwise: number) => {
    if (width === 0) return otherwise;
    let value = 0;
    for (let byte = 0; byte < width; byte += 1) value = value * 256 + data[at++]!;
    return value;
  };
  const entries: [number, XrefEntry][] = [];
  for (let pair = 0; pair < index.length; pair += 2) {
    const [first, count] = [index[pair]!, index[pair + 1]!];
    for (let objectNumber = first; objectNumber < first + count; objectNumber += 1) {
      const type = field(typeWidth, 1);
      const second = field(secondWidth, 0);
      const third = field(thirdWidth, 0);
      entries.push([
        objectNumber,
        type === 1
          ? { kind: 'at', offset: second, generation: third }
          : type === 2
            ? { kind: 'in-stream', streamNumber: second }
            : { kind: 'free' },
      ]);
    }
  }
  return entries;
}

/** The entries and trailer of every cross-reference section, newest first, each object's newest entry kept. */
function readCrossReferences(bytes: Uint8Array, parser: OffsetParser, options: LazyPdfOptions) {
  const entries = new Map<number, XrefEntry>();
  const trailers: PDFDict[] = [];
  const visited = new Set<number>();
  let offset = startXrefOffset(bytes);
  while (offset !== undefined) {
    if (visited.size >= MAX_XREF_SECTIONS || visited.has(offset) || offset >= bytes.byteLength) return undefined;
    visited.add(offset);
    let section = parser.tableAt(offset);
    if (section?.trailer.has(PDFName.of('XRefStm'))) return undefined;
    if (!section) {
      const stream = parser.indirectObjectAt(offset)?.object;
      if (!(stream instanceof PDFRawStream) || stream.dict.get(PDFName.of('Type')) !== PDFName.of('XRef'))
        return undefined;
      const entries = xrefStreamEntries(stream, options);
      if (!entries) return undefined;
      section = { trailer: stream.dict, entries };
    }
    for (const [objectNumber, entry] of section.entries)
      if (!entries.has(objectNumber)) entries.set(objectNumber, entry);
    trailers.push(section.trailer);
    const previous = section.trailer.get(PDFName.of('Prev'));
    offset = previous instanceof PDFNumber ? previous.asNumber() : undefined;
  }
  const newest = (key: string) =>
    trailers.map((trailer) => trailer.get(PDFName.of(key))).find((value) => value !== undefined);
  return { entries, newest };
}

/** The indirect objects of a lazily read PDF: a miss parses the object where the cross-reference data puts it. */
class LazyObjects extends Map<PDFRef, PDFObject> {
  private readonly attempted = new Set<PDFRef>();
  private readonly objectStreams = new Map<number, { parser: OffsetParser; offsets: Map<number, number> } | null>();
  missing = false;

  constructor(
    private readonly parser: OffsetParser,
    private readonly context: PDFContext,
    private readonly crossReferences: ReadonlyMap<number, XrefEntry>,
    private readonly options: LazyPdfOptions,
  ) {
    super();
  }

  override get(ref: PDFRef): PDFObject | undefined {
    const known = super.get(ref);
    if (known !== undefined || this.attempted.has(ref)) return known;
    this.attempted.add(ref);
    const entry = this.crossReferences.get(ref.objectNumber);
    // A reference the cross-reference data does not know, or says was deleted, is not what a sound file
    // holds: the full load, which finds objects by scanning the whole file, reads what it finds there.
    if (!entry || entry.kind === 'free') {
      this.missing = true;
      return undefined;
    }
    try {
      const object = entry.kind === 'at' ? this.parseAt(entry, ref) : this.parseInStream(entry.streamNumber, ref);
      if (object === undefined) this.missing = true;
      else super.set(ref, object);
      return object;
    } catch {
      this.missing = true;
      return undefined;
    }
  }

  private parseAt(entry: { offset: number; generation: number }, ref: PDFRef): PDFObject | undefined {
    if (entry.generation !== ref.generationNumber) return undefined;
    const found = this.parser.indirectObjectAt(entry.offset);
    return found?.ref === ref ? found.object : undefined;
  }

  private parseInStream(streamNumber: number, ref: PDFRef): PDFObject | undefined {
    if (ref.generationNumber !== 0) return undefined;
    const objectStream = this.objectStream(streamNumber);
    const offset = objectStream?.offsets.get(ref.objectNumber);
    return offset === undefined ? undefined : objectStream!.parser.objectAt(offset, ref);
  }

  /** An object stream, decoded once, with where each of its objects starts. */
  private objectStream(streamNumber: number) {
    if (!this.objectStreams.has(streamNumber)) {
      // Set first: an object stream that names itself (a hostile file) cannot recurse.
      this.objectStreams.set(streamNumber, null);
      const entry = this.crossReferences.get(streamNumber);
      const stream = entry?.kind === 'at' ? this.get(PDFRef.of(streamNumber, entry.generation)) : undefined;
      if (stream instanceof PDFRawStream) {
        const first = stream.dict.get(PDFName.of('First'));
        const count = stream.dict.get(PDFName.of('N'));
        // One with a predictor (rare in an object stream) is left to the full load, which reads it as pdf-lib does.
        if (first instanceof PDFNumber && count instanceof PDFNumber && !stream.dict.has(PDFName.of('DecodeParms'))) {
          const decoded = decodedBytes(stream, this.options);
          // Its header lists `/N` pairs, charged as pdf-lib's own parser charges them; each needs 4 bytes at least.
          const listed = count.asNumber() > 0 ? Math.ceil(count.asNumber()) : 0;
          chargePdfObjects(listed);
          const parser = OffsetParser.over(decoded, this.context);
          const offsets = new Map(
            parser
              .pairs(Math.min(listed, decoded.byteLength / 4))
              .map(({ objectNumber, offset }) => [objectNumber, first.asNumber() + offset]),
          );
          this.objectStreams.set(streamNumber, { parser, offsets });
        }
      }
    }
    return this.objectStreams.get(streamNumber) ?? undefined;
  }
}

/**
 * Opens a PDF the way a viewer does: the cross-reference data first, then each object only when
 * it is looked up. Reading a form's fields then parses the fields, their widgets and the pages,
 * and never the appearance streams, fonts or scanned images a full load parses and copies.
 * Returns `undefined` for what it does not follow (encrypted files, hybrid cross-references,
 * damaged or missing cross-reference data, no catalog): the caller loads those fully, as pdf-lib
 * recovers what it can of them.
 */
export function openPdfLazily(bytes: Uint8Array, options: LazyPdfOptions = {}): LazyPdf | undefined {
  const context = PDFContext.create();
  const parser = OffsetParser.over(bytes, context);
  let crossReferences: ReturnType<typeof readCrossReferences>;
  try {
    crossReferences = readCrossReferences(bytes, parser, options);
  } catch {
    return undefined;
  }
  if (!crossReferences) return undefined;
  const { entries, newest } = crossReferences;
  const root = newest('Root');
  if (!(root instanceof PDFRef) || namesEncryption(bytes)) return undefined;
  const objects = new LazyObjects(parser, context, entries, options);
  (context as unknown as { indirectObjects: Map<PDFRef, PDFObject> }).indirectObjects = objects;
  const info = newest('Info');
  const id = newest('ID');
  context.trailerInfo = { Root: root, ...(info ? { Info: info } : {}), ...(id ? { ID: id } : {}) };
  // A root that is no catalog is damage the full load repairs: it looks for the catalog in the whole file.
  const catalog = context.lookup(root);
  if (!(catalog instanceof PDFDict) || catalog.get(PDFName.of('Type')) !== PDFName.of('Catalog')) return undefined;
  return { context, intact: () => !objects.missing };
}
