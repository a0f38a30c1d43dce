import type { BilingualText } from '../../../kernel/bilingual-text.js';
import { subjectTag } from '../../domain/case-tag.js';
import type { NoticeBlock, NoticeContent } from '../notice-content.js';
import { actionLinks } from '../reply-links.js';

export interface RoutedToOfficeData {
  readonly caseId: string;
  readonly caseType: 'GAR' | 'BVOR';
  readonly clientName: string;
  readonly uci: string;
  readonly arrivalDate: string;
  readonly receivedOn: string;
  readonly specialProgram?: string;
  readonly sponsorIdentified: boolean;
  readonly submitter: { readonly organization: string; readonly email: string };
  readonly office: BilingualText;
  readonly late: boolean;
  /** Late with neither exceptional circumstances nor a sponsor: not considered unless the office decides to (step 1). */
  readonly lateNotConsidered?: boolean;
  readonly resubmission: boolean;
  /** The pipeline's address: when given, the notice carries reply links to recommend or request information. */
  readonly replyAddress?: string;
}

/**
 * To the local IRCC office handling the case (for a new case, the one its form names): a
 * recommendation to review (step 2 of OB 646).
 */
export function routedToOffice(data: RoutedToOfficeData): NoticeContent {
  const tag = subjectTag(data.caseId);
  const yesNo = (value: boolean, language: 'en' | 'fr') =>
    value ? (language === 'en' ? 'Yes' : 'Oui') : language === 'en' ? 'No' : 'Non';
  const links = (language: 'en' | 'fr'): NoticeBlock[] =>
    data.replyAddress
      ? actionLinks(
          data.replyAddress,
          data.caseId,
          language,
          data.lateNotConsidered
            ? [{ kind: 'CONSIDER_LATE', bodyHint: { en: 'Reason: ', fr: 'Raison\u202f: ' } }]
            : ['RECOMMEND', { kind: 'REQUEST_INFO', bodyHint: { en: 'Question: ', fr: 'Question\u202f: ' } }],
        )
      : [];
  const lateNote: BilingualText = data.lateNotConsidered
    ? {
        en: 'Late, with no exceptional circumstances and no sponsor: received more than 8 months after arrival. OB 646 step 1 says such a form is not considered unless the office decides to. To consider it, reply CONSIDER LATE FORM with your reason; until then the review cannot start. The SPO was told the office decides.',
        fr: 'En retard, sans circonstances exceptionnelles ni répondant\u202f: reçu plus de 8 mois après l’arrivée. Selon l’étape 1 du BO 646, un tel formulaire n’est pas examiné à moins que le bureau ne le décide. Pour l’examiner, répondez EXAMINER LE FORMULAIRE TARDIF avec votre raison; d’ici là, l’examen ne peut commencer. Le FS a été avisé que le bureau décide.',
      }
    : {
        en: 'Late: received more than 8 months after arrival. Accepted for consideration because exceptional circumstances are stated or a sponsor is identified.',
        fr: 'En retard\u202f: reçu plus de 8 mois après l’arrivée. Accepté pour examen parce que des circonstances exceptionnelles sont indiquées ou qu’un répondant est identifié.',
      };
  return {
    subject: {
      en: `${tag} JAS recommendation to review${data.resubmission ? ' (updated)' : ''}`,
      fr: `${tag} Recommandation PAC à examiner${data.resubmission ? ' (mise à jour)' : ''}`,
    },
    body: {
      en: [
        { paragraph: `A JAS In-Canada Recommendation Form for ${data.office.en} arrived; the form is attached.` },
        {
          facts: [
            ['Case number', data.caseId],
            ['Case type', data.caseType],
            ['Client', data.clientName],
            ['UCI', data.uci],
            ['Arrival in Canada', data.arrivalDate],
            ['Form received on', data.receivedOn],
            ['Special program', data.specialProgram ?? '—'],
            ['Sponsor identified', yesNo(data.sponsorIdentified, 'en')],
            ['Submitted by', `${data.submitter.organization} <${data.submitter.email}>`],
          ],
        },
        ...(data.late ? [{ paragraph: lateNote.en }] : []),
        { paragraph: `Reply with ${tag} in the subject to act on this case.` },
        ...links('en'),
      ],
      fr: [
        {
          paragraph: `Un formulaire de recommandation PAC au Canada destiné à ${data.office.fr} est arrivé; le formulaire est joint.`,
        },
        {
          facts: [
            ['Numéro de dossier', data.caseId],
            ['Type de cas', data.caseType === 'GAR' ? 'RPG' : 'RDBV'],
            ['Client', data.clientName],
            ['IUC', data.uci],
            ['Arrivée au Canada', data.arrivalDate],
            ['Formulaire reçu le', data.receivedOn],
            ['Programme spécial', data.specialProgram ?? '—'],
            ['Répondant identifié', yesNo(data.sponsorIdentified, 'fr')],
            ['Soumis par', `${data.submitter.organization} <${data.submitter.email}>`],
          ],
        },
        ...(data.late ? [{ paragraph: lateNote.fr }] : []),
        { paragraph: `Répondez avec ${tag} dans l’objet pour agir sur ce dossier.` },
        ...links('fr'),
      ],
    },
  };
}
