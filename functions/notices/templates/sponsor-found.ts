import type { CaseSponsor } from '../../domain/case-sponsor.js';
import { bilingualBody } from '../bilingual-body.js';
import { irccCaseFacts } from '../case-reference.js';
import { sponsorLine } from '../case-wording.js';
import type { NoticeContent } from '../notice-content.js';
import type { NoticeContext } from '../notice-context.js';
import { taggedSubject } from '../tagged-subject.js';

export interface SponsorFoundData {
  readonly sponsor: CaseSponsor;
}

/** To the local office (OB 646 step 5: "once a sponsoring group is found, informs the local IRCC office"). */
export function sponsorFound(context: NoticeContext, data: SponsorFoundData): NoticeContent {
  return {
    subject: taggedSubject(context.case.caseId, { en: 'Sponsor found', fr: 'Répondant trouvé' }),
    body: bilingualBody((_language, say) => [
      {
        paragraph: say({
          en: 'ROC-O found a sponsoring group for this JAS case (OB 646 step 5). ROC-O now reaches out to the sponsor for the sponsorship undertaking (IMM 1324, IMM 5492 and IMM 5494 if required). You will be told when it is approved, with your tasks.',
          fr: 'Le COR-O a trouvé un groupe de parrainage pour ce cas PAC (BO 646, étape 5). Le COR-O communique maintenant avec le répondant pour l’engagement de parrainage (IMM 1324, IMM 5492 et IMM 5494 au besoin). Vous serez avisé de son approbation, avec vos tâches.',
        }),
      },
      {
        facts: [...irccCaseFacts(context, say), [say({ en: 'Sponsor', fr: 'Répondant' }), sponsorLine(data.sponsor)]],
      },
    ]),
  };
}
