import type { BilingualText } from '../../kernel/bilingual-text.js';
import type { Language } from './bilingual-body.js';
import type { MailDraft, NoticeBlock, NoticeContent, RenderedNotice } from './notice-content.js';

const SEPARATORS: Readonly<Record<Language, string>> = {
  en: '— Le français suit / French follows —',
  fr: '— English follows / L’anglais suit —',
};

/** The words the layout itself adds around a mail link, in each language. */
const MAIL_WORDS: Readonly<Record<'to' | 'subject' | 'body', BilingualText>> = {
  to: { en: 'Write to', fr: 'Écrivez à' },
  subject: { en: 'Subject', fr: 'Objet' },
  body: { en: 'Start the message with', fr: 'Commencez le message par' },
};

// French typography puts a narrow no-break space before a colon; English puts none.
const LABEL_ENDS: Readonly<Record<Language, string>> = { en: ':', fr: '\u202f:' };

const CASE_TAG_FIRST = /^(\[JAS-\d{4}-[0-9A-Z]{6}\])\s+/;

/**
 * Lays a notice out in both official languages: one short subject carrying both (the case tag
 * once, `[JAS-2026-7K3Q9M] Received / Reçu`), the first language's text then the other's in plain
 * text, and in HTML two columns that sit side by side on a wide screen and stack, first language
 * on top, on a phone. English comes first unless the content says otherwise.
 */
export function renderNotice(content: NoticeContent): RenderedNotice {
  const first = content.firstLanguage ?? 'en';
  const second: Language = first === 'en' ? 'fr' : 'en';
  const subject = bilingualSubject(content.subject[first], content.subject[second]);
  const text = `${[
    blocksToText(content.body[first], first),
    SEPARATORS[first],
    blocksToText(content.body[second], second),
  ].join('\n\n')}\n`;
  return { subject, text, html: htmlPage(subject, content, first, second) };
}

/** Both subjects in one, the case tag they share written once in front. */
function bilingualSubject(first: string, second: string): string {
  if (first === second) return first;
  const tag = CASE_TAG_FIRST.exec(first)?.[1];
  if (tag !== undefined && CASE_TAG_FIRST.exec(second)?.[1] === tag)
    return `${tag} ${first.replace(CASE_TAG_FIRST, '')} / ${second.replace(CASE_TAG_FIRST, '')}`;
  return `${first} / ${second}`;
}

/** A `mailto:` URL as RFC 6068 writes it: the address, then the subject and body percent-encoded. */
export function mailtoHref(mail: MailDraft): string {
  const query = [
    `subject=${encodeURIComponent(mail.subject)}`,
    ...(mail.body ? [`body=${encodeURIComponent(mail.body)}`] : []),
  ].join('&');
  return `mailto:${encodeURIComponent(mail.to).replace('%40', '@')}?${query}`;
}

/** A mail link spelled out for plain text: the address, the subject and the opening words. */
function mailToText(mail: MailDraft, language: Language, indent: string): string {
  const say = (words: BilingualText): string => `${indent}${words[language]}${LABEL_ENDS[language]} `;
  return [
    `${say(MAIL_WORDS.to)}${mail.to}`,
    `${say(MAIL_WORDS.subject)}${mail.subject}`,
    ...(mail.body ? [`${say(MAIL_WORDS.body)}${mail.body.replace(/\n/g, `\n${indent}  `)}`] : []),
  ].join('\n');
}

function blocksToText(blocks: readonly NoticeBlock[], language: Language): string {
  return blocks
    .map((block) => {
      if ('paragraph' in block) return block.paragraph;
      if ('facts' in block)
        return block.facts.map(([label, value]) => `${label}${LABEL_ENDS[language]} ${value}`).join('\n');
      if ('list' in block) return block.list.map((item) => `- ${item}`).join('\n');
      if ('actions' in block)
        return block.actions
          .map((action) => `- ${action.text}\n${mailToText(action.mail, language, '  ')}`)
          .join('\n\n');
      // Plain text has no colour: markers on both sides are what set a warning apart.
      if ('warning' in block) return `!!! ${block.warning} !!!`;
      return `${block.link.text}\n${mailToText(block.link.mail, language, '  ')}`;
    })
    .join('\n\n');
}

