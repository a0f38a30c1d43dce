const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes one source-map segment's VLQ fields. */
function decodeSegment(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** `node_modules/@aws-sdk/client-s3/dist-es/…` → `@aws-sdk/client-s3`; the project's own files → `(project)`. */
function packageOf(source: string): string {
  const at = source.lastIndexOf('node_modules/');
  if (at < 0) return '(project)';
  const [scopeOrName, name] = source.slice(at + 'node_modules/'.length).split('/');
  return scopeOrName?.startsWith('@') ? `${scopeOrName}/${name}` : (scopeOrName ?? '(unknown)');
}

/**
 * How many bytes of a minified bundle each package contributes, read from the bundle's source
 * map: every mapped span of generated code is charged to the package of its source file.
 */
export function bytesByPackage(
  bundle: string,
  sourceMap: { sources: string[]; mappings: string },
): Map<string, number> {
  const lines = bundle.split('\n');
  const totals = new Map<string, number>();
  let source = 0;
  sourceMap.mappings.split(';').forEach((line, lineIndex) => {
    const lineLength = lines[lineIndex]?.length ?? 0;
    let column = 0;
    const spans: { column: number; source: number }[] = [];
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const fields = decodeSegment(segment);
      column += fields[0] ?? 0;
      if (fields.length >= 4) {
        source += fields[1] ?? 0;
        spans.push({ column, source });
      } else spans.push({ column, source: -1 });
    }
    spans.forEach((span, index) => {
      const end = spans[index + 1]?.column ?? lineLength;
      const name = span.source < 0 ? '(unmapped)' : packageOf(sourceMap.sources[span.source] ?? '');
      totals.set(name, (totals.get(name) ?? 0) + end - span.column);
    });
  });
  return totals;
}
