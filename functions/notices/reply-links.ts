import type { BilingualText } from '../../kernel/bilingual-text.js';
import { TERMS } from '../../kernel/glossary.js';
import { subjectTag } from '../domain/case-tag.js';
import { ACTION_DESCRIPTIONS, actionSubject, bareAddress, type OfficerActionKind } from '../domain/officer-action.js';
import type { Language } from './bilingual-body.js';
import type { NoticeBlock } from './notice-content.js';

/** An action offered to the reader, with what to write in the reply's body to start it off. */
export interface OfferedAction {
  readonly kind: OfficerActionKind;
  /** Pre-filled body, in each language: e.g. the shape of the sponsor the action expects. */
  readonly bodyHint?: BilingualText;
}

/**
 * The reply links for the actions the reader may take next, each titled with the action's
 * description, then how to use them: one action per message, the case tag kept.
 */
export function actionLinks(
  replyAddress: string,
  caseId: string,
  language: Language,
  offered: readonly (OfferedAction | OfficerActionKind)[],
): NoticeBlock[] {
  const actions = offered.map((entry) => (typeof entry === 'string' ? { kind: entry } : entry));
  const tag = subjectTag(caseId);
  const intro: BilingualText =
    actions.length === 1
      ? {
          en: `To act on this case, use this link: it opens a message to the ${TERMS.service.en} with ${tag} and the action already in the subject. Write any note in the message.`,
          fr: `Pour agir sur ce dossier, utilisez ce lien\u202f: il ouvre un message au ${TERMS.service.fr} avec ${tag} et l’action déjà dans l’objet. Écrivez toute note dans le message.`,
        }
      : {
          en: `To act on this case, use one of these links: each opens a message to the ${TERMS.service.en} with ${tag} and the action already in the subject. One action per message; write any note in the message.`,
          fr: `Pour agir sur ce dossier, utilisez l’un de ces liens\u202f: chacun ouvre un message au ${TERMS.service.fr} avec ${tag} et l’action déjà dans l’objet. Une action par message; écrivez toute note dans le message.`,
        };
  return [
    { paragraph: intro[language] },
    {
      actions: actions.map(({ kind, bodyHint }) => ({
        text: ACTION_DESCRIPTIONS[kind][language],
        mail: {
          to: bareAddress(replyAddress),
          subject: actionSubject(caseId, kind, language),
          ...(bodyHint && { body: bodyHint[language] }),
        },
      })),
    },
  ];
}

/** A link for a plain reply (no action): the service's address and the tagged subject. */
export function plainReplyLink(
  replyAddress: string,
  caseId: string,
  language: Language,
  subject: BilingualText,
  text: BilingualText,
): NoticeBlock {
  return {
    link: {
      text: text[language],
      mail: { to: bareAddress(replyAddress), subject: `${subjectTag(caseId)} ${subject[language]}` },
    },
  };
}
