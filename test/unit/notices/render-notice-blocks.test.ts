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
      { actions: [{ href: 'mailto:a@b.example?subject=x&body=y', text: 'Do it' }] },
    ],
    fr: [{ warning: 'Attention' }, { actions: [{ href: 'mailto:a@b.example?subject=x', text: 'Le faire' }] }],
  },
  ...(firstLanguage ? { firstLanguage } : {}),
});

describe('rendering the newer blocks', () => {
  it('lays out action links as a list, the address under each description in plain text', () => {
    const notice = renderNotice(content());
    expect(notice.text).toContain('- Do it:\n  mailto:a@b.example?subject=x&body=y');
    expect(notice.html).toContain('<ul><li><a href="mailto:a@b.example?subject=x&#38;body=y">Do it</a></li></ul>');
  });

  it('sets a warning apart, escaped', () => {
    const notice = renderNotice(content());
    expect(notice.text.startsWith('!!! Careful & <quick> !!!')).toBe(true);
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
