import {
  PDFArray,
  type PDFContext,
  PDFDict,
  type PDFDocument,
  PDFName,
  PDFNumber,
  type PDFObject,
  PDFRef,
} from '@cantoo/pdf-lib';
import { pdfObjectText } from './decode-pdf-text.js';

/** What kind of AcroForm field a terminal field is, from `/FT` and the button flags. */
export type PdfFieldType = 'text' | 'checkbox' | 'radio' | 'choice' | 'signature' | 'pushbutton' | 'unknown';

/** One terminal AcroForm field as stored, before any form's meaning is applied. */
export interface PdfField {
  /** Fully qualified name: the `/T` of the field and its ancestors joined by dots. */
  readonly name: string;
  readonly type: PdfFieldType;
  /**
   * Text and choice fields: the text (`string[]` for multi-select). Checkboxes: checked or not.
   * Radio groups: the export value of the selected button. `undefined` when empty.
   */
  readonly value: string | boolean | string[] | undefined;
  /** Choice fields: export and display values of the options (`/Opt`). */
  readonly options?: readonly { value: string; display: string }[];
}

/** A field that exists but whose value could not be read (damaged dictionary, bad reference). */
export interface UnreadablePdfField {
  readonly name: string;
  readonly reason: string;
}

const RADIO_FLAG = 1 << 15;
const PUSHBUTTON_FLAG = 1 << 16;
/** Bounds that a real form never reaches and a hostile one cannot exceed. */
const MAX_DEPTH = 32;
const MAX_FIELDS = 10_000;
const MAX_PAGES = 10_000;

const key = (name: string): PDFName => PDFName.of(name);

interface Inherited {
  readonly ft?: string;
  readonly ff: number;
  readonly v?: PDFObject;
  readonly opt?: PDFObject;
}

class AcroFormWalker {
  readonly fields: PdfField[] = [];
  readonly unreadable: UnreadablePdfField[] = [];
  private readonly seen = new Set<PDFDict>();

  constructor(private readonly context: PDFContext) {}

  private dict(object: PDFObject | undefined): PDFDict | undefined {
    const resolved = object instanceof PDFRef ? this.context.lookup(object) : object;
    return resolved instanceof PDFDict ? resolved : undefined;
  }

  private array(object: PDFObject | undefined): PDFArray | undefined {
    const resolved = object instanceof PDFRef ? this.context.lookup(object) : object;
    return resolved instanceof PDFArray ? resolved : undefined;
  }

  private get(dict: PDFDict, name: string): PDFObject | undefined {
    const value = dict.get(key(name));
    return value instanceof PDFRef ? this.context.lookup(value) : value;
  }

  /** Whether a widget annotation was reached, so that orphans found on pages are not read twice. */
  isSeen(dict: PDFDict): boolean {
    return this.seen.has(dict);
  }

  visit(object: PDFObject | undefined, parentName: string, inherited: Inherited, depth: number): void {
    if (this.fields.length + this.unreadable.length >= MAX_FIELDS) return;
    let name = parentName;
    try {
      const node = this.dict(object);
      if (!node) throw new Error('field is not a dictionary');
      if (this.seen.has(node)) return;
      this.seen.add(node);
      const partial = pdfObjectText(this.get(node, 'T'));
      name = partial === undefined ? parentName : parentName === '' ? partial : `${parentName}.${partial}`;
      if (depth > MAX_DEPTH) throw new Error('fields nested too deeply');
      const ftName = this.get(node, 'FT');
      const ff = this.get(node, 'Ff');
      const here: Inherited = {
        ft: ftName instanceof PDFName ? ftName.decodeText() : inherited.ft,
        ff: ff instanceof PDFNumber ? ff.asNumber() : inherited.ff,
        v: node.has(key('V')) ? this.get(node, 'V') : inherited.v,
        opt: node.has(key('Opt')) ? this.get(node, 'Opt') : inherited.opt,
      };
      const kids = this.array(node.get(key('Kids')));
      const kidDicts = kids ? kids.asArray().map((kid) => ({ kid, dict: this.dict(kid) })) : [];
      // A kid with a /T is a field of its own; a kid without one is a widget of this field.
      const childFields = kidDicts.filter((entry) => entry.dict?.has(key('T')));
      if (childFields.length > 0) {
        for (const child of childFields) this.visit(child.kid, name, here, depth + 1);
        return;
      }
      const widgets = kidDicts.flatMap((entry) => (entry.dict ? [entry.dict] : []));
      if (widgets.length === 0) widgets.push(node);
      for (const widget of widgets) this.seen.add(widget);
      if (name === '') throw new Error('field has no name');
      this.fields.push(this.readTerminal(name, here, widgets));
    } catch (error) {
      this.unreadable.push({
        name: name === '' ? '(unnamed)' : name,
        reason: error instanceof Error ? error.message : String(error),
      });
    }
  }

  private readTerminal(name: string, field: Inherited, widgets: PDFDict[]): PdfField {
    // Some tools write the value on the widget instead of the field.
    const value =
      field.v ?? widgets.map((widget) => this.get(widget, 'V')).find((candidate) => candidate !== undefined);
    switch (field.ft) {
      case 'Tx':
        return { name, type: 'text', value: emptyToUndefined(pdfObjectText(value)) };
      case 'Ch':
        return { name, type: 'choice', value: this.choiceValue(value), options: this.choiceOptions(field.opt) };
      case 'Sig':
        return { name, type: 'signature', value: undefined };
      case 'Btn':
        if (field.ff & PUSHBUTTON_FLAG) return { name, type: 'pushbutton', value: undefined };
        return field.ff & RADIO_FLAG
          ? { name, type: 'radio', value: this.radioValue(value, widgets, field.opt) }
          : { name, type: 'checkbox', value: this.isChecked(value, widgets) };
      default:
        return { name, type: 'unknown', value: emptyToUndefined(pdfObjectText(value)) };
    }
  }

