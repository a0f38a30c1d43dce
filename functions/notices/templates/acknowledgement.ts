import type { BilingualText } from '../../../kernel/bilingual-text.js';
import { subjectTag } from '../../domain/case-tag.js';
import type { NoticeContent } from '../notice-content.js';

export interface AcknowledgementData {
  readonly caseId: string;
  readonly formTitle: BilingualText;
  readonly fileName: string;
  readonly receivedOn: string;
  /** Only the last digits: the acknowledgement travels by ordinary email. */
  readonly uciLastDigits: string;
  readonly office: BilingualText;
  readonly late: boolean;
  /** Late with neither exceptional circumstances nor a sponsor: the office decides whether to consider it (step 1). */
  readonly lateNotConsidered?: boolean;
}

/** To the SPO or sponsoring group: the form arrived, this is its case number. */
export function acknowledgement(data: AcknowledgementData): NoticeContent {
  const tag = subjectTag(data.caseId);
  return {
    subject: {
      en: `${tag} Received`,
      fr: `${tag} Reçu`,
    },
    body: {
      en: [
        { paragraph: `We received your JAS In-Canada Recommendation Form and opened case ${data.caseId}.` },
        {
          facts: [
            ['Case number', data.caseId],
            ['Form', `${data.formTitle.en} (${data.fileName})`],
            ['Received on', data.receivedOn],
            ['Client UCI ending in', data.uciLastDigits],
            ['Sent for review to', data.office.en],
          ],
        },
        ...(data.lateNotConsidered
          ? [
              {
                paragraph:
                  'The form arrived more than 8 months after the client’s arrival in Canada, and states no exceptional circumstances and no sponsor. OB 646 (step 1) says such a form is not considered unless the local IRCC office decides to: the office has it and decides; you will be told.',
              },
            ]
          : data.late
            ? [
                {
                  paragraph:
                    'The form arrived more than 8 months after the client’s arrival in Canada. It was accepted because exceptional circumstances are stated or a sponsor is identified; the office will consider them.',
                },
              ]
            : []),
        { paragraph: `Keep ${tag} in the subject of every message about this case, so it reaches the case file.` },
      ],
      fr: [
        {
          paragraph: `Nous avons reçu votre formulaire de recommandation PAC au Canada et ouvert le dossier ${data.caseId}.`,
        },
        {
          facts: [
            ['Numéro de dossier', data.caseId],
            ['Formulaire', `${data.formTitle.fr} (${data.fileName})`],
            ['Reçu le', data.receivedOn],
            ['IUC du client se terminant par', data.uciLastDigits],
            ['Transmis pour examen à', data.office.fr],
          ],
        },
        ...(data.lateNotConsidered
          ? [
              {
                paragraph:
                  'Le formulaire est arrivé plus de 8 mois après l’arrivée du client au Canada, sans circonstances exceptionnelles ni répondant. Selon le BO 646 (étape 1), un tel formulaire n’est pas examiné à moins que le bureau local d’IRCC ne le décide : le bureau l’a reçu et décidera; vous en serez avisé.',
              },
            ]
          : data.late
            ? [
                {
                  paragraph:
                    'Le formulaire est arrivé plus de 8 mois après l’arrivée du client au Canada. Il a été accepté parce que des circonstances exceptionnelles sont indiquées ou qu’un répondant est identifié; le bureau en tiendra compte.',
                },
              ]
            : []),
        {
          paragraph: `Gardez ${tag} dans l’objet de chaque message au sujet de ce dossier, afin qu’il soit versé au dossier.`,
        },
      ],
    },
  };
}
