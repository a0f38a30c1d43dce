import type { BilingualText } from '../../../kernel/bilingual-text.js';
import { CASE_STATE_NAMES } from '../../domain/case-state-names.js';
import { ACTION_DESCRIPTIONS, ACTION_WORDS, type OfficerActionKind } from '../../domain/officer-action.js';
import { bilingualBody } from '../bilingual-body.js';
import type { NoticeContent } from '../notice-content.js';
import type { NoticeContext } from '../notice-context.js';
import { taggedSubject } from '../tagged-subject.js';

export interface ActionRefusedData {
  readonly action: OfficerActionKind;
  /** Why it was not applied, e.g. not allowed in the case's state, or not authorized. */
  readonly reason: BilingualText;
}

/**
 * To the sender of an action that was not applied. The sender may not be entitled to anything in
 * the case, so the notice names the case and its state only, never the client.
 */
export function actionRefused(context: NoticeContext, data: ActionRefusedData): NoticeContent {
  const { caseId, state } = context.case;
  return {
    subject: taggedSubject(caseId, {
      en: `Not applied: ${ACTION_WORDS[data.action].en}`,
      fr: `Non appliquée\u202f: ${ACTION_WORDS[data.action].fr}`,
    }),
    body: bilingualBody((_language, say) => [
      {
        paragraph: say({
          en: `Your request “${ACTION_DESCRIPTIONS[data.action].en}” was not applied: nothing changed in the case file. The refusal is recorded in the case’s history.`,
          fr: `Votre demande « ${ACTION_DESCRIPTIONS[data.action].fr} » n’a pas été appliquée\u202f: rien n’a changé au dossier. Le refus est consigné dans l’historique du dossier.`,
        }),
      },
      {
        facts: [
          [say({ en: 'Case number', fr: 'Numéro de dossier' }), caseId],
          [
            say({ en: 'Action', fr: 'Action' }),
            `${say(ACTION_WORDS[data.action])} (${say(ACTION_DESCRIPTIONS[data.action])})`,
          ],
          [say({ en: 'Reason', fr: 'Motif' }), say(data.reason)],
          [say({ en: 'The case is currently', fr: 'Le dossier est actuellement' }), say(CASE_STATE_NAMES[state])],
        ],
      },
      {
        paragraph: say({
          en: 'If you think this is a mistake, contact the local IRCC office that handles the case.',
          fr: 'Si vous croyez qu’il s’agit d’une erreur, communiquez avec le bureau local d’IRCC chargé du dossier.',
        }),
      },
    ]),
  };
}
