import { deflateSync } from 'node:zlib';

/**
 * PDFs built to make a reader decode far more than they weigh, or work far longer than they
 * deserve, each in a shape a pre-scan of the file's text would miss. `inflatedBytes` is what the
 * bomb expands to when decoded in full.
 */

const CATALOG =
  '1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n';
const TRAILER = 'trailer\n<< /Root 1 0 R /Size 9 >>\n%%EOF\n';

function pdfOf(...body: (string | Uint8Array)[]): Buffer {
  return Buffer.concat([
    Buffer.from('%PDF-1.7\n'),
    ...body.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : part)),
    Buffer.from(TRAILER),
  ]);
}

/** `N 0 obj << dictionary /Length … >> stream … endstream endobj`. */
function streamObject(objectNumber: number, dictionary: string, data: Uint8Array): Buffer {
  return Buffer.concat([
    Buffer.from(`${objectNumber} 0 obj\n<< ${dictionary} /Length ${data.length} >>\nstream\n`, 'latin1'),
    data,
    Buffer.from('\nendstream\nendobj\n'),
  ]);
}

function spaces(bytes: number): Buffer {
  return Buffer.alloc(bytes, 0x20);
}

/**
 * LZW codes (PDF's LZWDecode, most significant bit first) that decode to runs of zeros: each code
 * names the previous string plus one zero, so a few kilobytes become megabytes.
 */
export function lzwZeros(inflatedBytes: number, earlyChange: 0 | 1): Buffer {
  const out: number[] = [];
  let bits = 0;
  let bitCount = 0;
  let width = 9;
  let nextCode = 258;
  let hasPrevious = false;
  const write = (code: number) => {
    bits = (bits << width) | code;
    bitCount += width;
    while (bitCount >= 8) {
      out.push((bits >>> (bitCount - 8)) & 0xff);
      bitCount -= 8;
    }
    bits &= (1 << bitCount) - 1;
  };
  const emit = (code: number) => {
    write(code);
    if (code === 256) {
      [width, nextCode, hasPrevious] = [9, 258, false];
      return;
    }
    if (hasPrevious) {
      nextCode += 1;
      const boundary = nextCode + earlyChange;
      if ((boundary & (boundary - 1)) === 0) width = Math.min(Math.log2(boundary) + 1, 12);
    }
    hasPrevious = true;
  };
  let produced = 0;
  while (produced < inflatedBytes) {
    emit(0);
    produced += 1;
    for (let length = 2; nextCode < 4094 && produced < inflatedBytes; length += 1) {
      emit(nextCode);
      produced += length;
    }
    emit(256);
  }
  emit(257);
  if (bitCount > 0) out.push((bits << (8 - bitCount)) & 0xff);
  return Buffer.from(out);
}

/** One FlateDecode level in an object stream: what pdf-lib decodes while it loads. */
export function objectStreamBomb(inflatedBytes: number): Buffer {
  const data = deflateSync(spaces(inflatedBytes), { level: 9 });
  return pdfOf(CATALOG, streamObject(3, '/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode', data));
}

/** `[/FlateDecode /FlateDecode]`: the file holds a stream that inflates to a stream that inflates again. */
export function chainedFlateBomb(inflatedBytes: number): Buffer {
  const data = deflateSync(deflateSync(spaces(inflatedBytes), { level: 9 }), { level: 9 });
  return pdfOf(CATALOG, streamObject(3, '/Type /ObjStm /N 1 /First 4 /Filter [/FlateDecode /FlateDecode]', data));
}

/** `/Fl#61teDecode` is `/FlateDecode` to any PDF reader, but not to a search for the text `FlateDecode`. */
export function escapedNameBomb(inflatedBytes: number): Buffer {
  const data = deflateSync(spaces(inflatedBytes), { level: 9 });
  return pdfOf(CATALOG, streamObject(3, '/Type /ObjStm /N 1 /First 4 /Filter /Fl#61te#44ecode', data));
}

/** A `/DecodeParms` long enough to push `/Filter` out of a pre-scan's window before `stream`. */
export function paddedDecodeParmsBomb(inflatedBytes: number): Buffer {
  const data = deflateSync(spaces(inflatedBytes), { level: 9 });
  const padding = `/DecodeParms << /Padding (${'x'.repeat(4096)}) >>`;
  return pdfOf(CATALOG, streamObject(3, `/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode ${padding}`, data));
}

/** LZW, a filter a Flate-only pre-scan does not size, with its `/EarlyChange 0` parameter. */
export function lzwBomb(inflatedBytes: number): Buffer {
  const data = lzwZeros(inflatedBytes, 0);
  return pdfOf(
    CATALOG,
    streamObject(3, '/Type /ObjStm /N 1 /First 4 /Filter /LZWDecode /DecodeParms << /EarlyChange 0 >>', data),
  );
}

/** `[/ASCIIHexDecode /FlateDecode]`: the bomb travels as text, then inflates. */
export function hexThenFlateBomb(inflatedBytes: number): Buffer {
  const data = Buffer.from(`${deflateSync(spaces(inflatedBytes), { level: 9 }).toString('hex')}>`, 'latin1');
  return pdfOf(
    CATALOG,
    streamObject(
      3,
      '/Type /ObjStm /N 1 /First 4 /Filter [/ASCIIHexDecode /FlateDecode] /DecodeParms [null null]',
      data,
    ),
  );
}

