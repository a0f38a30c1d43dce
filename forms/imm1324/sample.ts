import { addCalendarMonths, jasPeriodFrom } from '../../kernel/policy-calendar.js';
import { SAMPLE_SPONSOR_GROUP } from '../sponsor-group-sample.js';

/** Valid, fictitious IMM 1324 values for a refugee who arrived 6 months before `today` (YYYY-MM-DD). */
export function sampleImm1324(today: string): Record<string, string | boolean> {
  const arrivalDate = addCalendarMonths(today, -6);
  return {
    ...SAMPLE_SPONSOR_GROUP,
    'refugee.familyMembers': '4',
    'refugee.arrivalDate': arrivalDate,
    'sponsorship.startDate': arrivalDate,
    'sponsorship.endDate': jasPeriodFrom(arrivalDate).endsOn,
    'commitments.settlementSupport': true,
    'commitments.twentyFourMonths': true,
    'commitments.notifyIrcc': true,
    'commitments.noRepayment': true,
    'signatories.1.name': 'Élise Gagnon',
    'signatories.1.signedOn': today,
    'signatories.2.name': '',
    'signatories.2.signedOn': '',
    'sah.signatoryName': 'Marc Lévesque',
    'sah.signedOn': today,
  };
}
