import type { BilingualText } from '../../../kernel/bilingual-text.js';
import { CASE_STATE_NAMES } from '../../domain/case-state-names.js';
import { bilingualBody } from '../bilingual-body.js';
import { irccCaseFacts } from '../case-reference.js';
import { formTitle } from '../form-title.js';
import type { NoticeContent } from '../notice-content.js';
import type { NoticeContext } from '../notice-context.js';
import { taggedSubject } from '../tagged-subject.js';

export interface UnauthorizedMessageToOfficeData {
  /** The From address, as written (it may be forged), or empty when the message had none that could be read. */
  readonly sender: string;
  /** What arrived: forms (a recommendation among them for a client who has a case), or a message. */
  readonly what: 'forms' | 'message';
  /** The forms it carried, by form id. */
  readonly formIds: readonly string[];
  /** Why nothing changed: not a party in the role, a second organization, or not verified. */
  readonly reason: BilingualText;
}

/**
 * To the case's local office: someone who may not change this case sent forms or a message about
 * its client. Nothing changed; the message went to triage. A second organization's recommendation
 * for a client who already has a case arrives this way too: the office settles the conflict.
 */
export function unauthorizedMessageToOffice(
  context: NoticeContext,
  data: UnauthorizedMessageToOfficeData,
): NoticeContent {
  const { state } = context.case;
  const sender = data.sender.trim();
  const forms = data.formIds.map((formId) => formTitle(formId));
  return {
    subject: taggedSubject(context.case.caseId, {
      en:
        data.what === 'forms'
          ? 'Forms for one of your clients, not filed'
          : 'Message about one of your clients, not filed',
      fr:
        data.what === 'forms'
          ? 'Formulaires pour l’un de vos clients, non versés'
          : 'Message au sujet de l’un de vos clients, non versé',
    }),
    body: bilingualBody((_language, say) => [
      {
        paragraph: say({
          en: `${sender || 'An unknown sender'} sent ${data.what === 'forms' ? 'forms' : 'a message'} about the client of this case, but may not change it. Nothing changed: the message went to the triage mailbox, and the attempt is recorded in the case’s history.`,
          fr: `${sender || 'Un expéditeur inconnu'} a envoyé ${data.what === 'forms' ? 'des formulaires' : 'un message'} au sujet du client de ce dossier, mais ne peut pas le modifier. Rien n’a changé : le message a été envoyé à la boîte de triage, et la tentative est consignée dans l’historique du dossier.`,
        }),
      },
      {
        facts: [
          ...irccCaseFacts(context, say),
          [say({ en: 'Sender', fr: 'Expéditeur' }), sender || say({ en: 'unknown', fr: 'inconnu' })],
          ...(forms.length > 0
            ? [
                [say({ en: 'Forms', fr: 'Formulaires' }), forms.map((title) => say(title)).join('; ')] as [
                  string,
                  string,
                ],
              ]
            : []),
          [say({ en: 'Reason', fr: 'Motif' }), say(data.reason)],
          [say({ en: 'The case is currently', fr: 'Le dossier est actuellement' }), say(CASE_STATE_NAMES[state])],
        ],
      },
      {
        paragraph: say({
          en: 'If the sender should act on this case (another organization taking over, a new sponsor), settle it with the parties and have the case’s record updated. If you do not know the sender or the message may be forged, report it to your security contact.',
          fr: 'Si l’expéditeur devrait agir sur ce dossier (un autre organisme qui prend le relais, un nouveau répondant), réglez la question avec les parties et faites mettre à jour le dossier. Si vous ne connaissez pas l’expéditeur ou si le message pourrait être falsifié, signalez-le à votre responsable de la sécurité.',
        }),
      },
    ]),
  };
}