  /** The selected state: `/V`, else the first widget whose appearance state is not `Off`. */
  private buttonState(value: PDFObject | undefined, widgets: PDFDict[]): string | undefined {
    const fromValue = pdfObjectText(value);
    if (fromValue !== undefined) return fromValue;
    return widgets
      .map((widget) => pdfObjectText(this.get(widget, 'AS')))
      .find((state) => state !== undefined && state !== 'Off');
  }

  /** Any state other than `Off` is checked: forms define `Yes`, `On`, `1`, `Ja`…; pypdf writes them as text strings. */
  private isChecked(value: PDFObject | undefined, widgets: PDFDict[]): boolean {
    const state = this.buttonState(value, widgets)?.trim();
    return state !== undefined && state !== '' && state !== 'Off';
  }

  private radioValue(value: PDFObject | undefined, widgets: PDFDict[], opt: PDFObject | undefined): string | undefined {
    const state = this.buttonState(value, widgets)?.trim();
    if (state === undefined || state === '' || state === 'Off') return undefined;
    // With /Opt, appearance states are indexes into it (needed when export values are not ASCII names).
    const options = this.array(opt);
    if (options && /^\d+$/.test(state)) return pdfObjectText(options.get(Number(state))) ?? state;
    return state;
  }

  private choiceValue(value: PDFObject | undefined): string | string[] | undefined {
    const values = this.array(value);
    if (values) {
      const texts = values.asArray().flatMap((item) => {
        const text = pdfObjectText(item instanceof PDFRef ? this.context.lookup(item) : item);
        return text ? [text] : [];
      });
      return texts.length === 0 ? undefined : texts.length === 1 ? texts[0] : texts;
    }
    return emptyToUndefined(pdfObjectText(value));
  }

  private choiceOptions(opt: PDFObject | undefined): { value: string; display: string }[] {
    const options = this.array(opt);
    if (!options) return [];
    return options.asArray().flatMap((entry) => {
      const pair = this.array(entry);
      if (pair) {
        const exported = pdfObjectText(pair.get(0));
        const display = pdfObjectText(pair.get(1)) ?? exported;
        return exported === undefined || display === undefined ? [] : [{ value: exported, display }];
      }
      const text = pdfObjectText(entry instanceof PDFRef ? this.context.lookup(entry) : entry);
      return text === undefined ? [] : [{ value: text, display: text }];
    });
  }

  /** The page objects, walked with a visited set and a bound so that a page-tree loop cannot hang or overflow. */
  pages(root: PDFObject | undefined): PDFDict[] {
    const pages: PDFDict[] = [];
    const visited = new Set<PDFDict>();
    const stack: PDFObject[] = root === undefined ? [] : [root];
    while (stack.length > 0 && pages.length < MAX_PAGES && visited.size < MAX_PAGES * 2) {
      const node = this.dict(stack.pop());
      if (!node || visited.has(node)) continue;
      visited.add(node);
      const kids = this.array(node.get(key('Kids')));
      if (kids) stack.push(...kids.asArray().reverse());
      else pages.push(node);
    }
    return pages;
  }

  /** The topmost field of a widget found on a page (following `/Parent`, bounded). */
  topField(widget: PDFDict): PDFDict {
    let node = widget;
    for (let depth = 0; depth < MAX_DEPTH; depth += 1) {
      const parent = this.dict(node.get(key('Parent')));
      if (!parent) break;
      node = parent;
    }
    return node;
  }

  annotations(page: PDFDict): PDFDict[] {
    const annots = this.array(page.get(key('Annots')));
    return annots ? annots.asArray().flatMap((annot) => this.dict(annot) ?? []) : [];
  }
}

function emptyToUndefined(text: string | undefined): string | undefined {
  return text === undefined || text === '' ? undefined : text;
}

/**
 * Reads every terminal AcroForm field of a loaded PDF, field by field, without pdf-lib's form API
 * (which throws on one broken dictionary and misreads checkboxes filled by other tools). A field
 * that cannot be read is listed by name in `unreadable` instead of failing the whole document.
 * Widgets that are on a page but missing from `/Fields` are read too.
 */
export function readAcroFormFields(doc: Pick<PDFDocument, 'context'>): {
  fields: PdfField[];
  unreadable: UnreadablePdfField[];
} {
  const context = doc.context;
  const walker = new AcroFormWalker(context);
  const catalog = context.lookup(context.trailerInfo.Root);
  if (!(catalog instanceof PDFDict)) return { fields: [], unreadable: [] };
  const acroForm = catalog.get(key('AcroForm'));
  const acroFormDict = acroForm instanceof PDFRef ? context.lookup(acroForm) : acroForm;
  if (acroFormDict instanceof PDFDict) {
    const roots = acroFormDict.get(key('Fields'));
    const rootArray = roots instanceof PDFRef ? context.lookup(roots) : roots;
    if (rootArray instanceof PDFArray) {
      for (const root of rootArray.asArray()) walker.visit(root, '', { ff: 0 }, 0);
    }
  }
  for (const page of walker.pages(catalog.get(key('Pages')))) {
    for (const annotation of walker.annotations(page)) {
      const subtype = annotation.get(key('Subtype'));
      if (subtype instanceof PDFName && subtype.decodeText() === 'Widget' && !walker.isSeen(annotation)) {
        walker.visit(walker.topField(annotation), '', { ff: 0 }, 0);
      }
    }
  }
  return { fields: walker.fields, unreadable: walker.unreadable };
}