/** Many small object streams, each under any per-stream limit, that add up. */
export function manyObjectStreamsBomb(inflatedBytes: number, streams: number): Buffer {
  const data = deflateSync(spaces(Math.ceil(inflatedBytes / streams)), { level: 9 });
  const objects = Array.from({ length: streams }, (_, index) =>
    streamObject(3 + index, '/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode', data),
  );
  return pdfOf(CATALOG, ...objects);
}

/** A cross-reference stream (decoded while loading, like an object stream) that inflates without end. */
export function xrefStreamBomb(inflatedBytes: number): Buffer {
  const data = deflateSync(Buffer.alloc(inflatedBytes, 0), { level: 9 });
  return pdfOf(CATALOG, streamObject(3, '/Type /XRef /W [1 1 1] /Size 3 /Filter /FlateDecode', data));
}

/** A form whose XFA `datasets` packet (decoded after loading, when the form is read) is a bomb. */
export function xfaDatasetsBomb(inflatedBytes: number): Buffer {
  const data = deflateSync(spaces(inflatedBytes), { level: 9 });
  return pdfOf(
    '1 0 obj\n<< /Type /Catalog /Pages 2 0 R /AcroForm 4 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n',
    '4 0 obj\n<< /Fields [] /XFA [(datasets) 5 0 R] >>\nendobj\n',
    streamObject(5, '/Filter /FlateDecode', data),
  );
}

/** A cross-reference stream that declares two billion entries and holds a few bytes. */
export function hugeXrefStream(): Buffer {
  const data = deflateSync(Buffer.alloc(3 * 16, 1));
  return pdfOf(
    CATALOG,
    streamObject(3, '/Type /XRef /W [1 1 1] /Size 2147483647 /Index [0 2147483647] /Filter /FlateDecode', data),
  );
}

/** A classic cross-reference table that declares fifty million entries. */
export function hugeXrefTable(): Buffer {
  const entries = '0000000000 65535 f \n'.repeat(1000);
  return pdfOf(CATALOG, `xref\n0 50000000\n${entries}`);
}

/** An object stream that claims a hundred million objects. */
export function hugeObjectCount(): Buffer {
  const data = deflateSync(Buffer.from('1 0 '.repeat(1000)));
  return pdfOf(CATALOG, streamObject(3, '/Type /ObjStm /N 100000000 /First 4 /Filter /FlateDecode', data));
}

/** Pseudo-random bytes between a PDF header and an end-of-file marker, under the PDF size limit. */
export function junkPdf(bytes: number, seed = 646): Buffer {
  const junk = Buffer.alloc(bytes);
  let state = seed;
  for (let index = 0; index < bytes; index += 4) {
    // xorshift32: fixed input, no dependency, fast enough for tens of megabytes.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    junk.writeInt32LE(state | 0, Math.min(index, bytes - 4));
  }
  return pdfOf(junk.subarray(0, Math.max(0, bytes - 64)), '\n');
}

/**
 * `count` empty dictionaries, in arrays of a thousand: each a few bytes of PDF and a few hundred of
 * heap once parsed, and every allocation small. A worker that reaches its heap limit this way is
 * stopped as Node documents; one large allocation past it (a single array of millions) can abort
 * the whole process instead.
 */
export function manyEmptyDictionaries(count: number): Buffer {
  const group = `[${'<<>>'.repeat(1000)}]`;
  return pdfOf(
    `1 0 obj\n<< /Type /Catalog /Pages 2 0 R /Filler [${group.repeat(Math.ceil(count / 1000))}] >>\nendobj\n`,
  );
}

/**
 * `count` objects that open a stream and never close it: pdf-lib looks for each one's end through
 * the rest of the file, so the work grows with the square of the count while the file stays small.
 */
export function unclosedStreams(count: number): Buffer {
  const objects = Array.from({ length: count }, (_, index) => `${index + 3} 0 obj\n<< >>\nstream\nendobj\n`);
  return pdfOf(CATALOG, objects.join(''));
}

/**
 * A file whose `startxref` points at a cross-reference stream of `dictionary` (`/W`, `/Index`,
 * `/Size`) holding `data` inflated: the lazy opener follows it first, before any full load.
 */
export function followedXrefStream(dictionary: string, data: Uint8Array): Buffer {
  const head = Buffer.from(`%PDF-1.7\n${CATALOG}`, 'latin1');
  const xref = streamObject(3, `/Type /XRef ${dictionary} /Root 1 0 R /Filter /FlateDecode`, deflateSync(data));
  return Buffer.concat([head, xref, Buffer.from(`startxref\n${head.length}\n%%EOF\n`, 'latin1')]);
}

/** A catalog holding one array of `count` numbers: a few bytes each in the file, an object each once parsed. */
export function hugeArray(count: number): Buffer {
  return pdfOf(`1 0 obj\n<< /Type /Catalog /Pages 2 0 R /Filler [${'0 '.repeat(count)}] >>\nendobj\n`);
}
