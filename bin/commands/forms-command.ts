import { buildBlankPdf } from '../../forms/build-blank-pdf.js';
import { fillForm } from '../../forms/fill-form.js';
import { checkFillValues } from '../../forms/fill-values.js';
import { FormReadError } from '../../forms/form-read-error.js';
import { sampleValues } from '../../forms/form-samples.js';
import { readForm } from '../../forms/read-form.js';
import { readPdfFields } from '../../forms/read-pdf-fields.js';
import { getForm, listForms } from '../../forms/registry.js';
import { todayIn } from '../../kernel/policy-calendar.js';
import { localStackOptionsFromEnvironment } from '../local-stack/local-stack-options.js';
import { CliError } from './cli-error.js';
import { readUserFile, writeUserFile } from './cli-files.js';

/** `jas forms list`. */
export function listFormsCommand(flags: { json?: boolean }): void {
  const forms = listForms();
  if (flags.json) {
    console.log(JSON.stringify(forms, null, 2));
    return;
  }
  for (const form of forms)
    console.log(`${form.id.padEnd(22)} ${form.version.padEnd(8)} ${form.title.en} / ${form.title.fr}`);
}

/** `jas forms fields TYPE`: the field names people fill, with both labels. */
export function formFieldsCommand(formId: string, flags: { json?: boolean }): void {
  const form = requireForm(formId);
  if (flags.json) {
    console.log(
      JSON.stringify({ id: form.id, version: form.version, title: form.title, fields: form.fields }, null, 2),
    );
    return;
  }
  console.log(`${form.title.en} / ${form.title.fr} — ${form.id} ${form.version}`);
  for (const field of form.fields) {
    const options =
      'options' in field && field.options ? ` [${field.options.map((option) => option.code).join('|')}]` : '';
    console.log(
      `  ${field.name.padEnd(36)} ${field.kind.padEnd(9)} ${field.required ? 'required' : 'optional'}  ${field.label.en} / ${field.label.fr}${options}`,
    );
  }
}

/** `jas forms blank TYPE OUT.pdf`: a blank fillable form with English and French labels. */
export async function blankFormCommand(formId: string, outFile: string, flags: { json?: boolean }): Promise<void> {
  const form = requireForm(formId);
  const pdf = await buildBlankPdf(form);
  await writeUserFile(outFile, pdf);
  console.log(
    flags.json
      ? JSON.stringify({ formId: form.id, version: form.version, file: outFile, bytes: pdf.byteLength })
      : `Wrote ${outFile}: ${form.title.en} / ${form.title.fr}, version ${form.version}`,
  );
}

/**
 * `jas forms read FILE.pdf`: form type, field values and validation problems. A PDF that is not
 * one of our forms (an official IRCC form, say) still gets its fields listed, AcroForm and XFA.
 */
export async function readFormCommand(file: string, flags: { json?: boolean }): Promise<boolean> {
  const receivedOn = todayIn(localStackOptionsFromEnvironment().timeZone);
  const bytes = await readUserFile(file);
  let reading: Awaited<ReturnType<typeof readForm>>;
  try {
    reading = await readForm(bytes, { receivedOn });
  } catch (error) {
    if (!(error instanceof FormReadError)) throw error;
    if (error.code !== 'FORM_UNKNOWN') throw new CliError(error.code, `${file}: ${error.message}`, 1, { cause: error });
    await listForeignFields(bytes, error, flags);
    return false;
  }
  if (flags.json) {
    console.log(JSON.stringify(reading, null, 2));
    return reading.ok;
  }
  console.log(`${reading.formId} ${reading.version}: ${reading.ok ? 'valid' : 'not valid'}`);
  for (const [name, value] of Object.entries(reading.values)) console.log(`  ${name.padEnd(36)} ${String(value)}`);
  const problems = reading.ok ? reading.warnings : reading.problems;
  if (reading.ok && reading.flags.length > 0) console.log(`Flags: ${reading.flags.join(', ')}`);
  // A problem's message already starts with its field's label.
  for (const problem of problems)
    console.log(`${reading.ok ? 'Warning' : 'Problem'}: ${problem.message.en} / ${problem.message.fr}`);
  return reading.ok;
}

