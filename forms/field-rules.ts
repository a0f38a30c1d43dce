import type { BilingualText } from '../kernel/bilingual-text.js';

/**
 * The wording of every field-level rule, in both languages, so that per-field validation and
 * form rules say the same thing the same way. Each entry completes a sentence that starts with the
 * field's label (see `fieldProblem`).
 */
export const RULES = {
  REQUIRED: { en: 'is required.', fr: 'est obligatoire.' },
  requiredWhen: (condition: BilingualText): BilingualText => ({
    en: `is required when ${condition.en}.`,
    fr: `est obligatoire lorsque ${condition.fr}.`,
  }),
  tooLong: (maxLength: number): BilingualText => ({
    en: `must be at most ${maxLength} characters long.`,
    fr: `doit compter au plus ${maxLength} caractères.`,
  }),
  INVALID_DATE: {
    en: 'must be a real calendar date written YYYY-MM-DD (for example 2026-03-31).',
    fr: 'doit être une date réelle écrite AAAA-MM-JJ (par exemple 2026-03-31).',
  },
  DATE_IN_FUTURE: {
    en: 'cannot be later than the date the form was received.',
    fr: 'ne peut pas être postérieure à la date de réception du formulaire.',
  },
  dateBefore: (other: BilingualText): BilingualText => ({
    en: `cannot be earlier than “${other.en}”.`,
    fr: `ne peut pas être antérieure à « ${other.fr} ».`,
  }),
  INVALID_UCI: {
    en: 'must be a Unique Client Identifier of 8 or 10 digits (spaces and hyphens allowed).',
    fr: 'doit être un identificateur unique de client de 8 ou 10 chiffres (espaces et traits d’union permis).',
  },
  INVALID_EMAIL: {
    en: 'must be an email address such as name@example.ca.',
    fr: 'doit être une adresse courriel comme nom@exemple.ca.',
  },
  INVALID_PHONE: {
    en: 'must be a phone number of 10 to 15 digits, with an optional extension (for example 416-555-0123 ext. 12).',
    fr: 'doit être un numéro de téléphone de 10 à 15 chiffres, avec un poste facultatif (par exemple 416-555-0123 poste 12).',
  },
  INVALID_NAME: {
    en: 'may contain only letters, spaces, hyphens, apostrophes and periods.',
    fr: 'ne peut contenir que des lettres, des espaces, des traits d’union, des apostrophes et des points.',
  },
  INVALID_OPTION: {
    en: 'must be one of the choices offered on the form.',
    fr: 'doit être l’un des choix offerts sur le formulaire.',
  },
  INVALID_NUMBER: { en: 'must be a whole number.', fr: 'doit être un nombre entier.' },
  numberOutOfRange: (min: number, max: number): BilingualText => ({
    en: `must be between ${min} and ${max}.`,
    fr: `doit être entre ${min} et ${max}.`,
  }),
  MUST_BE_CHECKED: { en: 'must be checked.', fr: 'doit être cochée.' },
  notApplicable: (condition: BilingualText): BilingualText => ({
    en: `applies only when ${condition.en}; the answer was ignored.`,
    fr: `s’applique seulement lorsque ${condition.fr}; la réponse a été ignorée.`,
  }),
  FIELD_UNREADABLE: {
    en: 'could not be read from the PDF (the field is damaged). Please fill it in again and resend the form.',
    fr: 'n’a pas pu être lu dans le PDF (le champ est endommagé). Veuillez le remplir de nouveau et renvoyer le formulaire.',
  },
  XFA_ACROFORM_MISMATCH: {
    en: 'holds two different values in the PDF (XFA data and form field); the form field value was used.',
    fr: 'contient deux valeurs différentes dans le PDF (données XFA et champ de formulaire); la valeur du champ de formulaire a été retenue.',
  },
} as const;
