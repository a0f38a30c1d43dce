import type { BilingualText } from '../../kernel/bilingual-text.js';
import { subjectTag } from '../domain/case-tag.js';
import { ACTION_DESCRIPTIONS, actionLink, bareAddress, type OfficerActionKind } from '../domain/officer-action.js';
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
          en: `To act on this case, use this link: it opens a message to the pipeline with ${tag} and the action already in the subject. Write any note in the message.`,
          fr: `Pour agir sur ce dossier, utilisez ce lien : il ouvre un message au pipeline avec ${tag} et l’action déjà dans l’objet. Écrivez toute note dans le message.`,
        }
      : {
          en: `To act on this case, use one of these links: each opens a message to the pipeline with ${tag} and the action already in the subject. One action per message; write any note in the message.`,
          fr: `Pour agir sur ce dossier, utilisez l’un de ces liens : chacun ouvre un message au pipeline avec ${tag} et l’action déjà dans l’objet. Une action par message; écrivez toute note dans le message.`,
        };
  return [
    { paragraph: intro[language] },
    {
      actions: actions.map(({ kind, bodyHint }) => ({
        href: actionLink(replyAddress, caseId, kind, bodyHint?.[language]),
        text: ACTION_DESCRIPTIONS[kind][language],
      })),
    },
  ];
}

/** A mailto: link for a plain reply (no action): the pipeline's address and the tagged subject. */
export function plainReplyLink(
  replyAddress: string,
  caseId: string,
  language: Language,
  subject: BilingualText,
  text: BilingualText,
): NoticeBlock {
  const tagged = `${subjectTag(caseId)} ${subject[language]}`;
  return {
    link: {
      href: `mailto:${encodeURIComponent(bareAddress(replyAddress)).replace('%40', '@')}?subject=${encodeURIComponent(tagged)}`,
      text: text[language],
    },
  };
}
