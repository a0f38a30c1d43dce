import type { NoticeBlock, NoticeContent, RenderedNotice } from './notice-content.js';

const SEPARATORS = {
  en: '— Le français suit / French follows —',
  fr: '— English follows / L’anglais suit —',
};

/**
 * Lays a notice out in both official languages: one subject carrying both, the first language's
 * text then the other's in plain text, and the two side by side in HTML. English comes first
 * unless the content says otherwise.
 */
export function renderNotice(content: NoticeContent): RenderedNotice {
  const first = content.firstLanguage ?? 'en';
  const second = first === 'en' ? 'fr' : 'en';
  const subject =
    content.subject.en === content.subject.fr
      ? content.subject.en
      : `${content.subject[first]} / ${content.subject[second]}`;
  const text = `${[
    blocksToText(content.body[first], first),
    SEPARATORS[first],
    blocksToText(content.body[second], second),
  ].join('\n\n')}\n`;
  const html = `<!doctype html>
<html><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1b1b1b">
<table role="presentation" width="100%" cellpadding="12" cellspacing="0"><tr>
<td lang="${first}" valign="top" width="50%">${blocksToHtml(content.body[first])}</td>
<td lang="${second}" valign="top" width="50%" style="border-left:1px solid #ccc">${blocksToHtml(content.body[second])}</td>
</tr></table>
</body></html>
`;
  return { subject, text, html };
}

// French typography puts a (narrow no-break) space before a colon.
const LABEL_ENDS = { en: ':', fr: '\u202f:' } as const;

function blocksToText(blocks: readonly NoticeBlock[], language: 'en' | 'fr'): string {
  return blocks
    .map((block) => {
      if ('paragraph' in block) return block.paragraph;
      if ('facts' in block)
        return block.facts.map(([label, value]) => `${label}${LABEL_ENDS[language]} ${value}`).join('\n');
      if ('list' in block) return block.list.map((item) => `- ${item}`).join('\n');
      if ('actions' in block) return block.actions.map((action) => `- ${action.text}:\n  ${action.href}`).join('\n');
      // Plain text has no colour: markers on both sides are what set a warning apart.
      if ('warning' in block) return `!!! ${block.warning} !!!`;
      return `${block.link.text}: ${block.link.href}`;
    })
    .join('\n\n');
}

function blocksToHtml(blocks: readonly NoticeBlock[]): string {
  return blocks
    .map((block) => {
      if ('paragraph' in block) return `<p>${escapeHtml(block.paragraph)}</p>`;
      if ('facts' in block) {
        const rows = block.facts.map(
          ([label, value]) =>
            `<tr><th align="left" valign="top">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`,
        );
        return `<table cellpadding="4" cellspacing="0">${rows.join('')}</table>`;
      }
      if ('list' in block) return `<ul>${block.list.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
      if ('actions' in block)
        return `<ul>${block.actions.map((action) => `<li><a href="${escapeHtml(action.href)}">${escapeHtml(action.text)}</a></li>`).join('')}</ul>`;
      if ('warning' in block) {
        return `<p role="alert" style="border:2px solid #b00020;background:#fdecea;color:#b00020;font-weight:bold;padding:8px">${escapeHtml(block.warning)}</p>`;
      }
      return `<p><a href="${escapeHtml(block.link.href)}">${escapeHtml(block.link.text)}</a></p>`;
    })
    .join('\n');
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
