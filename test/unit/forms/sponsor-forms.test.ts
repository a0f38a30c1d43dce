import { describe, expect, it } from 'vitest';
import { fillForm } from '../../../forms/fill-form.js';
import { sampleValues } from '../../../forms/form-samples.js';
import { readForm } from '../../../forms/read-form.js';
import { type FormId, getForm, listForms, type TypedFormData } from '../../../forms/registry.js';
import { type FormValidation, validateForm } from '../../../forms/validate-form.js';
import { RECEIVED_ON } from './helpers/jas-fixtures.js';

const validate = <Id extends FormId>(
  formId: Id,
  overrides: Record<string, string | boolean> = {},
): FormValidation<Id> =>
  validateForm(getForm(formId), { ...sampleValues(formId, RECEIVED_ON), ...overrides }, { receivedOn: RECEIVED_ON });
const problemsOf = (validation: FormValidation): string[] =>
  validation.ok ? [] : validation.problems.map((problem) => `${problem.field}:${problem.code}`);
const dataOf = <Id extends FormId>(validation: FormValidation<Id>): TypedFormData<Id>['data'] => {
  if (!validation.ok) throw new Error(`invalid: ${problemsOf(validation).join(', ')}`);
  return validation.data;
};

describe.each(listForms().map((form) => form.id))('round trip of %s', (formId) => {
  it('blank → filled → read gives the same values and valid data', async () => {
    const values = sampleValues(formId, RECEIVED_ON)!;
    const reading = await readForm(await fillForm(formId, values), { receivedOn: RECEIVED_ON });
    expect(reading.formId).toBe(formId);
    expect(reading.ok ? reading.warnings : reading.problems).toEqual([]);
    const expected = Object.fromEntries(
      getForm(formId)!.fields.map((field) => [
        field.name,
        values[field.name] ?? (field.kind === 'checkbox' ? false : ''),
      ]),
    );
    expect(reading.values).toEqual(expected);
  });
});

describe('IMM 1324 undertaking', () => {
  it('gives typed data with the signatories as a list', () => {
    const data = dataOf(validate('imm1324'));
    expect(data.refugee).toEqual({
      uci: '12345678',
      familyName: 'Haddad',
      givenNames: 'Amal Zoé',
      familyMembers: 4,
      arrivalDate: '2026-05-23',
    });
    expect(data.sponsorship).toEqual({ startDate: '2026-05-23', endDate: '2028-05-23' });
    expect(data.signatories).toEqual([{ name: 'Élise Gagnon', signedOn: RECEIVED_ON }]);
    expect(data.group.constituentGroupName).toBe('Grace Church Group');
  });

  it('requires the 24-month JAS period from the arrival date', () => {
    expect(problemsOf(validate('imm1324', { 'sponsorship.endDate': '2027-05-23' }))).toEqual([
      'sponsorship.endDate:JAS_PERIOD_LENGTH',
    ]);
    expect(problemsOf(validate('imm1324', { 'sponsorship.startDate': '2026-06-01' }))).toEqual([
      'sponsorship.startDate:JAS_PERIOD_START',
    ]);
  });

  it('requires every commitment, a complete second signatory row, and the constituent group name', () => {
    expect(problemsOf(validate('imm1324', { 'commitments.noRepayment': false }))).toEqual([
      'commitments.noRepayment:MUST_BE_CHECKED',
    ]);
    expect(problemsOf(validate('imm1324', { 'signatories.2.name': 'Omar Said' }))).toEqual([
      'signatories.2.signedOn:REQUIRED',
    ]);
    expect(problemsOf(validate('imm1324', { 'group.constituentGroupName': '' }))).toEqual([
      'group.constituentGroupName:REQUIRED',
    ]);
    expect(problemsOf(validate('imm1324', { 'group.kind': 'SAH', 'group.constituentGroupName': '' }))).toEqual([]);
  });
});

describe('IMM 5492 sponsor assessment', () => {
  it('reads amounts as people type them and lists the members filled in', () => {
    const data = dataOf(validate('imm5492'));
    expect(data.finances).toMatchObject({ requiredFunds: 16000, availableFunds: 14500, inKindValue: 3000 });
    expect(data.members?.map((member) => member.name)).toEqual(['Élise Gagnon', 'Omar Said', 'Ruth Campbell']);
  });

  it('warns when funds do not cover the needs, and asks for details of other sponsorships', () => {
    const short = validate('imm5492', { 'finances.inKindValue': '' });
    expect(short.ok).toBe(true);
    expect(short.warnings.map((warning) => warning.code)).toEqual(['FUNDS_BELOW_REQUIRED']);
    expect(problemsOf(validate('imm5492', { 'other.currentSponsorships': '2' }))).toEqual(['other.details:REQUIRED']);
    expect(problemsOf(validate('imm5492', { 'members.4.email': 'x@y.example' }))).toEqual([
      'members.4.name:REQUIRED',
      'members.4.role:REQUIRED',
    ]);
    expect(problemsOf(validate('imm5492', { 'finances.availableFunds': '12,5' }))).toEqual([
      'finances.availableFunds:INVALID_NUMBER',
    ]);
  });
});

describe('IMM 5494 settlement plan', () => {
  it('gives each area its arrangements and the members responsible', () => {
    const data = dataOf(validate('imm5494'));
    expect(Object.keys(data.plan)).toEqual([
      'reception',
      'housing',
      'orientation',
      'languageTraining',
      'healthCare',
      'employment',
    ]);
    expect(problemsOf(validate('imm5494', { 'plan.housing.responsible': '' }))).toEqual([
      'plan.housing.responsible:REQUIRED',
    ]);
  });
});

describe('JAS roles and responsibilities checklist', () => {
  it('assigns every responsibility and checks the signature dates against the meeting', () => {
    const data = dataOf(validate('jas-roles-checklist'));
    expect(data.responsibilities.housing).toBe('SPO');
    expect(data.meeting.mode).toBe('VIDEO');
    expect(problemsOf(validate('jas-roles-checklist', { 'responsibilities.schooling': '' }))).toEqual([
      'responsibilities.schooling:REQUIRED',
    ]);
    expect(problemsOf(validate('jas-roles-checklist', { 'sponsor.signedOn': '2026-01-01' }))).toEqual([
      'sponsor.signedOn:DATE_BEFORE',
    ]);
    expect(problemsOf(validate('jas-roles-checklist', { 'copies.client': false }))).toEqual([
      'copies.client:MUST_BE_CHECKED',
    ]);
  });
});
