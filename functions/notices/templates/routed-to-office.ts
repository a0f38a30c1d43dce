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
  readonly resubmission: boolean;
  /** The pipeline's address: when given, the notice carries reply links to recommend or request information. */
  readonly replyAddress?: string;
}

/** To the local IRCC office named on the form: a recommendation to review (step 2 of OB 646). */
export function routedToOffice(data: RoutedToOfficeData): NoticeContent {
  const tag = subjectTag(data.caseId);
  const yesNo = (value: boolean, language: 'en' | 'fr') =>
    value ? (language === 'en' ? 'Yes' : 'Oui') : language === 'en' ? 'No' : 'Non';
  const links = (language: 'en' | 'fr'): NoticeBlock[] =>
    data.replyAddress
      ? actionLinks(data.replyAddress, data.caseId, language, [
          'RECOMMEND',
          { kind: 'REQUEST_INFO', bodyHint: { en: 'Question: ', fr: 'Question\u202f: ' } },
        ])
      : [];
  const lateNote: BilingualText = {
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
