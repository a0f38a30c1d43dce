import {
  PDFDocument,
  type PDFField,
  type PDFFont,
  type PDFForm,
  PDFHexString,
  PDFName,
  type PDFPage,
  PDFString,
  rgb,
  StandardFonts,
} from '@cantoo/pdf-lib';
import type { BilingualText } from '../kernel/bilingual-text.js';
import { bilingualLabel } from './bilingual-label.js';
import type { FieldDefinition, FieldWidth } from './field-definition.js';
import type { FormDefinition } from './form-definition.js';
import { FORM_ID_FIELD, FORM_VERSION_FIELD, writeIdentityInfo } from './form-identity.js';
import { US_LETTER } from './pdf/us-letter.js';
import { standardFontText, wrapText } from './pdf/wrap-text.js';

const PAGE_WIDTH = US_LETTER.width;
const PAGE_HEIGHT = US_LETTER.height;
const MARGIN = 36;
const FOOTER_SPACE = 30;
const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
const GAP = 10;
const LABEL_SIZE = 7.5;
const HELP_SIZE = 6.5;
const LINE_HEIGHT = 9;
const BOX_HEIGHT = 16;
const FIELD_FONT_SIZE = 9;
const TOGGLE_SIZE = 10;
/** Fixed dates make `npm run forms:build` produce the same bytes every time. */
const BUILD_DATE = new Date('2026-01-01T00:00:00Z');
const INK = rgb(0.1, 0.1, 0.1);
const MUTED = rgb(0.35, 0.35, 0.35);
const BOX_BORDER = rgb(0.45, 0.45, 0.45);
const BOX_FILL = rgb(0.93, 0.95, 1);

const WIDTHS: Record<FieldWidth, number> = {
  full: CONTENT_WIDTH,
  half: (CONTENT_WIDTH - GAP) / 2,
  third: (CONTENT_WIDTH - 2 * GAP) / 3,
  quarter: (CONTENT_WIDTH - 3 * GAP) / 4,
};

/** Format hints printed under labels, so people type what the validator accepts. */
const KIND_HINTS: Partial<Record<FieldDefinition['kind'], BilingualText>> = {
  date: { en: 'YYYY-MM-DD', fr: 'AAAA-MM-JJ' },
  uci: { en: '8 or 10 digits', fr: '8 ou 10 chiffres' },
};

function widthOf(field: FieldDefinition): number {
  if (field.width) return WIDTHS[field.width];
  switch (field.kind) {
    case 'uci':
    case 'date':
    case 'phone':
    case 'number':
      return WIDTHS.quarter;
    case 'multiline':
      return WIDTHS.full;
    default:
      return field.maxLength !== undefined && field.maxLength <= 20 ? WIDTHS.quarter : WIDTHS.half;
  }
}

/** Lays out sections and fields top to bottom; widgets are created in reading order, which is the tab order. */
class BlankLayout {
  private page!: PDFPage;
  private y = 0;

  constructor(
    private readonly doc: PDFDocument,
    private readonly form: PDFForm,
    private readonly regular: PDFFont,
    private readonly bold: PDFFont,
  ) {
    this.newPage();
  }

  private newPage(): void {
    this.page = this.doc.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    // Row order: tab moves left to right, then down, as the fields are laid out.
    this.page.node.set(PDFName.of('Tabs'), PDFName.of('R'));
    this.y = PAGE_HEIGHT - MARGIN;
  }

  private ensureSpace(height: number): void {
    if (this.y - height < MARGIN + FOOTER_SPACE) this.newPage();
  }

  private text(line: string, x: number, size: number, font = this.regular, color = INK): void {
    this.page.drawText(line, { x, y: this.y - size, size, font, color });
  }

  header(title: BilingualText, lines: string[]): void {
    for (const [line, size] of [
      [title.en, 13],
      [title.fr, 11],
    ] as const) {
      for (const part of wrapText(line, this.bold, size, CONTENT_WIDTH)) {
        this.text(part, MARGIN, size, this.bold);
        this.y -= size + 4;
      }
    }
    for (const line of lines) {
      for (const part of wrapText(line, this.regular, LABEL_SIZE, CONTENT_WIDTH)) {
        this.text(part, MARGIN, LABEL_SIZE, this.regular, MUTED);
        this.y -= LINE_HEIGHT;
      }
    }
    this.y -= 4;
  }

