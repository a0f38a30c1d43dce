import {
  PDFCheckBox,
  PDFDict,
  PDFDocument,
  PDFDropdown,
  PDFName,
  PDFNumber,
  PDFRadioGroup,
  PDFTextField,
} from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { readBlankPdf } from '../../../forms/blank-pdf-file.js';
import { buildBlankPdf } from '../../../forms/build-blank-pdf.js';
import { readPdfFields } from '../../../forms/read-pdf-fields.js';
import { getForm, listForms } from '../../../forms/registry.js';

describe.each(listForms().map((form) => form.id))('blank PDF of %s', (formId) => {
  const form = getForm(formId)!;

  it('is rebuilt byte for byte identical to the committed blank (npm run forms:build)', async () => {
    // The committed blank was built by another process on another day: equal bytes mean a deterministic build.
    const built = await buildBlankPdf(form);
    expect(Buffer.from(built).equals(Buffer.from(await readBlankPdf(formId)))).toBe(true);
  });

  it('has one widget of the right kind per field, tab order following the field list, bilingual tooltips', async () => {
    const doc = await PDFDocument.load(await readBlankPdf(formId));
    const pdfForm = doc.getForm();
    for (const field of form.fields) {
      const pdfField = pdfForm.getField(field.name);
      const expected =
        { checkbox: PDFCheckBox, radio: PDFRadioGroup, 'yes-no': PDFRadioGroup, dropdown: PDFDropdown }[
          field.kind as string
        ] ?? PDFTextField;
      expect(pdfField, field.name).toBeInstanceOf(expected);
      expect(pdfField.acroField.dict.lookup(PDFName.of('TU'))?.toString(), field.name).toBeDefined();
      if (pdfField instanceof PDFTextField) {
        expect(pdfField.getMaxLength()).toBe(field.maxLength);
        expect(pdfField.isMultiline()).toBe(field.kind === 'multiline');
      }
      if (pdfField instanceof PDFRadioGroup) {
        expect(pdfField.getOptions()).toEqual(
          field.kind === 'yes-no' ? ['yes', 'no'] : field.options?.map((option) => option.code),
        );
      }
      if (pdfField instanceof PDFDropdown) {
        const exports = pdfField.acroField.getOptions().map((option) => option.value.decodeText());
        expect(exports).toEqual(field.options?.map((option) => option.code));
      }
    }
    // Widgets are in each page's /Annots in reading order, and pages ask for row tab order.
    const widgetOrder = doc.getPages().flatMap((page) => {
      expect(page.node.get(PDFName.of('Tabs'))).toBe(PDFName.of('R'));
      return (
        page.node
          .Annots()
          ?.asArray()
          .map((ref) => doc.context.lookup(ref, PDFDict)) ?? []
      );
    });
    // Sections are laid out in order, so the field list (grouped by section) is the reading order.
    const bySection = form.sections.flatMap((section) => form.fields.filter((field) => field.section === section.id));
    const firstWidgetIndex = bySection.map((field) =>
      widgetOrder.indexOf(pdfForm.getField(field.name).acroField.getWidgets()[0]!.dict),
    );
    expect(firstWidgetIndex).toEqual([...firstWidgetIndex].sort((a, b) => a - b));
    expect(firstWidgetIndex).not.toContain(-1);
  });

  it('embeds its form id and version in hidden read-only fields and in the document information', async () => {
    const bytes = await readBlankPdf(formId);
    const read = await readPdfFields(bytes);
    expect(read.identityInfo).toEqual({ formId, version: form.version });
    const idField = read.fields.find((field) => field.name === 'jas.formId');
    expect(idField?.value).toBe(formId);
    const doc = await PDFDocument.load(bytes);
    const widget = doc.getForm().getTextField('jas.formId');
    expect(widget.isReadOnly()).toBe(true);
    expect(widget.acroField.dict.lookup(PDFName.of('DV'))?.toString()).toBe(
      widget.acroField.dict.lookup(PDFName.of('V'))?.toString(),
    );
    const flags = widget.acroField.getWidgets()[0]!.dict.lookup(PDFName.of('F'), PDFNumber).asNumber();
    expect(flags & 2).toBe(2);
    expect(doc.getKeywords()).toContain(`jas-form-id:${formId}`);
  });
});

it('lists every form the pipeline reads', () => {
  expect(listForms().map((form) => form.id)).toEqual([
    'jas-recommendation',
    'imm1324',
    'imm5492',
    'imm5494',
    'jas-roles-checklist',
    'jas-case-profile',
  ]);
  expect(getForm('nope')).toBeUndefined();
});
