import { SAMPLE_SPONSOR_GROUP } from '../sponsor-group-sample.js';

/** Valid, fictitious IMM 5492 values: a group of three with enough funds and no other sponsorship. */
export function sampleImm5492(): Record<string, string | boolean> {
  return {
    ...SAMPLE_SPONSOR_GROUP,
    'members.1.name': 'Élise Gagnon',
    'members.1.role': 'Chair',
    'members.1.email': 'sah@church.example',
    'members.2.name': 'Omar Said',
    'members.2.role': 'Treasurer',
    'members.3.name': 'Ruth Campbell',
    'members.3.role': 'Housing lead',
    'finances.requiredFunds': '16 000 $',
    'finances.availableFunds': '$14,500',
    'finances.inKindValue': '3000',
    'finances.sourceOfFunds': 'Parish fundraising and pledges from twelve families.',
    'other.currentSponsorships': '0',
    'settlementFunds.amount': '14500',
    'settlementFunds.heldBy': 'SAH trust account',
  };
}
