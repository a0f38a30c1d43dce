/** Fictitious sponsoring group and refugee values shared by the sponsor forms' samples. */
export const SAMPLE_SPONSOR_GROUP: Record<string, string | boolean> = {
  'group.kind': 'CONSTITUENT_GROUP',
  'group.sahName': 'Example Refugee Sponsorship Council',
  'group.sahNumber': 'SAH-2019-042',
  'group.constituentGroupName': 'Grace Church Group',
  'group.contactName': 'Élise Gagnon',
  'group.email': 'sah@church.example',
  'group.phone': '613-555-0142',
  'group.city': 'Ottawa',
  'group.province': 'ON',
  'refugee.uci': '1234-5678',
  'refugee.familyName': 'Haddad',
  'refugee.givenNames': 'Amal Zoé',
};
