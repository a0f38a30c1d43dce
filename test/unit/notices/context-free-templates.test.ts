import { describe, expect, it } from 'vitest';
import { renderNotice } from '../../../functions/notices/render-notice.js';
import { triage } from '../../../functions/notices/templates/triage.js';
import { type UrgentProtectionData, urgentProtection } from '../../../functions/notices/templates/urgent-protection.js';
import { BROKEN_VALUE } from './helpers/notice-checks.js';

const urgent: UrgentProtectionData = {
  respondBy: '2026-11-24',
  destinedToQuebec: false,
  unaccompaniedMinor: false,
  originalSubject: 'Urgent Protection Program/Programme de protection d’urgence - family of five',
  from: 'visa.office@ircc.example',
  original: { attached: true },
};

const TOO_LARGE = {
  attached: false,
  messageKey: 'raw/abc',
  sizeBytes: 45 * 1024 * 1024,
  limitBytes: 25 * 1024 * 1024,
  link: 'https://documents.s3.ca-central-1.amazonaws.com/raw/abc?X-Amz-Expires=21600',
  linkValidHours: 6,
} as const;

describe('urgent protection', () => {
  it('keeps a subject that already says it, and adds the words to one that does not', () => {
    expect(renderNotice(urgentProtection(urgent)).subject).toBe(urgent.originalSubject);
    expect(renderNotice(urgentProtection({ ...urgent, originalSubject: 'Fwd: DMR' })).subject).toBe(
      "Urgent Protection Program/Programme de protection d'urgence: Fwd: DMR",
    );
  });

  it('asks ROC-O to respond within one day, in both languages', () => {
    const notice = renderNotice(urgentProtection(urgent));
    expect(notice.text).toContain('ROC-O responds within one day, by 2026-11-24');
    expect(notice.text).toContain('Le COR-O répond dans un délai d’un jour, d’ici le 2026-11-24');
    expect(notice.text).not.toContain('MIDI');
    expect(`${notice.text}${notice.html}`).not.toMatch(BROKEN_VALUE);
  });

  it('says MIDI decides for a case destined to Quebec', () => {
    expect(renderNotice(urgentProtection({ ...urgent, destinedToQuebec: true })).text).toContain(
      'this message also goes to MIDI',
    );
  });

  it('warns first, in both languages, when an unaccompanied minor is destined to Quebec', () => {
    const notice = renderNotice(urgentProtection({ ...urgent, destinedToQuebec: true, unaccompaniedMinor: true }));
    expect(notice.text.startsWith('!!! Unaccompanied minors must not be directed to Quebec. !!!')).toBe(true);
    expect(notice.text).toContain('!!! Les mineurs non accompagnés ne doivent pas être dirigés vers le Québec. !!!');
    expect(notice.html).toMatch(/<p role="alert"[^>]*>Unaccompanied minors must not be directed to Quebec\.<\/p>/);
  });

  it('names the stored message and links it, instead of attaching one too large to send', () => {
    const attached = renderNotice(urgentProtection(urgent));
    const linked = renderNotice(urgentProtection({ ...urgent, original: TOO_LARGE }));
    expect(attached.text).toContain('The original message is attached.');
    expect(linked.text).toContain(
      'The original message is not attached: it is 45 MB, over the 25 MB a notice can carry',
    );
    expect(linked.text).toContain('Le message original n’est pas joint\u202f: il fait 45 Mo');
    expect(linked.text).toContain(`Download (valid 6 hours): ${TOO_LARGE.link}`);
  });

  it('does not warn when only one of the two holds', () => {
    for (const data of [
      { ...urgent, destinedToQuebec: true },
      { ...urgent, unaccompaniedMinor: true },
    ]) {
      expect(renderNotice(urgentProtection(data)).text).not.toContain('Unaccompanied minors must not');
    }
  });
});

describe('triage', () => {
  it('gives the reason, the sender, the subject and where the message is stored, in both languages', () => {
    const notice = renderNotice(
      triage({
        reasonCode: 'TAG_FROM_STRANGER',
        reason: {
          en: 'Case tag from a sender who is not party to the case',
          fr: 'Étiquette de dossier d’un expéditeur qui n’est pas partie au dossier',
        },
        messageKey: 'raw/abc',
        from: 'x@y.example',
        subject: 'Re: [JAS-2026-7K3Q9M]',
      }),
    );
    expect(notice.subject).toBe('Triage: TAG_FROM_STRANGER / Triage\u202f: TAG_FROM_STRANGER');
    expect(notice.text).toContain('Reason: Case tag from a sender who is not party to the case');
    expect(notice.text).toContain('Motif\u202f: Étiquette de dossier d’un expéditeur qui n’est pas partie au dossier');
    expect(notice.text).toContain('Message conservé\u202f: raw/abc');
    expect(notice.text).toContain('From: x@y.example');
  });

  it('attaches the original, or says where it is and links it when it is too large to send', () => {
    const data = {
      reasonCode: 'MESSAGE_TOO_LARGE',
      reason: { en: 'Over 40 MB.', fr: 'Plus de 40 Mo.' },
      messageKey: 'raw/abc',
      subject: 'Scans',
    };
    const attached = renderNotice(triage({ ...data, original: { attached: true } }));
    const linked = renderNotice(triage({ ...data, original: TOO_LARGE }));
    const none = renderNotice(triage(data));
    expect(attached.text).toContain('The original message is attached.');
    expect(linked.text).toContain('It is stored under raw/abc; the link below downloads it for 6 hours.');
    expect(linked.text).toContain(`Téléchargement (valide 6 heures)\u202f: ${TOO_LARGE.link}`);
    expect(none.text).not.toContain('original message is');
    expect(`${linked.text}${linked.html}`).not.toMatch(BROKEN_VALUE);
  });

  it('says when the sender is unknown', () => {
    const notice = renderNotice(
      triage({
        reasonCode: 'MALFORMED',
        reason: { en: 'Unreadable MIME', fr: 'MIME illisible' },
        messageKey: 'raw/abc',
        subject: '',
      }),
    );
    expect(notice.text).toContain('From: unknown');
    expect(notice.text).toContain('De\u202f: inconnu');
    expect(`${notice.text}${notice.html}`).not.toMatch(BROKEN_VALUE);
  });
});
