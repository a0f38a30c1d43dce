import { describe, expect, it } from 'vitest';
import { JAS_RECOMMENDATION_FORM } from '../../../forms/jas-recommendation/form.js';
import { type FormValidation, validateForm } from '../../../forms/validate-form.js';
import { jasValues, RECEIVED_ON } from './helpers/jas-fixtures.js';

const validate = (
  overrides: Record<string, string | boolean>,
  receivedOn = RECEIVED_ON,
): FormValidation<'jas-recommendation'> => validateForm(JAS_RECOMMENDATION_FORM, jasValues(overrides), { receivedOn });
const problemsOf = (validation: FormValidation): string[] =>
  validation.ok ? [] : validation.problems.map((problem) => `${problem.field}:${problem.code}`);

describe('JAS recommendation rules', () => {
  it('gives the typed JasRecommendation for the sample', () => {
    const validation = validate({});
    if (!validation.ok) throw new Error('the sample is valid');
    const { data } = validation;
    expect(data.client).toEqual({
      uci: '12345678',
      familyName: 'Haddad',
      givenNames: 'Amal Zoé',
      dateOfBirth: '1988-04-17',
      arrivalDate: '2026-08-23',
      preferredLanguage: 'fr',
    });
    expect(data.sponsor).toEqual({ identified: false });
    expect(data.consentToShare).toBe(true);
    expect(data.specialProgram).toBeUndefined();
    expect(data.submitter.phone).toBe('416-555-0123');
  });

  it('refuses dates later than the date received and needs identified before arrival', () => {
    expect(
      problemsOf(validate({ 'client.arrivalDate': '2026-11-24', 'criteria.needsIdentifiedOn': '2026-11-24' })),
    ).toEqual(['client.arrivalDate:DATE_IN_FUTURE', 'criteria.needsIdentifiedOn:DATE_IN_FUTURE']);
    expect(problemsOf(validate({ 'criteria.needsIdentifiedOn': '2026-08-22' }))).toEqual([
      'criteria.needsIdentifiedOn:DATE_BEFORE',
    ]);
    expect(problemsOf(validate({ 'client.dateOfBirth': '2026-09-01' }))).toEqual(['client.arrivalDate:DATE_BEFORE']);
  });

  it('refuses a GAR case whose needs were identified after the period of RAP support (12 months)', () => {
    const withSponsor = {
      'sponsor.identified': 'yes',
      'sponsor.name': 'Group',
      'sponsor.contactEmail': 'g@group.example',
    };
    const identifiedOn = (date: string) =>
      validate({ ...withSponsor, 'criteria.needsIdentifiedOn': date }, '2028-06-01');
    expect(problemsOf(identifiedOn('2028-05-23'))).toEqual(['criteria.needsIdentifiedOn:NEEDS_AFTER_RAP_SUPPORT']);
    expect(problemsOf(identifiedOn('2027-08-24'))).toEqual(['criteria.needsIdentifiedOn:NEEDS_AFTER_RAP_SUPPORT']);
    expect(problemsOf(identifiedOn('2027-08-23'))).toEqual([]);
    const bvor = validate(
      {
        ...withSponsor,
        caseType: 'BVOR',
        'sponsor.bvorSponsorContinues': 'no',
        'submitter.kind': 'SPONSORING_GROUP',
        'criteria.needsIdentifiedOn': '2028-05-23',
      },
      '2028-06-01',
    );
    expect(problemsOf(bvor)).toEqual([]);
  });

  it('names the other field when a date comes before it', () => {
    const validation = validate({ 'criteria.needsIdentifiedOn': '2026-08-01' });
    expect(validation.ok ? undefined : validation.problems[0]?.message).toEqual({
      en: 'Date the needs were identified: cannot be earlier than “Date of arrival in Canada”.',
      fr: 'Date où les besoins ont été relevés\u202f: ne peut pas être antérieure à « Date d’arrivée au Canada ».',
    });
  });

  it('requires at least one JAS criterion', () => {
    expect(
      problemsOf(validate({ 'criteria.medicalNeeds': false, 'criteria.unusualFamilyConfiguration': false })),
    ).toEqual(['criteria.medicalNeeds:NO_CRITERION']);
  });

  it('requires the sponsor’s name and email when a sponsor is identified', () => {
    expect(problemsOf(validate({ 'sponsor.identified': 'yes' }))).toEqual([
      'sponsor.name:REQUIRED',
      'sponsor.contactEmail:REQUIRED',
    ]);
    const validation = validate({
      'sponsor.identified': 'yes',
      'sponsor.name': 'Grace Church Group',
      'sponsor.contactEmail': 'sah@church.example',
    });
    expect(validation.ok && validation.data.sponsor).toEqual({
      identified: true,
      name: 'Grace Church Group',
      contactEmail: 'sah@church.example',
    });
  });

  it('requires the BVOR question for BVOR cases and ignores it, with a warning, for GAR cases', () => {
    expect(problemsOf(validate({ caseType: 'BVOR', 'submitter.kind': 'SPONSORING_GROUP' }))).toEqual([
      'sponsor.bvorSponsorContinues:REQUIRED',
    ]);
    const bvor = validate({ caseType: 'BVOR', 'sponsor.bvorSponsorContinues': 'no' });
    expect(bvor.ok && bvor.data.sponsor.bvorSponsorContinues).toBe(false);
    const gar = validate({ 'sponsor.bvorSponsorContinues': 'yes' });
    expect(gar.ok).toBe(true);
    expect(gar.ok && gar.data.sponsor.bvorSponsorContinues).toBeUndefined();
    expect(gar.warnings.map((warning) => `${warning.field}:${warning.code}`)).toEqual([
      'sponsor.bvorSponsorContinues:NOT_APPLICABLE',
    ]);
  });

  it('requires the sponsor’s name and email when a BVOR sponsor continues (step 5: it is not promoted, it sends the undertaking)', () => {
    const continues = { caseType: 'BVOR', 'sponsor.bvorSponsorContinues': 'yes' };
    expect(problemsOf(validate(continues))).toEqual(['sponsor.name:REQUIRED', 'sponsor.contactEmail:REQUIRED']);
    const named = validate({
      ...continues,
      'sponsor.name': 'Grace Church Group',
      'sponsor.contactEmail': 'sah@church.example',
    });
    expect(named.ok && named.data.sponsor).toEqual({
      identified: false,
      name: 'Grace Church Group',
      contactEmail: 'sah@church.example',
      bvorSponsorContinues: true,
    });
    expect(problemsOf(validate({ ...continues, 'sponsor.identified': 'yes' }))).toEqual([
      'sponsor.name:REQUIRED',
      'sponsor.contactEmail:REQUIRED',
    ]);
  });

  it('requires consent and a RAP SPO as the submitter of a GAR case', () => {
    expect(problemsOf(validate({ consentToShare: false }))).toEqual(['consentToShare:MUST_BE_CHECKED']);
    expect(problemsOf(validate({ 'submitter.kind': 'SPONSORING_GROUP' }))).toEqual(['submitter.kind:GAR_SUBMITTER']);
  });

  describe('the 8-month rule for GAR cases', () => {
    // Arrival 2026-03-31: 8 calendar months later is 2026-11-30.
    const arrival = { 'client.arrivalDate': '2026-03-31', 'criteria.needsIdentifiedOn': '2026-04-15' };

    it('accepts a form received on the last day of the 8 months without a flag', () => {
      const validation = validate(arrival, '2026-11-30');
      expect(validation.ok).toBe(true);
      expect(validation.flags).toEqual([]);
    });

    it('flags a late form without exceptional circumstances or a sponsor for the office to decide on (step 1: “not considered unless”)', () => {
      const validation = validate(arrival, '2026-12-01');
      expect(validation.ok).toBe(true);
      expect(validation.flags).toEqual(['late', 'late_not_considered']);
    });

    it('accepts a late form flagged "late" when exceptional circumstances are stated', () => {
      const validation = validate(
        { ...arrival, exceptionalCircumstances: 'Hospitalized for five months after arrival.' },
        '2026-12-01',
      );
      expect(validation.ok).toBe(true);
      expect(validation.flags).toEqual(['late']);
    });

    it('accepts a late form flagged "late" when a sponsor is identified', () => {
      const validation = validate(
        {
          ...arrival,
          'sponsor.identified': 'yes',
          'sponsor.name': 'Grace Church Group',
          'sponsor.contactEmail': 'sah@church.example',
        },
        '2027-02-01',
      );
      expect(validation.ok).toBe(true);
      expect(validation.flags).toEqual(['late']);
    });

    it('does not apply to BVOR cases', () => {
      const validation = validate({ ...arrival, caseType: 'BVOR', 'sponsor.bvorSponsorContinues': 'no' }, '2027-06-01');
      expect(validation.ok).toBe(true);
      expect(validation.flags).toEqual([]);
    });
  });

  it('collects every problem at once', () => {
    const validation = validate({
      'client.uci': '12',
      'submitter.email': 'nope',
      localOffice: 'ATLANTIS',
      caseType: '',
    });
    expect(problemsOf(validation)).toEqual([
      'caseType:REQUIRED',
      'client.uci:INVALID_UCI',
      'submitter.email:INVALID_EMAIL',
      'localOffice:INVALID_OPTION',
    ]);
  });
});