  heading(number: number, title: BilingualText): void {
    this.ensureSpace(60);
    this.y -= 6;
    this.page.drawRectangle({
      x: MARGIN,
      y: this.y - 14,
      width: CONTENT_WIDTH,
      height: 14,
      color: rgb(0.85, 0.87, 0.9),
    });
    this.page.drawText(standardFontText(`${number}. ${bilingualLabel(title)}`), {
      x: MARGIN + 4,
      y: this.y - 10.5,
      size: 9,
      font: this.bold,
      color: INK,
    });
    this.y -= 20;
  }

  private labelLines(field: FieldDefinition, width: number): { label: string[]; help: string[] } {
    const label = wrapText(`${bilingualLabel(field.label)}${field.required ? ' *' : ''}`, this.bold, LABEL_SIZE, width);
    const hints = [KIND_HINTS[field.kind], field.help].filter((hint): hint is BilingualText => hint !== undefined);
    const help = hints.flatMap((hint) => wrapText(bilingualLabel(hint), this.regular, HELP_SIZE, width));
    return { label, help };
  }

  private describe(field: PDFField, definition: FieldDefinition): void {
    // The tooltip (/TU) is what screen readers announce and viewers show on hover.
    field.acroField.dict.set(PDFName.of('TU'), PDFHexString.fromText(bilingualLabel(definition.label)));
  }

  /** A row of boxed fields (text kinds and dropdowns) side by side, labels above the boxes. */
  boxedRow(fields: FieldDefinition[]): void {
    const blocks = fields.map((field) => ({ field, width: widthOf(field), ...this.labelLines(field, widthOf(field)) }));
    const labelHeight = Math.max(...blocks.map((block) => (block.label.length + block.help.length) * LINE_HEIGHT));
    const boxHeight = Math.max(
      ...blocks.map((block) => (block.field.kind === 'multiline' ? (block.field.lines ?? 3) * 11 + 6 : BOX_HEIGHT)),
    );
    this.ensureSpace(labelHeight + boxHeight + 8);
    let x = MARGIN;
    for (const block of blocks) {
      let lineY = this.y;
      for (const line of block.label) {
        this.page.drawText(line, { x, y: lineY - LABEL_SIZE, size: LABEL_SIZE, font: this.bold, color: INK });
        lineY -= LINE_HEIGHT;
      }
      for (const line of block.help) {
        this.page.drawText(line, { x, y: lineY - HELP_SIZE, size: HELP_SIZE, font: this.regular, color: MUTED });
        lineY -= LINE_HEIGHT;
      }
      const height = block.field.kind === 'multiline' ? boxHeight : BOX_HEIGHT;
      this.addBox(block.field, { x, y: this.y - labelHeight - height, width: block.width, height });
      x += block.width + GAP;
    }
    this.y -= labelHeight + boxHeight + 8;
  }

  private addBox(definition: FieldDefinition, rect: { x: number; y: number; width: number; height: number }): void {
    const appearance = {
      ...rect,
      font: this.regular,
      borderColor: BOX_BORDER,
      backgroundColor: BOX_FILL,
      borderWidth: 0.75,
    };
    if (definition.kind === 'dropdown') {
      const dropdown = this.form.createDropdown(definition.name);
      // Export value = the code the reader validates; display value = the bilingual label people see.
      dropdown.acroField.setOptions(
        (definition.options ?? []).map((option) => ({
          value: PDFHexString.fromText(option.code),
          display: PDFHexString.fromText(bilingualLabel(option.label)),
        })),
      );
      if (definition.required) dropdown.enableRequired();
      this.describe(dropdown, definition);
      dropdown.addToPage(this.page, appearance);
      // The default appearance (/DA) only exists once the widget is on the page.
      dropdown.setFontSize(FIELD_FONT_SIZE);
      return;
    }
    const field = this.form.createTextField(definition.name);
    if (definition.kind === 'multiline') field.enableMultiline();
    if (definition.maxLength !== undefined) field.setMaxLength(definition.maxLength);
    if (definition.required) field.enableRequired();
    this.describe(field, definition);
    field.addToPage(this.page, appearance);
    field.setFontSize(FIELD_FONT_SIZE);
  }

