import { bilingualBody } from '../bilingual-body.js';
import type { ProfileFact } from '../deidentified-profile.js';
import type { NoticeContent } from '../notice-content.js';
import type { NoticeContext } from '../notice-context.js';
import { actionLinks } from '../reply-links.js';
import { keepTagSentence, taggedSubject } from '../tagged-subject.js';

export interface ProfileForApprovalData {
  /** Promotion starts (YYYY-MM-DD). */
  readonly startedOn: string;
  /** And ends at the latest, 4 calendar months later (YYYY-MM-DD). */
  readonly endsBy: string;
  /** The profile's lines (see `deidentifiedProfile`, `releasedProfile`). */
  readonly profile: readonly ProfileFact[];
}

/**
 * To ROC-O (OB 646 step 5: "ROC-O creates the profile to be shared with the sponsorship agreement
 * holder community"): the draft de-identified profile, attached as a fillable PDF and summarized,
 * to check before RSTP shares it. Nothing goes to RSTP until ROC-O replies APPROVE PROFILE, or
 * sends the PDF back corrected.
 */
export function profileForApproval(context: NoticeContext, data: ProfileForApprovalData): NoticeContent {
  const { caseId } = context.case;
  return {
    subject: taggedSubject(caseId, { en: 'Profile to approve', fr: 'Profil à approuver' }),
    body: bilingualBody((language, say) => [
      {
        paragraph: say({
          en: `The case is designated and needs a sponsor: promotion runs from ${data.startedOn} until ${data.endsBy} at the latest. Before RSTP shares it with the sponsorship community, check the de-identified profile attached (PDF), summarized here: it must name no one and give no address, contact or date of birth.`,
          fr: `Le cas est désigné et a besoin d’un répondant\u202f: la promotion se déroule du ${data.startedOn} jusqu’au ${data.endsBy} au plus tard. Avant que le PFPR le communique aux répondants, vérifiez le profil dépersonnalisé joint (PDF), résumé ici\u202f: il ne doit nommer personne ni donner d’adresse, de coordonnées ou de date de naissance.`,
        }),
      },
      {
        facts: data.profile.map(
          ([label, value]) => [label[language], typeof value === 'string' ? value : value[language]] as const,
        ),
      },
      {
        paragraph: say({
          en: 'It goes to RSTP, with the request to start promotion, only when you approve it. To correct it instead, edit the fields of the attached PDF (a fillable form) and send it back in a reply to this message: RSTP then gets your version, once the pipeline has checked that it names no one and holds no address, phone number, email or date of anyone.',
          fr: 'Il est transmis au PFPR, avec la demande de commencer la promotion, seulement lorsque vous l’approuvez. Pour plutôt le corriger, modifiez les champs du PDF joint (un formulaire à remplir) et renvoyez-le en réponse à ce message\u202f: le PFPR reçoit alors votre version, une fois vérifié qu’elle ne nomme personne et ne contient ni adresse, ni numéro de téléphone, ni courriel, ni date de quiconque.',
        }),
      },
      ...actionLinks(context.replyAddress, caseId, language, ['APPROVE_PROFILE']),
      { paragraph: say(keepTagSentence(caseId)) },
    ]),
  };
}