// Styles are inline: many mail clients drop <style>. The one media query only widens the columns
// side by side between 640 px and the width where they already fit; without it they stack.
const FONT = 'font-family:Arial,Helvetica,sans-serif;color:#1b1b1b';
const WRAP = 'overflow-wrap:break-word;word-wrap:break-word;word-break:break-word';
const STYLE = {
  body: 'margin:0;padding:0;background-color:#f1f2f4;-webkit-text-size-adjust:100%;text-size-adjust:100%',
  outer: 'border-collapse:collapse;background-color:#f1f2f4',
  outerCell: 'padding:12px 8px',
  column: 'display:inline-block;width:100%;max-width:480px;vertical-align:top;text-align:left;margin:0 0 12px 0',
  card: 'border-collapse:separate;background-color:#ffffff;border:1px solid #d9dce1;border-radius:4px',
  cardCell: `padding:16px;${FONT};font-size:15px;line-height:1.5;${WRAP}`,
  subject: `margin:0 0 12px 0;${FONT};font-size:18px;line-height:1.3;font-weight:bold`,
  paragraph: 'margin:0 0 12px 0',
  facts: 'width:100%;border-collapse:collapse;margin:0 0 12px 0',
  factLabel: `text-align:left;vertical-align:top;padding:4px 8px 4px 0;width:40%;font-weight:bold;${WRAP}`,
  factValue: `vertical-align:top;padding:4px 0;${WRAP}`,
  list: 'margin:0 0 12px 0;padding:0 0 0 20px',
  action: 'margin:0 0 12px 0',
  button:
    'display:inline-block;padding:8px 14px;background-color:#26374a;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:bold',
  mailHint: 'display:block;margin-top:4px;font-size:13px;color:#555555',
  warning:
    'margin:0 0 12px 0;border:2px solid #b00020;background-color:#fdecea;color:#b00020;font-weight:bold;padding:8px',
  link: 'color:#26374a',
};

function htmlPage(subject: string, content: NoticeContent, first: Language, second: Language): string {
  const column = (language: Language): string =>
    `<div class="jas-column" lang="${language}" style="${STYLE.column}">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="${STYLE.card}"><tr><td style="${STYLE.cardCell}">
<h1 style="${STYLE.subject}">${escapeHtml(content.subject[language].replace(CASE_TAG_FIRST, ''))}</h1>
${blocksToHtml(content.body[language], language)}
</td></tr></table>
</div>`;
  return `<!doctype html>
<html lang="${first}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="x-apple-disable-message-reformatting">
<meta name="format-detection" content="telephone=no, date=no, address=no, email=no">
<title>${escapeHtml(subject)}</title>
<style>
@media (min-width: 640px) { .jas-column { width: 48.5% !important; max-width: 560px !important; margin: 0 0.5% 12px 0.5% !important; } }
</style>
</head>
<body style="${STYLE.body}">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="${STYLE.outer}"><tr><td align="center" style="${STYLE.outerCell}">
<!--[if mso]><table role="presentation" width="980" cellpadding="0" cellspacing="0" border="0"><tr><td width="490" valign="top"><![endif]-->
${column(first)}
<!--[if mso]></td><td width="490" valign="top"><![endif]-->
${column(second)}
<!--[if mso]></td></tr></table><![endif]-->
</td></tr></table>
</body>
</html>
`;
}

function mailToHtml(link: { readonly text: string; readonly mail: MailDraft }, language: Language): string {
  const hint = `${MAIL_WORDS.to[language]} ${link.mail.to} · ${MAIL_WORDS.subject[language]}${LABEL_ENDS[language]} ${link.mail.subject}`;
  return `<p style="${STYLE.action}"><a href="${escapeHtml(mailtoHref(link.mail))}" style="${STYLE.button}">${escapeHtml(link.text)}</a><span style="${STYLE.mailHint}">${escapeHtml(hint)}</span></p>`;
}

function blocksToHtml(blocks: readonly NoticeBlock[], language: Language): string {
  return blocks
    .map((block) => {
      if ('paragraph' in block) return `<p style="${STYLE.paragraph}">${escapeHtml(block.paragraph)}</p>`;
      if ('facts' in block) {
        const rows = block.facts.map(
          ([label, value]) =>
            `<tr><th scope="row" style="${STYLE.factLabel}">${escapeHtml(label)}</th><td style="${STYLE.factValue}">${escapeHtml(value)}</td></tr>`,
        );
        return `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="${STYLE.facts}">${rows.join('')}</table>`;
      }
      if ('list' in block)
        return `<ul style="${STYLE.list}">${block.list.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
      if ('actions' in block) return block.actions.map((action) => mailToHtml(action, language)).join('\n');
      if ('warning' in block) return `<p role="alert" style="${STYLE.warning}">${escapeHtml(block.warning)}</p>`;
      return mailToHtml(block.link, language);
    })
    .join('\n');
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
