import { describe, expect, it } from 'vitest';
import type { NoticeContent } from '../../../functions/notices/notice-content.js';
import { renderNotice } from '../../../functions/notices/render-notice.js';
import { routedToOffice } from '../../../functions/notices/templates/routed-to-office.js';
import { replyLinksIn } from './helpers/reply-links-in.js';

const content = (firstLanguage?: 'en' | 'fr'): NoticeContent => ({
  subject: { en: 'Hello', fr: 'Bonjour' },
  body: {
    en: [
      { warning: 'Careful & <quick>' },
      {
        actions: [
          { text: 'Do it', mail: { to: 'a@b.example', subject: '[JAS-2026-7K3Q9M] RECOMMEND', body: 'y & z' } },
        ],
      },
    ],
    fr: [
      { warning: 'Attention' },
      { actions: [{ text: 'Le faire', mail: { to: 'a@b.example', subject: '[JAS-2026-7K3Q9M] RECOMMANDER' } }] },
    ],
  },
  ...(firstLanguage ? { firstLanguage } : {}),
});

describe('rendering the newer blocks', () => {
  it('spells an action out in plain text (address, subject, opening words) and links it in HTML', () => {
    const notice = renderNotice(content());
    expect(notice.text).toContain(
      '- Do it\n  Write to: a@b.example\n  Subject: [JAS-2026-7K3Q9M] RECOMMEND\n  Start the message with: y & z',
    );
    expect(notice.text).toContain(
      '- Le faire\n  Écrivez à\u202f: a@b.example\n  Objet\u202f: [JAS-2026-7K3Q9M] RECOMMANDER',
    );
    expect(notice.text).not.toContain('mailto:');
    expect(notice.html).toContain(
      'href="mailto:a@b.example?subject=%5BJAS-2026-7K3Q9M%5D%20RECOMMEND&#38;body=y%20%26%20z"',
    );
  });

  it('sets a warning apart, escaped', () => {
    const notice = renderNotice(content());
    expect(notice.text.startsWith('!!! Careful & <quick> !!!')).toBe(true);
    expect(notice.text).toContain('!!! Attention !!!');
    expect(notice.html).toContain('role="alert"');
    expect(notice.html).toContain('Careful &#38; &#60;quick&#62;');
  });

  it('puts French first when asked, in the subject, the text and the HTML', () => {
    const notice = renderNotice(content('fr'));
    expect(notice.subject).toBe('Bonjour / Hello');
    expect(notice.text.indexOf('Attention')).toBeLessThan(notice.text.indexOf('Careful'));
    expect(notice.text).toContain('— English follows / L’anglais suit —');
    expect(notice.html.indexOf('lang="fr"')).toBeLessThan(notice.html.indexOf('lang="en"'));
  });
});

describe('the routed notice to the local office', () => {
  const data = {
    caseId: 'JAS-2026-7K3Q9M',
    caseType: 'GAR' as const,
    clientName: 'Haddad, Amal Zoé',
    uci: '12345678',
    arrivalDate: '2026-08-23',
    receivedOn: '2026-11-23',
    sponsorIdentified: false,
    submitter: { organization: 'Example Settlement Services', email: 'intake@spo.example' },
    office: { en: 'Toronto', fr: 'Toronto' },
    late: false,
    resubmission: false,
  };

  it('offers RECOMMEND and REQUEST INFO links when it knows the reply address', () => {
    const links = replyLinksIn(renderNotice(routedToOffice({ ...data, replyAddress: 'jas@intake.example' })));
    expect(links.map((link) => link.action)).toEqual(['RECOMMEND', 'REQUEST_INFO', 'RECOMMEND', 'REQUEST_INFO']);
  });

  it('has no links without it, as before', () => {
    expect(replyLinksIn(renderNotice(routedToOffice(data)))).toEqual([]);
  });
});
