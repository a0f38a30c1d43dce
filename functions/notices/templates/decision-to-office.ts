import type { BilingualText } from '../../../kernel/bilingual-text.js';
import { bilingualBody } from '../bilingual-body.js';
import { irccCaseFacts } from '../case-reference.js';
import type { NoticeContent } from '../notice-content.js';
import type { NoticeContext } from '../notice-context.js';
import { taggedSubject } from '../tagged-subject.js';

export interface DecisionToOfficeData {
  readonly decision: 'designated' | 'declined';
  /** IN's reason or comments, as written; may be empty. */
  readonly reason: string;
  /** What happens next, as the workflow decided it. */
  readonly next: 'promotion' | 'sponsor_identified' | 'bvor_sponsor_continues' | 'none';
}

const NEXT: Readonly<Record<DecisionToOfficeData['next'], BilingualText>> = {
  promotion: {
    en: 'Next (OB 646 steps 4–5): no sponsor is identified, so the case summary goes to ROC-O, which asks RSTP to promote the case to the sponsorship community for at most 4 months or until a sponsor is found. You will be told when a sponsor is found, or when promotion ends without one.',
    fr: 'Prochaine étape (BO 646, étapes 4 et 5)\u202f: aucun répondant n’est identifié; le résumé du cas est donc envoyé au COR-O, qui demande au PFPR de promouvoir le cas auprès des répondants pendant au plus 4 mois ou jusqu’à ce qu’un répondant soit trouvé. Vous serez avisé lorsqu’un répondant sera trouvé, ou si la promotion se termine sans répondant.',
  },
  sponsor_identified: {
    en: 'Next (OB 646 step 5): a sponsor is already identified, so there is no promotion. ROC-O contacts the sponsor for the sponsorship undertaking (IMM 1324, IMM 5492 and IMM 5494 if required); you will be told when it is approved.',
    fr: 'Prochaine étape (BO 646, étape 5)\u202f: un répondant est déjà identifié; il n’y a donc pas de promotion. Le COR-O communique avec le répondant pour l’engagement de parrainage (IMM 1324, IMM 5492 et IMM 5494 au besoin); vous serez avisé de son approbation.',
  },
  bvor_sponsor_continues: {
    en: 'Next (OB 646 step 5): BVOR case whose current sponsor continues, so there is no promotion. ROC-O contacts the sponsor for the sponsorship undertaking; you will be told when it is approved.',
    fr: 'Prochaine étape (BO 646, étape 5)\u202f: cas RDBV dont le répondant actuel continue; il n’y a donc pas de promotion. Le COR-O communique avec le répondant pour l’engagement de parrainage; vous serez avisé de son approbation.',
  },
  none: {
    en: 'No further JAS step follows: the client keeps the support they have now.',
    fr: 'Aucune autre étape du PAC ne suit\u202f: le client conserve le soutien qu’il reçoit actuellement.',
  },
};

/** To the local office (OB 646 step 3): IN's decision on the recommendation, and what happens next. */
export function decisionToOffice(context: NoticeContext, data: DecisionToOfficeData): NoticeContent {
  const designated = data.decision === 'designated';
  const decision: BilingualText = designated
    ? { en: 'Designated as JAS', fr: 'Désigné comme cas PAC' }
    : { en: 'JAS designation declined', fr: 'Désignation PAC refusée' };
  return {
    subject: taggedSubject(
      context.case.caseId,
      designated
        ? { en: 'IN designated the case as JAS', fr: 'Le RI a désigné le cas comme PAC' }
        : { en: 'IN declined JAS designation', fr: 'Le RI a refusé la désignation PAC' },
    ),
    body: bilingualBody((_language, say) => [
      {
        paragraph: say({
          en: 'The Resettlement Operations Division, IN, reviewed your recommendation and decided:',
          fr: 'La Division des opérations de réinstallation, RI, a examiné votre recommandation et a décidé\u202f:',
        }),
      },
      {
        facts: [
          ...irccCaseFacts(context, say),
          [say({ en: 'Decision', fr: 'Décision' }), say(decision)],
          [say({ en: 'Reason or comments', fr: 'Motif ou commentaires' }), data.reason.trim() || '—'],
        ],
      },
      { paragraph: say(NEXT[data.next]) },
    ]),
  };
}
