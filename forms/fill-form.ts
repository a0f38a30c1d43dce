import { ParseSpeeds, PDFBool, PDFDocument, type PDFForm, PDFName } from '@cantoo/pdf-lib';
import { bilingualLabel } from './bilingual-label.js';
import { readBlankPdf } from './blank-pdf-file.js';
import type { FieldDefinition } from './field-definition.js';
import { getForm } from './registry.js';

function fillField(form: PDFForm, definition: FieldDefinition, value: string | boolean): void {
  switch (definition.kind) {
    case 'checkbox': {
      const box = form.getCheckBox(definition.name);
      if (value === true) box.check();
      else box.uncheck();
      return;
    }
    case 'yes-no':
    case 'radio': {
      const group = form.getRadioGroup(definition.name);
      const choice = value === true ? 'yes' : value === false ? 'no' : value;
      if (choice === '') group.clear();
      else group.select(choice);
      return;
    }
    case 'dropdown': {
      // pdf-lib selects by display value (and writes it to /V, as many tools do); the reader maps it back to the code.
      const dropdown = form.getDropdown(definition.name);
      const option = definition.options?.find((candidate) => candidate.code === value);
      if (option) dropdown.select(bilingualLabel(option.label));
      else if (value === '') dropdown.clear();
      else dropdown.select(String(value));
      return;
    }
    default: {
      const field = form.getTextField(definition.name);
      const text = String(value);
      // Like other filling tools, ignore the box's length limit, so tests and demos can send values that are too long.
      if (field.getMaxLength() !== undefined && text.length > (field.getMaxLength() ?? 0))
        field.setMaxLength(undefined);
      field.setText(text);
    }
  }
}

/**
 * Fills a form's committed blank PDF with values keyed by field name (strings; booleans for
 * checkboxes, and `'yes'`/`'no'` or booleans for yes/no questions; option codes for radio groups and
 * dropdowns): the pre-filled forms notices attach, `jas forms fill`, `jas demo` and the tests.
 * `onto` fills a copy of that form already filled in part instead, as a person's PDF viewer would;
 * fields without a value keep theirs. Values that do not fit the font get no appearance stream;
 * `NeedAppearances` then asks viewers to draw them.
 */
export async function fillForm(
  formId: string,
  values: Readonly<Record<string, string | boolean>>,
  { onto }: { onto?: Uint8Array } = {},
): Promise<Uint8Array> {
  const definition = getForm(formId);
  if (!definition) throw new Error(`Unknown form: ${formId}`);
  const doc = await PDFDocument.load(onto ?? (await readBlankPdf(formId)), {
    updateMetadata: false,
    parseSpeed: ParseSpeeds.Fastest,
  });
  const form = doc.getForm();
  for (const field of definition.fields) {
    const value = values[field.name];
    if (value !== undefined) fillField(form, field, value);
  }
  try {
    return await doc.save({ objectsPerTick: Number.POSITIVE_INFINITY });
  } catch {
    // Standard fonts only cover Latin-1-like text; a name in another script cannot get an appearance here.
    form.acroForm.dict.set(PDFName.of('NeedAppearances'), PDFBool.True);
    return doc.save({ updateFieldAppearances: false, objectsPerTick: Number.POSITIVE_INFINITY });
  }
}
