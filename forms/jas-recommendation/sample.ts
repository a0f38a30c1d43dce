import { addCalendarMonths } from '../../kernel/policy-calendar.js';

/**
 * Valid, fictitious values for the JAS In-Canada Recommendation Form, dated relative to `today`
 * (`YYYY-MM-DD`) so that a form received that day is on time: arrival 3 months earlier, needs
 * identified a month after arrival. Used by `jas demo` and the tests.
 */
export function sampleJasRecommendation(today: string): Record<string, string | boolean> {
  const arrivalDate = addCalendarMonths(today, -3);
  return {
    caseType: 'GAR',
    specialProgram: '',
    'client.uci': '1234-5678',
    'client.familyName': 'Haddad',
    'client.givenNames': 'Amal Zoé',
    'client.dateOfBirth': '1988-04-17',
    'client.arrivalDate': arrivalDate,
    'client.preferredLanguage': 'fr',
    familyComposition: 'Mère seule avec trois enfants (2, 5 et 8 ans).',
    'destination.city': 'Toronto',
    'destination.province': 'ON',
    'criteria.medicalNeeds': true,
    'criteria.unusualFamilyConfiguration': true,
    'criteria.otherSpecialNeeds': false,
    'criteria.needsDescription':
      'The youngest child needs regular specialist care; the mother cannot attend appointments and language classes without help with child care.',
    'criteria.needsIdentifiedOn': addCalendarMonths(arrivalDate, 1),
    'sponsor.identified': 'no',
    'sponsor.name': '',
    'sponsor.contactEmail': '',
    'sponsor.bvorSponsorContinues': '',
    bestInterestJustification:
      'A sponsoring group can accompany the family to medical appointments and help with child care, which RAP support alone cannot provide.',
    exceptionalCircumstances: '',
    'submitter.kind': 'RAP_SPO',
    'submitter.organization': 'Example Settlement Services',
    'submitter.contactName': 'Jordan Tremblay',
    'submitter.email': 'intake@spo.example',
    'submitter.phone': '416-555-0123',
    localOffice: 'TORONTO',
    consentToShare: true,
  };
}