  checkbox(definition: FieldDefinition): void {
    const lines = wrapText(
      `${bilingualLabel(definition.label)}${definition.required ? ' *' : ''}`,
      this.regular,
      8,
      CONTENT_WIDTH - TOGGLE_SIZE - 6,
    );
    const height = Math.max(TOGGLE_SIZE, lines.length * LINE_HEIGHT) + 5;
    this.ensureSpace(height);
    const box = this.form.createCheckBox(definition.name);
    if (definition.required) box.enableRequired();
    this.describe(box, definition);
    box.addToPage(this.page, {
      x: MARGIN,
      y: this.y - TOGGLE_SIZE,
      width: TOGGLE_SIZE,
      height: TOGGLE_SIZE,
      borderColor: BOX_BORDER,
      backgroundColor: BOX_FILL,
      borderWidth: 0.75,
    });
    lines.forEach((line, index) => {
      this.page.drawText(line, {
        x: MARGIN + TOGGLE_SIZE + 6,
        y: this.y - 8 - index * LINE_HEIGHT,
        size: 8,
        font: this.regular,
        color: INK,
      });
    });
    this.y -= height;
  }

  radio(definition: FieldDefinition, options: readonly { code: string; label: BilingualText }[]): void {
    const { label, help } = this.labelLines(definition, CONTENT_WIDTH);
    const choices = options.map((option) => ({
      code: option.code,
      text: standardFontText(bilingualLabel(option.label)),
      width: TOGGLE_SIZE + 4 + this.regular.widthOfTextAtSize(standardFontText(bilingualLabel(option.label)), 8),
    }));
    const rows: (typeof choices)[] = [[]];
    let used = 0;
    for (const choice of choices) {
      if (used > 0 && used + choice.width > CONTENT_WIDTH) {
        rows.push([]);
        used = 0;
      }
      rows[rows.length - 1]?.push(choice);
      used += choice.width + 18;
    }
    this.ensureSpace((label.length + help.length) * LINE_HEIGHT + rows.length * 14 + 6);
    for (const line of label) {
      this.text(line, MARGIN, LABEL_SIZE, this.bold);
      this.y -= LINE_HEIGHT;
    }
    for (const line of help) {
      this.text(line, MARGIN, HELP_SIZE, this.regular, MUTED);
      this.y -= LINE_HEIGHT;
    }
    const group = this.form.createRadioGroup(definition.name);
    if (definition.required) group.enableRequired();
    this.describe(group, definition);
    for (const row of rows) {
      let x = MARGIN;
      for (const choice of row) {
        group.addOptionToPage(choice.code, this.page, {
          x,
          y: this.y - TOGGLE_SIZE - 1,
          width: TOGGLE_SIZE,
          height: TOGGLE_SIZE,
          borderColor: BOX_BORDER,
          backgroundColor: BOX_FILL,
          borderWidth: 0.75,
        });
        this.page.drawText(choice.text, {
          x: x + TOGGLE_SIZE + 4,
          y: this.y - 9,
          size: 8,
          font: this.regular,
          color: INK,
        });
        x += choice.width + 18;
      }
      this.y -= 14;
    }
    this.y -= 6;
  }

  /** The read-only hidden fields that carry the form's identity (see form-identity.ts). */
  identityFields(id: string, version: string): void {
    for (const [name, value] of [
      [FORM_ID_FIELD, id],
      [FORM_VERSION_FIELD, version],
    ] as const) {
      const field = this.form.createTextField(name);
      field.setText(value);
      // The default value too, so that a viewer's "reset form" leaves the identity in place.
      field.acroField.dict.set(PDFName.of('DV'), PDFHexString.fromText(value));
      field.enableReadOnly();
      field.addToPage(this.page, { x: 0, y: 0, width: 0, height: 0, hidden: true, font: this.regular });
    }
  }
}

const YES_NO = [
  { code: 'yes', label: { en: 'Yes', fr: 'Oui' } },
  { code: 'no', label: { en: 'No', fr: 'Non' } },
];

function isBoxed(field: FieldDefinition): boolean {
  return !['checkbox', 'radio', 'yes-no'].includes(field.kind);
}

