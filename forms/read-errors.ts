import type { BilingualText } from '../kernel/bilingual-text.js';
import { FormReadError } from './form-read-error.js';

/**
 * The whole-document problems a PDF can have, each with a stable code and what the sender is
 * told. They name forms, versions and limits, never a value read from the document.
 */
export const FORM_READ_ERROR_CODES = [
  'NOT_A_PDF',
  'PDF_TOO_LARGE',
  'PDF_ENCRYPTED',
  'PDF_RIGHTS_MANAGED',
  'PDF_CORRUPT',
  'PDF_TOO_COMPLEX',
  'PDF_NOT_READ',
  'PDF_NO_FIELDS',
  'FORM_UNKNOWN',
  'FORM_OUTDATED',
] as const;

export type FormReadErrorCode = (typeof FORM_READ_ERROR_CODES)[number];

function formReadError(code: FormReadErrorCode, explanation: BilingualText, cause?: unknown): FormReadError {
  return new FormReadError(code, explanation, cause === undefined ? undefined : { cause });
}

function megabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10}`;
}

/** The attachment does not start like a PDF. */
export function notAPdf(): FormReadError {
  return formReadError('NOT_A_PDF', {
    en: 'The attachment is not a PDF file. Please send the form as a fillable PDF.',
    fr: 'La pièce jointe n’est pas un fichier PDF. Veuillez envoyer le formulaire en PDF remplissable.',
  });
}

/** The PDF is larger than the configured limit. */
export function pdfTooLarge(sizeBytes: number, maxBytes: number): FormReadError {
  return formReadError('PDF_TOO_LARGE', {
    en: `The PDF is ${megabytes(sizeBytes)} MB, over the limit of ${megabytes(maxBytes)} MB per PDF. Please send the form without scanned attachments inside it.`,
    fr: `Le PDF fait ${megabytes(sizeBytes).replace('.', ',')} Mo, au-delà de la limite de ${megabytes(maxBytes).replace('.', ',')} Mo par PDF. Veuillez envoyer le formulaire sans documents numérisés à l’intérieur.`,
  });
}

/** The PDF is small but its compressed contents expand past the bound (a "PDF bomb"). */
export function pdfExpandsTooFar(expandedLimitBytes: number): FormReadError {
  return formReadError('PDF_TOO_LARGE', {
    en: `The PDF's contents expand to more than ${megabytes(expandedLimitBytes)} MB when opened, which no form does. Please send the fillable form itself.`,
    fr: `Le contenu du PDF dépasse ${megabytes(expandedLimitBytes).replace('.', ',')} Mo une fois ouvert, ce qu’aucun formulaire ne fait. Veuillez envoyer le formulaire remplissable lui-même.`,
  });
}

/** The PDF needs a password we do not have. */
export function pdfEncrypted(cause?: unknown): FormReadError {
  return formReadError(
    'PDF_ENCRYPTED',
    {
      en: 'The PDF is protected by a password. Please send it again without a password to open it.',
      fr: 'Le PDF est protégé par un mot de passe. Veuillez le renvoyer sans mot de passe d’ouverture.',
    },
    cause,
  );
}

/**
 * The PDF is protected by rights management (Microsoft Purview / Azure Information Protection,
 * Adobe LiveCycle Rights Management): only readers the protection names can open it, with keys
 * from its service. `system` names the protection found.
 */
export function pdfRightsManaged(system: string): FormReadError {
  return formReadError('PDF_RIGHTS_MANAGED', {
    en: `The PDF is protected by rights management (${system}), which only the people it names can open; this service cannot. Please remove the protection (in Microsoft Office, the sensitivity label or "Restrict access" that encrypts the file) and send the fillable form again.`,
    fr: `Le PDF est protégé par une gestion des droits (${system}), que seules les personnes qu’elle désigne peuvent ouvrir; ce service ne le peut pas. Veuillez retirer la protection (dans Microsoft Office, l’étiquette de confidentialité ou « Restreindre l’accès » qui chiffre le fichier) et renvoyer le formulaire remplissable.`,
  });
}

