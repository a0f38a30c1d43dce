import { addCalendarMonths } from '../../kernel/policy-calendar.js';
import { JAS_RESPONSIBILITIES } from './fields.js';

/** Valid, fictitious checklist values for a case conference held a month before `today` (YYYY-MM-DD). */
export function sampleJasRolesChecklist(today: string): Record<string, string | boolean> {
  const meeting = addCalendarMonths(today, -1);
  const responsibilities = Object.fromEntries(
    JAS_RESPONSIBILITIES.map((item, index) => [
      `responsibilities.${item.id}`,
      ['SPO', 'SPONSOR', 'SHARED'][index % 3] as string,
    ]),
  );
  return {
    'client.uci': '1234-5678',
    'client.familyName': 'Haddad',
    'client.givenNames': 'Amal Zoé',
    'spo.organization': 'Example Settlement Services',
    'spo.contactName': 'Jordan Tremblay',
    'spo.email': 'intake@spo.example',
    'sponsor.groupName': 'Grace Church Group',
    'sponsor.contactName': 'Élise Gagnon',
    'sponsor.email': 'sah@church.example',
    'meeting.date': meeting,
    'meeting.mode': 'VIDEO',
    ...responsibilities,
    'spo.signatoryName': 'Jordan Tremblay',
    'spo.signedOn': meeting,
    'sponsor.signatoryName': 'Élise Gagnon',
    'sponsor.signedOn': meeting,
    'copies.sponsor': true,
    'copies.spo': true,
    'copies.client': true,
  };
}
