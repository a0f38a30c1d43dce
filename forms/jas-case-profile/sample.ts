/** Valid, fictitious profile values for the case `caseNumber`: de-identified, as ROC-O would send them. */
export function sampleJasCaseProfile(caseNumber = 'JAS-2026-7K3Q9M'): Record<string, string> {
  return {
    'case.number': caseNumber,
    'profile.caseType': 'Government-assisted refugee (GAR)\nRéfugié pris en charge par le gouvernement (RPG)',
    'profile.sought': 'A sponsor for a Joint Assistance Sponsorship\nUn répondant pour un parrainage d’aide conjointe',
    'profile.destination': 'Toronto, Ontario',
    'profile.arrival': 'August 2026 / août 2026',
    'profile.sponsorshipPeriod':
      '24 months from arrival, until August 2028\n24 mois à compter de l’arrivée, jusqu’en août 2028',
    'profile.language': 'English / Anglais',
    'profile.familyComposition': 'Single mother with three children aged 2, 5 and 9.',
    'profile.criteria':
      'A physical or mental condition that could require treatment in Canada\nUne affection physique ou mentale qui pourrait nécessiter un traitement au Canada',
    'profile.needs': 'The youngest child uses a wheelchair and needs physiotherapy twice a week.',
    'profile.bestInterest': 'A sponsoring group can help with appointments, school and housing close to care.',
  };
}
