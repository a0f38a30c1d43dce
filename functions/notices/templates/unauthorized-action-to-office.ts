import type { BilingualText } from '../../../kernel/bilingual-text.js';
import { CASE_STATE_NAMES } from '../../domain/case-state-names.js';
import { ACTION_DESCRIPTIONS, ACTION_WORDS, type OfficerActionKind } from '../../domain/officer-action.js';
import { bilingualBody } from '../bilingual-body.js';
import { irccCaseFacts } from '../case-reference.js';
import type { NoticeContent } from '../notice-content.js';
import type { NoticeContext } from '../notice-context.js';
import { taggedSubject } from '../tagged-subject.js';

export interface UnauthorizedActionToOfficeData {
  /** The address the action came from. */
  readonly sender: string;
  readonly action: OfficerActionKind;
  /** Why it was refused: not authorized, or the sender could not be verified. */
  readonly reason: BilingualText;
}

/** To the case's local office: someone tried an action on the case and it was refused. */
export function unauthorizedActionToOffice(
  context: NoticeContext,
  data: UnauthorizedActionToOfficeData,
): NoticeContent {
  const { caseId, state } = context.case;
  return {
    subject: taggedSubject(caseId, {
      en: `Refused: ${ACTION_WORDS[data.action].en}`,
      fr: `Refusée\u202f: ${ACTION_WORDS[data.action].fr}`,
    }),
    body: bilingualBody((_language, say) => [
      {
        paragraph: say({
          en: `${data.sender} tried to act on this case (“${ACTION_DESCRIPTIONS[data.action].en}”). The action was refused and nothing changed; the attempt is recorded in the case’s history.`,
          fr: `${data.sender} a tenté d’agir sur ce dossier (« ${ACTION_DESCRIPTIONS[data.action].fr} »). L’action a été refusée et rien n’a changé; la tentative est consignée dans l’historique du dossier.`,
        }),
      },
      {
        facts: [
          ...irccCaseFacts(context, say),
          [say({ en: 'Sender', fr: 'Expéditeur' }), data.sender],
          [say({ en: 'Action', fr: 'Action' }), say(ACTION_WORDS[data.action])],
          [say({ en: 'Reason', fr: 'Motif' }), say(data.reason)],
          [say({ en: 'The case is currently', fr: 'Le dossier est actuellement' }), say(CASE_STATE_NAMES[state])],
        ],
      },
      {
        paragraph: say({
          en: 'If this person should be able to take this action, ask for the office directory to be updated. If you do not know the sender or the message may be forged, report it to your security contact.',
          fr: 'Si cette personne devrait pouvoir effectuer cette action, demandez la mise à jour du répertoire des bureaux. Si vous ne connaissez pas l’expéditeur ou si le message pourrait être falsifié, signalez-le à votre responsable de la sécurité.',
        }),
      },
    ]),
  };
}
