import { describe, expect, it } from 'vitest';
import { checkSponsorForms } from '../../../forms/check-sponsor-forms.js';
import { sampleValues } from '../../../forms/form-samples.js';
import { type FormId, getForm, type TypedFormData } from '../../../forms/registry.js';
import { validateForm } from '../../../forms/validate-form.js';
import { RECEIVED_ON } from './helpers/jas-fixtures.js';

function valid(formId: FormId, overrides: Record<string, string | boolean> = {}): TypedFormData {
  const validation = validateForm(
    getForm(formId),
    { ...sampleValues(formId, RECEIVED_ON), ...overrides },
    { receivedOn: RECEIVED_ON },
  );
  if (!validation.ok) throw new Error(`sample of ${formId} is not valid`);
  return validation;
}

const facts = { uci: '12345678', sponsorName: 'GRACE church group', settlementPlanRequired: true };
const codes = (problems: ReturnType<typeof checkSponsorForms>): string[] =>
  problems.map((problem) => `${problem.field}:${problem.code}`);

describe('checkSponsorForms', () => {
  it('accepts the complete set of forms for the case, names compared loosely', () => {
    expect(
      checkSponsorForms(facts, [valid('imm1324'), valid('imm5492'), valid('imm5494'), valid('jas-roles-checklist')]),
    ).toEqual([]);
  });

  it('names the missing forms, IMM 5494 only when the case requires it', () => {
    expect(codes(checkSponsorForms(facts, [valid('imm1324')]))).toEqual([
      'imm5492:FORM_MISSING',
      'imm5494:FORM_MISSING',
    ]);
    expect(
      codes(checkSponsorForms({ ...facts, settlementPlanRequired: false }, [valid('imm1324'), valid('imm5492')])),
    ).toEqual([]);
  });

  it('reports a UCI or sponsor that is not the case’s, and groups that differ between forms', () => {
    const problems = checkSponsorForms(facts, [
      valid('imm1324', { 'refugee.uci': '87654321' }),
      valid('imm5492', { 'group.sahNumber': 'SAH-2020-001' }),
      valid('imm5494', { 'group.constituentGroupName': 'Another Group', 'group.sahName': 'Other SAH' }),
      valid('jas-roles-checklist', { 'client.uci': '1111-2222' }),
    ]);
    expect(codes(problems)).toEqual([
      'refugee.uci:UCI_MISMATCH',
      'group.sahNumber:GROUP_MISMATCH',
      'group.sahName:SPONSOR_MISMATCH',
      'client.uci:UCI_MISMATCH',
    ]);
    expect(problems[0]?.message.en).toBe('UCI of the principal applicant: does not match the UCI of the case.');
  });
});
