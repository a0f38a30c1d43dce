import type { FillValues } from '../../forms/fill-values.js';
import type { CaseRecord } from '../domain/case-record.js';
import { jasPeriodOf } from './jas-period.js';

const SPONSOR_FORMS = ['imm1324', 'imm5492', 'imm5494'];

/**
 * What the case file already says on a form the pipeline sends out, keyed by field name: the
 * sponsor's forms carry the client (UCI, names) and the sponsor found; the undertaking (IMM 1324)
 * the arrival date and the JAS period (24 months from arrival); the roles and responsibilities
 * checklist the client, the SPO and the sponsor. What comes back then matches the case by
 * construction. Nothing else is filled: the rest is the sender's to write and sign.
 */
export function prefilledFormValues(formId: string, caseRecord: CaseRecord): FillValues {
  const { client, submitter } = caseRecord.recommendation;
  const sponsor =
    caseRecord.sponsor ??
    (caseRecord.recommendation.sponsor.name
      ? { name: caseRecord.recommendation.sponsor.name, email: caseRecord.recommendation.sponsor.contactEmail ?? '' }
      : undefined);
  const clientValues = { uci: client.uci, familyName: client.familyName, givenNames: client.givenNames };
  if (SPONSOR_FORMS.includes(formId)) {
    const period = jasPeriodOf(caseRecord);
    return {
      'refugee.uci': clientValues.uci,
      'refugee.familyName': clientValues.familyName,
      'refugee.givenNames': clientValues.givenNames,
      ...(sponsor && { 'group.constituentGroupName': sponsor.name, 'group.email': sponsor.email }),
      ...(formId === 'imm1324' && {
        'refugee.arrivalDate': client.arrivalDate,
        'sponsorship.startDate': period.startsOn,
        'sponsorship.endDate': period.endsOn,
      }),
    };
  }
  if (formId === 'jas-roles-checklist')
    return {
      'client.uci': clientValues.uci,
      'client.familyName': clientValues.familyName,
      'client.givenNames': clientValues.givenNames,
      'spo.organization': submitter.organization,
      'spo.contactName': submitter.contactName,
      'spo.email': submitter.email,
      ...(sponsor && { 'sponsor.groupName': sponsor.name, 'sponsor.email': sponsor.email }),
    };
  return {};
}
