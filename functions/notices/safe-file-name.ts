// Windows refuses these names whatever the extension: a mail client saving `CON.pdf` fails or worse.
const RESERVED_DEVICE = /^(?:con|prn|aux|nul|clock\$|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])(?:\.|$)/i;
const MAX_LENGTH = 120;

/**
 * A sender's file name made safe to hand on to an office as an attachment's name: no path (only
 * what follows the last `/` or `\`), no control or bidirectional-override characters, none of the
 * characters Windows forbids, no reserved device name, no leading dots or trailing dots and
 * spaces, at most 120 characters with the extension kept. `fallback` when nothing is left.
 */
export function safeFileName(name: string, fallback = 'document.pdf'): string {
  const base = (name.split(/[/\\]/).pop() ?? '')
    .normalize('NFC')
    // C0 and C1 controls, and the bidirectional marks that make `fdp.exe` read as `exe.pdf`.
    .replace(/[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, '')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/^[.\s]+|[.\s]+$/g, '');
  const cleaned = RESERVED_DEVICE.test(base) ? `_${base}` : base;
  if (!cleaned) return fallback;
  if (cleaned.length <= MAX_LENGTH) return cleaned;
  const extension = /\.[A-Za-z0-9]{1,8}$/.exec(cleaned)?.[0] ?? '';
  return `${cleaned.slice(0, MAX_LENGTH - extension.length)}${extension}`;
}
