import { sampleImm1324 } from './imm1324/sample.js';
import { sampleImm5492 } from './imm5492/sample.js';
import { sampleImm5494 } from './imm5494/sample.js';
import { sampleJasCaseProfile } from './jas-case-profile/sample.js';
import { sampleJasRecommendation } from './jas-recommendation/sample.js';
import { sampleJasRolesChecklist } from './jas-roles-checklist/sample.js';

/**
 * Valid, fictitious values for every form, dated relative to `today` (YYYY-MM-DD) so that a form
 * received that day is valid. For demos and tests; the names and numbers are invented.
 */
export function sampleValues(formId: string, today: string): Record<string, string | boolean> | undefined {
  switch (formId) {
    case 'jas-recommendation':
      return sampleJasRecommendation(today);
    case 'imm1324':
      return sampleImm1324(today);
    case 'imm5492':
      return sampleImm5492();
    case 'imm5494':
      return sampleImm5494(today);
    case 'jas-roles-checklist':
      return sampleJasRolesChecklist(today);
    case 'jas-case-profile':
      return sampleJasCaseProfile();
    default:
      return undefined;
  }
}