/**
 * Reading the PDF ran past the time or the memory one message's forms may take, or the objects one
 * PDF may hold: a form reads in a fraction of a second, so this one is damaged or built to exhaust the reader.
 */
export function pdfTooComplex(
  limit: { readonly seconds: number } | { readonly memoryMb: number } | { readonly objects: number },
): FormReadError {
  const [en, fr] =
    'seconds' in limit
      ? [`reading it took more than ${limit.seconds} seconds`, `sa lecture a demandé plus de ${limit.seconds} secondes`]
      : 'memoryMb' in limit
        ? [
            `reading it took more than ${limit.memoryMb} MB of memory`,
            `sa lecture a demandé plus de ${limit.memoryMb} Mo de mémoire`,
          ]
        : [
            `it holds more than ${limit.objects.toLocaleString('en-CA')} objects`,
            `il contient plus de ${limit.objects.toLocaleString('fr-CA')} objets`,
          ];
  return formReadError('PDF_TOO_COMPLEX', {
    en: `The PDF could not be read: ${en}, which no form needs. It may be damaged; please save the form again and resend it.`,
    fr: `Le PDF n’a pas pu être lu\u202f: ${fr}, ce qu’aucun formulaire n’exige. Il est peut-être endommagé; veuillez enregistrer le formulaire de nouveau et le renvoyer.`,
  });
}

/** Other PDFs of the same message used up the time its forms may take to read, before this one's turn. */
export function pdfNotReadInTime(seconds: number): FormReadError {
  return formReadError('PDF_NOT_READ', {
    en: `The PDF was not read: the other PDFs of the message took all of the ${seconds} seconds allowed for reading one message's forms. Please send this form again in a message of its own.`,
    fr: `Le PDF n’a pas été lu\u202f: les autres PDF du message ont pris la totalité des ${seconds} secondes prévues pour lire les formulaires d’un message. Veuillez renvoyer ce formulaire dans un message distinct.`,
  });
}

/** The PDF is truncated or damaged beyond reading. */
export function pdfCorrupt(cause?: unknown): FormReadError {
  return formReadError(
    'PDF_CORRUPT',
    {
      en: 'The PDF is damaged or incomplete and cannot be read. Please save the form again and resend it.',
      fr: 'Le PDF est endommagé ou incomplet et ne peut pas être lu. Veuillez enregistrer le formulaire de nouveau et le renvoyer.',
    },
    cause,
  );
}

/** The PDF has no form fields: flattened, printed to PDF or scanned. */
export function pdfNoFields(formTitle?: BilingualText): FormReadError {
  const en = formTitle ? ` (${formTitle.en})` : '';
  const fr = formTitle ? ` (${formTitle.fr})` : '';
  return formReadError('PDF_NO_FIELDS', {
    en: `The PDF${en} has no fillable fields left: it was flattened, printed to PDF or scanned. Please fill in the fillable form and send that file.`,
    fr: `Le PDF${fr} n’a plus de champs remplissables\u202f: il a été aplati, imprimé en PDF ou numérisé. Veuillez remplir le formulaire remplissable et envoyer ce fichier.`,
  });
}

/** The PDF is a form, but not one of ours (or a version of ours this system does not know). */
export function formUnknown(detail?: BilingualText): FormReadError {
  return formReadError('FORM_UNKNOWN', {
    en: `The PDF is not one of the forms this service reads${detail ? ` (${detail.en})` : ''}. Please use the current fillable form.`,
    fr: `Le PDF n’est pas l’un des formulaires que ce service lit${detail ? ` (${detail.fr})` : ''}. Veuillez utiliser le formulaire remplissable en vigueur.`,
  });
}

/** The PDF is an older version of one of our forms. */
export function formOutdated(title: BilingualText, foundVersion: string, currentVersion: string): FormReadError {
  return formReadError('FORM_OUTDATED', {
    en: `The form "${title.en}" is version ${foundVersion}, which is no longer accepted. Please fill in the current version, ${currentVersion}.`,
    fr: `Le formulaire « ${title.fr} » est la version ${foundVersion}, qui n’est plus acceptée. Veuillez remplir la version en vigueur, ${currentVersion}.`,
  });
}