/**
 * `jas forms sample TYPE OUT.json`: valid, fictitious values for a form, dated from today, as the
 * JSON `jas forms fill` takes: a start to edit rather than a blank page.
 */
export async function sampleFormCommand(formId: string, outFile: string, flags: { json?: boolean }): Promise<void> {
  const form = requireForm(formId);
  const values = sampleValues(form.id, todayIn(localStackOptionsFromEnvironment().timeZone))!;
  await writeUserFile(outFile, `${JSON.stringify(values, null, 2)}\n`);
  console.log(
    flags.json
      ? JSON.stringify({ formId: form.id, file: outFile, fields: Object.keys(values).length })
      : `Wrote ${outFile}: sample values for ${form.id} (${Object.keys(values).length} fields); edit them, then \`jas forms fill ${form.id} ${outFile} OUT.pdf\``,
  );
}

/**
 * `jas forms fill TYPE VALUES.json OUT.pdf`: the form filled from a JSON object keyed by field
 * name, for people and scripts without a PDF viewer. Keys and value kinds are checked first (a
 * bad one writes nothing); then the PDF is written and read back as the pipeline would, and
 * whether it would be accepted is said, with each problem. Exits 1 when it would not be.
 */
export async function fillFormCommand(
  formId: string,
  valuesFile: string,
  outFile: string,
  flags: { json?: boolean },
): Promise<boolean> {
  const form = requireForm(formId);
  const text = (await readUserFile(valuesFile)).toString('utf8');
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    throw new CliError('VALUES_NOT_JSON', `${valuesFile}: not JSON (${(error as Error).message})`);
  }
  const checked = checkFillValues(form, input);
  if (!checked.ok)
    throw new CliError(
      'VALUES_INVALID',
      `${valuesFile}: ${checked.problems.length} value(s) do not fit ${form.id}: ${checked.problems.join('; ')}`,
    );
  const pdf = await fillForm(form.id, checked.values);
  await writeUserFile(outFile, pdf);
  const validation = await readForm(pdf, { receivedOn: todayIn(localStackOptionsFromEnvironment().timeZone) });
  const problems = validation.ok ? [] : validation.problems;
  if (flags.json) {
    console.log(
      JSON.stringify(
        { formId: form.id, version: form.version, file: outFile, valid: validation.ok, problems },
        null,
        2,
      ),
    );
    return validation.ok;
  }
  console.log(
    `Wrote ${outFile}: ${form.title.en}, version ${form.version}, ${validation.ok ? 'valid: the pipeline would accept it' : `not valid: the pipeline would reject it (${problems.length} problem(s))`}`,
  );
  for (const problem of problems) console.log(`Problem: ${problem.message.en} / ${problem.message.fr}`);
  return validation.ok;
}

async function listForeignFields(bytes: Uint8Array, notOurs: FormReadError, flags: { json?: boolean }): Promise<void> {
  const found = await readPdfFields(bytes);
  if (flags.json) {
    console.log(
      JSON.stringify(
        {
          ok: false,
          code: notOurs.code,
          explanation: notOurs.explanation,
          encrypted: found.encrypted,
          fields: found.fields,
          unreadable: found.unreadable,
          xfa: found.xfa ?? [],
          disagreements: found.disagreements,
        },
        null,
        2,
      ),
    );
    return;
  }
  console.log(`Not one of the pipeline's forms (${notOurs.code}): ${notOurs.explanation.en}`);
  console.log(
    `${found.encrypted ? 'Encrypted (opened with the empty password); ' : ''}${found.fields.length} AcroForm field(s), ${found.xfa?.length ?? 0} XFA data value(s)`,
  );
  for (const field of found.fields)
    console.log(
      `  ${field.name.padEnd(60)} ${field.type.padEnd(10)} ${field.value === undefined ? '' : String(field.value)}`,
    );
  for (const value of found.xfa ?? []) console.log(`  xfa:${value.path.padEnd(56)} ${value.value}`);
  for (const field of found.unreadable) console.log(`  unreadable: ${field.name}`);
}

function requireForm(formId: string) {
  const form = getForm(formId);
  if (!form)
    throw new CliError(
      'UNKNOWN_FORM',
      `Unknown form ${formId}; known forms: ${listForms()
        .map((known) => known.id)
        .join(', ')}`,
    );
  return form;
}
