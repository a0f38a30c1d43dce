import type { BilingualText } from '../../kernel/bilingual-text.js';

/** One block of a notice's body; the layout renders each to plain text and to HTML. */
export type NoticeBlock =
  | { readonly paragraph: string }
  | { readonly facts: readonly (readonly [label: string, value: string])[] }
  | { readonly list: readonly string[] }
  | { readonly link: NoticeLink }
  /** Ready-to-use reply links, one per action the reader may take next. */
  | { readonly actions: readonly NoticeLink[] }
  /** Something the reader must not miss, set apart from the text around it. */
  | { readonly warning: string };

/** A link as the reader sees it: the words, and the message it starts. */
export interface NoticeLink {
  readonly text: string;
  readonly mail: MailDraft;
}

/**
 * A message the reader is asked to write: to whom, with which subject, starting with which words.
 * The HTML part makes it a `mailto:` link; the plain text part spells it out, since a long
 * `mailto:` URL is unreadable and many clients do not open it from plain text.
 */
export interface MailDraft {
  /** The bare address, `jas@intake.example`. */
  readonly to: string;
  readonly subject: string;
  readonly body?: string;
}

/** A notice before layout: the same message written in English and in French. */
export interface NoticeContent {
  readonly subject: BilingualText;
  readonly body: { readonly en: readonly NoticeBlock[]; readonly fr: readonly NoticeBlock[] };
  /** The language shown first: English unless the reader is known to prefer French (a client's copy). */
  readonly firstLanguage?: 'en' | 'fr';
}

/** A notice after layout: what the mailer sends. */
export interface RenderedNotice {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}
