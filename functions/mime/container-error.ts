import { JasError } from '../../kernel/jas-error.js';

/**
 * A container in a message (winmail.dat, S/MIME, zip, Outlook item) that could not be opened.
 * Each says why and what the sender should send instead: the PDF form itself, as an attachment.
 */
export class ContainerError extends JasError {
  override readonly name = 'ContainerError';
}

const SEND_THE_PDF = {
  en: 'Please attach the fillable PDF form itself to a plain email.',
  fr: 'Veuillez joindre le formulaire PDF remplissable lui-même à un courriel ordinaire.',
};

/** Outlook's winmail.dat is damaged or not TNEF. */
export function tnefUnreadable(cause?: unknown): ContainerError {
  return new ContainerError(
    'TNEF_UNREADABLE',
    {
      en: `Outlook sent the attachments packed in "winmail.dat", and that file is damaged. In Outlook, choose HTML or plain text as the message format and send again. ${SEND_THE_PDF.en}`,
      fr: `Outlook a envoyé les pièces jointes regroupées dans « winmail.dat », et ce fichier est endommagé. Dans Outlook, choisissez le format HTML ou texte brut et renvoyez le message. ${SEND_THE_PDF.fr}`,
    },
    { cause },
  );
}

/** An S/MIME message encrypted to someone: only its recipients' private keys open it. */
export function smimeEncrypted(): ContainerError {
  return new ContainerError('SMIME_ENCRYPTED', {
    en: 'The message is encrypted with S/MIME, which only the holder of the recipient’s private key can open; this service has none. Please send it again without encryption (a digital signature is fine: mail to this service travels over TLS).',
    fr: 'Le message est chiffré avec S/MIME, que seul le détenteur de la clé privée du destinataire peut ouvrir; ce service n’en a pas. Veuillez le renvoyer sans chiffrement (une signature numérique convient : le courriel vers ce service passe par TLS).',
  });
}

/** An S/MIME blob that is not CMS, or a signature without its content. */
export function smimeUnreadable(cause?: unknown): ContainerError {
  return new ContainerError(
    'SMIME_UNREADABLE',
    {
      en: `The S/MIME part of the message is damaged or holds no content. ${SEND_THE_PDF.en}`,
      fr: `La partie S/MIME du message est endommagée ou ne contient rien. ${SEND_THE_PDF.fr}`,
    },
    { cause },
  );
}

/** A zip archive whose entries need a password. */
export function zipEncrypted(): ContainerError {
  return new ContainerError('ZIP_ENCRYPTED', {
    en: 'The zip archive is protected by a password, which this service does not have. Please attach the PDF form itself, or a zip archive without a password.',
    fr: 'L’archive zip est protégée par un mot de passe, que ce service n’a pas. Veuillez joindre le formulaire PDF lui-même, ou une archive zip sans mot de passe.',
  });
}

/** A zip archive that is damaged, or compressed with a method other than deflate. */
export function zipUnreadable(cause?: unknown): ContainerError {
  return new ContainerError(
    'ZIP_UNREADABLE',
    {
      en: `The zip archive is damaged or uses a compression this service does not read (it reads the usual "deflate"). ${SEND_THE_PDF.en}`,
      fr: `L’archive zip est endommagée ou utilise une compression que ce service ne lit pas (il lit la compression habituelle « deflate »). ${SEND_THE_PDF.fr}`,
    },
    { cause },
  );
}

/** A zip archive that expands past the decoding budget (a "zip bomb", or far more than forms). */
export function zipTooLarge(limitBytes: number, cause?: unknown): ContainerError {
  const megabytes = Math.round((limitBytes / (1024 * 1024)) * 10) / 10;
  return new ContainerError(
    'ZIP_TOO_LARGE',
    {
      en: `The zip archive expands to more than ${megabytes} MB, far more than forms take. ${SEND_THE_PDF.en}`,
      fr: `L’archive zip dépasse ${String(megabytes).replace('.', ',')} Mo une fois décompressée, bien plus que des formulaires. ${SEND_THE_PDF.fr}`,
    },
    { cause },
  );
}

/**
 * An Outlook item (.msg) attached as a file: a whole email saved in Outlook's own format, which this
 * service does not open. What it carries reaches the service when the email itself is forwarded
 * (Outlook then sends its attachments along), or when the PDF is saved out of it and attached.
 */
export function outlookItem(): ContainerError {
  return new ContainerError('OUTLOOK_ITEM', {
    en: 'This is an Outlook item (.msg file): an email saved in Outlook’s own format, which this service does not open, so no form inside it was read. Open it in Outlook and either forward it with Forward (not “Forward as Attachment”), which sends its attachments along, or save the PDF form it carries and attach that PDF to a new email.',
    fr: 'Il s’agit d’un élément Outlook (fichier .msg)\u202f: un courriel enregistré dans le format propre à Outlook, que ce service n’ouvre pas; aucun formulaire qu’il contient n’a donc été lu. Ouvrez-le dans Outlook, puis transférez-le avec Transférer (et non « Transférer en tant que pièce jointe »), qui envoie ses pièces jointes avec lui, ou enregistrez le formulaire PDF qu’il contient et joignez ce PDF à un nouveau courriel.',
  });
}

/** Containers nested deeper than mail people write. */
export function nestedTooDeeply(): ContainerError {
  return new ContainerError('CONTAINER_TOO_DEEP', {
    en: `The attachments are packed inside each other too many times to be opened. ${SEND_THE_PDF.en}`,
    fr: `Les pièces jointes sont imbriquées les unes dans les autres trop de fois pour être ouvertes. ${SEND_THE_PDF.fr}`,
  });
}
