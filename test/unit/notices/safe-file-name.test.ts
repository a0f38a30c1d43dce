import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeFileName } from '../../../functions/notices/safe-file-name.js';

describe('attachment names handed on to offices', () => {
  it.each([
    ['jas-recommendation.pdf', 'jas-recommendation.pdf'],
    ['Formulaire de recommandation — Théo.pdf', 'Formulaire de recommandation — Théo.pdf'],
    ['../../etc/passwd', 'passwd'],
    ['C:\\Users\\spo\\Desktop\\form.pdf', 'form.pdf'],
    ['form\r\nContent-Type: text\\html.pdf', 'html.pdf'],
    ['form\r\nBcc: x.pdf', 'formBcc_ x.pdf'],
    ['invoice\u202efdp.exe', 'invoicefdp.exe'],
    ['CON.pdf', '_CON.pdf'],
    ['lpt1', '_lpt1'],
    ['  ..hidden.pdf. ', 'hidden.pdf'],
    ['what?<>|*".pdf', 'what______.pdf'],
    ['', 'document.pdf'],
    ['////', 'document.pdf'],
  ])('%j → %j', (name, safe) => {
    expect(safeFileName(name)).toBe(safe);
  });

  it('keeps the extension of a name cut to 120 characters', () => {
    const cut = safeFileName(`${'a'.repeat(300)}.pdf`);
    expect(cut).toHaveLength(120);
    expect(cut.endsWith('.pdf')).toBe(true);
  });

  it('never leaves a path, a control character, a forbidden character or a device name, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (name) => {
        const safe = safeFileName(name);
        expect(safe.length).toBeGreaterThan(0);
        expect(safe.length).toBeLessThanOrEqual(120);
        expect(safe).not.toMatch(/[/\\<>:"|?*\p{Cc}\u202a-\u202e\u2066-\u2069]/u);
        expect(safe).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i);
        expect(safe).not.toMatch(/^[.\s]|[.\s]$/);
      }),
      { numRuns: 1000 },
    );
  });
});
