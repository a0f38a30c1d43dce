import type { BilingualText } from '../../kernel/bilingual-text.js';

/**
 * How a notice carries the message it is about: attached when it fits what SES can send, or, when
 * it is too large, named (key, size) with a link that downloads it for a while.
 */
export type OriginalCarriage =
  | { readonly attached: true }
  | {
      readonly attached: false;
      readonly messageKey: string;
      readonly sizeBytes: number;
      readonly limitBytes: number;
      readonly link: string;
      readonly linkValidHours: number;
    };

function megabytes(bytes: number, language: 'en' | 'fr'): string {
  const value = `${Math.round((bytes / (1024 * 1024)) * 10) / 10}`;
  return language === 'fr' ? `${value.replace('.', ',')} Mo` : `${value} MB`;
}

/** The sentence that says where the original is, in both languages. */
export function whereTheOriginalIs(carriage: OriginalCarriage): BilingualText {
  if (carriage.attached) return { en: 'The original message is attached.', fr: 'Le message original est joint.' };
  const { sizeBytes, limitBytes, messageKey, linkValidHours } = carriage;
  return {
    en: `The original message is not attached: it is ${megabytes(sizeBytes, 'en')}, over the ${megabytes(limitBytes, 'en')} a notice can carry (SES sends at most 40 MB once encoded). It is stored under ${messageKey}; the link below downloads it for ${linkValidHours} hours.`,
    fr: `Le message original n’est pas joint\u202f: il fait ${megabytes(sizeBytes, 'fr')}, au-delà des ${megabytes(limitBytes, 'fr')} qu’un avis peut transporter (SES envoie au plus 40 Mo une fois encodé). Il est conservé sous ${messageKey}; le lien ci-dessous permet de le télécharger pendant ${linkValidHours} heures.`,
  };
}

/** The fact row with the download link, when the original could not be attached. */
export function originalLinkFact(
  carriage: OriginalCarriage | undefined,
  say: (text: BilingualText) => string,
): (readonly [string, string])[] {
  if (!carriage || carriage.attached) return [];
  const label = say({
    en: `Download (valid ${carriage.linkValidHours} hours)`,
    fr: `Téléchargement (valide ${carriage.linkValidHours} heures)`,
  });
  return [[label, carriage.link]];
}
