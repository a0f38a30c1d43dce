import type { CaseRecord } from '../../../../functions/domain/case-record.js';
import { sampleCase } from './notice-case.js';

/**
 * A case whose free text deliberately repeats the personal data the form holds elsewhere: the
 * client's names in other cases and without accents, the UCI with separators, the birth date in
 * several formats, the submitter's and the sponsor's contact details, other emails and phones.
 */
export function caseWithPersonalDataInFreeText(): CaseRecord {
  return sampleCase(
    { state: 'promotion', sponsor: { name: 'Grace Church Group', email: 'sah@church.example' } },
    {
      familyComposition:
        'Mme AMAL ZOE HADDAD (née le 17 avril 1988, IUC 1234-5678) avec ses trois enfants; zoé haddad est la mère. Contact: Jordan Tremblay.',
      'criteria.needsDescription':
        'Amal’s youngest child (UCI 1234 5678 family file) needs specialist care since April 17, 1988?? no: DOB 1988-04-17, also written 17/04/1988. Call 416-555-0123 or (613) 555 0199, +44 20 7946 0958, write to amal.haddad@mail.example or intake@spo.example. Grace Church Group may help. Client number 0012345678.',
      bestInterestJustification: 'Haddad family needs help with appointments; Tremblay at the SPO agrees.',
      specialProgram: 'Survivors of Daesh',
    },
  );
}

/** What must never reach RSTP, each as it could be found in text (lower case, accents off). */
export const PERSONAL_WORDS = [
  'haddad',
  'amal',
  'zoe',
  'jordan',
  'tremblay',
  'grace church',
  '1988',
  'avril',
  'april',
  '@',
  '555',
  '7946',
];

/** The case's UCI, whatever separates its digits. */
export const UCI_ANY_FORM = /1\D{0,3}2\D{0,3}3\D{0,3}4\D{0,3}5\D{0,3}6\D{0,3}7\D{0,3}8/;
