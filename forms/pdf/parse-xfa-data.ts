/** One leaf of XFA form data: its path under `xfa:data` and its text. */
export interface XfaValue {
  /** Element names joined by `/`, with `[n]` after the n-th (n ≥ 1) repeat of a name among its siblings. */
  readonly path: string;
  readonly value: string;
}

const MAX_DEPTH = 256;
const MAX_ELEMENTS = 200_000;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the five XML entities and character references; anything else (a raw `&`) stays as typed. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity.startsWith('#')) {
      const code =
        entity[1] === 'x' || entity[1] === 'X'
          ? Number.parseInt(entity.slice(2), 16)
          : Number.parseInt(entity.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[entity.toLowerCase()] ?? whole;
  });
}

interface OpenElement {
  readonly name: string;
  readonly path: string;
  text: string;
  hasChildren: boolean;
  readonly childCounts: Map<string, number>;
}

/**
 * Reads the leaves of the `xfa:data` element of an XFA `datasets` packet. Deliberately tolerant,
 * because real filled forms are not always well-formed XML (a raw `&` was seen in a filled IRCC
 * form): unknown entities stay as text, stray closing tags are skipped, unclosed elements end at
 * the end of input. Iterative and bounded, so hostile nesting cannot overflow the stack.
 */
export function parseXfaData(xml: string): XfaValue[] {
  const start = xml.search(/<xfa:data[\s>]/);
  if (start < 0) return [];
  const values: XfaValue[] = [];
  const stack: OpenElement[] = [];
  let elements = 0;
  let index = xml.indexOf('>', start) + 1;
  if (index === 0) return [];
  const root: OpenElement = { name: 'xfa:data', path: '', text: '', hasChildren: false, childCounts: new Map() };
  stack.push(root);

  const close = (element: OpenElement): void => {
    if (element !== root && !element.hasChildren)
      values.push({ path: element.path, value: decodeEntities(element.text).trim() });
  };

  while (index < xml.length && stack.length > 0) {
    const lt = xml.indexOf('<', index);
    const top = stack[stack.length - 1] as OpenElement;
    if (lt < 0) {
      top.text += xml.slice(index);
      break;
    }
    top.text += xml.slice(index, lt);
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      index = end < 0 ? xml.length : end + 3;
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9);
      // CDATA is literal text: escape its ampersands so decodeEntities leaves it unchanged.
      top.text += xml.slice(lt + 9, end < 0 ? xml.length : end).replace(/&/g, '&amp;');
      index = end < 0 ? xml.length : end + 3;
    } else if (xml.startsWith('<?', lt) || xml.startsWith('<!', lt)) {
      const end = xml.indexOf('>', lt);
      index = end < 0 ? xml.length : end + 1;
    } else if (xml.startsWith('</', lt)) {
      const end = xml.indexOf('>', lt);
      const name = xml.slice(lt + 2, end < 0 ? xml.length : end).trim();
      index = end < 0 ? xml.length : end + 1;
      const depth = stack.map((element) => element.name).lastIndexOf(name);
      // A closing tag with no matching open element is ignored; one that skips open elements closes them.
      if (depth >= 0) for (const element of stack.splice(depth).reverse()) close(element);
    } else {
      const end = findTagEnd(xml, lt);
      const tag = xml.slice(lt + 1, end);
      index = end + 1;
      const name = /^[^\s/>]+/.exec(tag)?.[0];
      if (!name) {
        top.text += '<';
        index = lt + 1;
        continue;
      }
      elements += 1;
      if (elements > MAX_ELEMENTS || stack.length > MAX_DEPTH) break;
      top.hasChildren = true;
      const occurrence = top.childCounts.get(name) ?? 0;
      top.childCounts.set(name, occurrence + 1);
      const segment = occurrence === 0 ? name : `${name}[${occurrence}]`;
      const element: OpenElement = {
        name,
        path: top.path === '' ? segment : `${top.path}/${segment}`,
        text: '',
        hasChildren: false,
        childCounts: new Map(),
      };
      if (tag.trimEnd().endsWith('/')) close(element);
      else stack.push(element);
    }
  }
  for (const element of stack.reverse()) close(element);
  return values;
}

/** The end (`>`) of a start tag, skipping `>` inside quoted attribute values. */
function findTagEnd(xml: string, from: number): number {
  let quote: string | undefined;
  for (let index = from + 1; index < xml.length; index += 1) {
    const char = xml[index];
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '>') {
      return index;
    }
  }
  return xml.length;
}