/**
 * The form's default resources, as PDF 32000 §12.7.3.3 asks and Acrobat relies on: when a person
 * types, the viewer redraws the field with the font its /DA names, looked up in the AcroForm's /DR.
 * Without them a viewer that redraws (Acrobat) shows something other than what one that keeps the
 * appearance streams (poppler) shows. Choices draw with ZapfDingbats, as PDF viewers expect.
 */
function setDefaultResources(doc: PDFDocument, form: PDFForm, text: PDFFont): void {
  const symbols = doc.embedStandardFont(StandardFonts.ZapfDingbats);
  const acroForm = form.acroForm.dict;
  acroForm.set(PDFName.of('DR'), doc.context.obj({ Font: { [text.name]: text.ref, ZaDb: symbols.ref } }));
  acroForm.set(PDFName.of('DA'), PDFString.of(`/${text.name} ${FIELD_FONT_SIZE} Tf 0 g`));
  for (const field of form.getFields()) {
    const da = field.acroField.dict.lookup(PDFName.of('DA'))?.toString() ?? '';
    // pdf-lib gives checkboxes and radio buttons a placeholder font that exists nowhere.
    if (da.includes('/dummy__noop')) field.acroField.dict.set(PDFName.of('DA'), PDFString.of('/ZaDb 0 Tf 0 g'));
  }
}

/**
 * Builds the blank fillable PDF of a form from its field list: bilingual labels, boxes sized to
 * their content, checkboxes, radio groups, dropdowns and multi-line fields in reading (tab) order,
 * and the form's id and version embedded. Deterministic: the same definition gives the same bytes.
 */
export async function buildBlankPdf(definition: FormDefinition): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const regular = doc.embedStandardFont(StandardFonts.Helvetica);
  const bold = doc.embedStandardFont(StandardFonts.HelveticaBold);
  const form = doc.getForm();
  const layout = new BlankLayout(doc, form, regular, bold);

  layout.header(definition.title, [
    `Form ${definition.id}, version ${definition.version}. Fill in this form on a computer and email the PDF file itself (not a scan or a printout). * = required.`,
    `Formulaire ${definition.id}, version ${definition.version}. Remplissez ce formulaire à l’ordinateur et envoyez le fichier PDF lui-même par courriel (pas une numérisation ni une impression). * = obligatoire.`,
  ]);
  for (const [index, section] of definition.sections.entries()) {
    const fields = definition.fields.filter((field) => field.section === section.id);
    layout.heading(index + 1, section.title);
    let row: FieldDefinition[] = [];
    let used = 0;
    const flush = (): void => {
      if (row.length > 0) layout.boxedRow(row);
      row = [];
      used = 0;
    };
    for (const field of fields) {
      if (!isBoxed(field)) {
        flush();
        if (field.kind === 'checkbox') layout.checkbox(field);
        else layout.radio(field, field.kind === 'yes-no' ? YES_NO : (field.options ?? []));
        continue;
      }
      const width = widthOf(field);
      if (used > 0 && used + width > CONTENT_WIDTH + 0.5) flush();
      row.push(field);
      used += width + GAP;
    }
    flush();
  }
  layout.identityFields(definition.id, definition.version);

  const pages = doc.getPages();
  pages.forEach((page, index) => {
    page.drawText(`${definition.id} ${definition.version} · ${index + 1}/${pages.length}`, {
      x: MARGIN,
      y: MARGIN - 12,
      size: 7,
      font: regular,
      color: MUTED,
    });
  });

  doc.setTitle(`${definition.title.en} / ${definition.title.fr}`);
  doc.setSubject(`${definition.id} ${definition.version}`);
  doc.setKeywords([`jas-form-id:${definition.id}`, `jas-form-version:${definition.version}`]);
  doc.setLanguage('en-CA');
  doc.setCreator('jas-intake forms:build');
  doc.setProducer('jas-intake forms:build (@cantoo/pdf-lib)');
  doc.setCreationDate(BUILD_DATE);
  doc.setModificationDate(BUILD_DATE);
  writeIdentityInfo(doc, definition);
  setDefaultResources(doc, form, regular);
  return doc.save({ objectsPerTick: Number.POSITIVE_INFINITY });
}
