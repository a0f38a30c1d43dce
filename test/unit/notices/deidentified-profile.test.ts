import { describe, expect, it } from 'vitest';
import { buildProfilePdf } from '../../../functions/notices/build-profile-pdf.js';
import { deidentifiedProfile } from '../../../functions/notices/deidentified-profile.js';
import { renderNotice } from '../../../functions/notices/render-notice.js';
import { promotionStartToRstp } from '../../../functions/notices/templates/promotion-start-to-rstp.js';
import { promotionStopToRstp } from '../../../functions/notices/templates/promotion-stop-to-rstp.js';
import { sampleCase, sampleContext } from './helpers/notice-case.js';
import { folded } from './helpers/notice-checks.js';
import { pdfText } from './helpers/pdf-text.js';
import { caseWithPersonalDataInFreeText, PERSONAL_WORDS, UCI_ANY_FORM } from './helpers/personal-case.js';

const caseRecord = caseWithPersonalDataInFreeText();

function expectNoPersonalData(text: string): void {
  const haystack = folded(text);
  for (const word of PERSONAL_WORDS) expect(haystack, `found “${word}”`).not.toContain(word);
  expect(haystack).not.toMatch(UCI_ANY_FORM);
  expect(haystack).not.toContain('12345678');
}

const factsText = (facts: Awaited<ReturnType<typeof deidentifiedProfile>>['facts']): string =>
  facts
    .map(([label, value]) => `${label.en} ${label.fr} ${typeof value === 'string' ? value : `${value.en} ${value.fr}`}`)
    .join('\n');

describe('the de-identified case profile', () => {
  it('contains no name, UCI, birth date or contact of the case, even from free text', async () => {
    expectNoPersonalData(factsText((await deidentifiedProfile(caseRecord)).facts));
  });

  it('names no family member and gives no address, even when the free text does', async () => {
    const family = sampleCase(
      {},
      {
        familyComposition:
          'Mother with her son Ahmed, 7, and her daughter sara (5). They live at 12 Main Street, apt 4, Toronto M5V 2T6.',
        'criteria.needsDescription':
          'Ahmed uses a wheelchair. Leur adresse : 45, rue Principale, app. 8; Mme Nasser (voisine) aide parfois.',
      },
    );
    const text = `${factsText((await deidentifiedProfile(family)).facts)}\n${await pdfText(await buildProfilePdf(family))}`;
    for (const word of ['Ahmed', 'sara', 'Main Street', 'apt 4', 'M5V', 'Principale', 'app. 8', 'Nasser'])
      expect(folded(text)).not.toContain(folded(word));
    expect(text).toContain('wheelchair');
    expect(text).toContain('Toronto');
  });

  it('keeps what a sponsor needs to decide', async () => {
    const text = factsText((await deidentifiedProfile(caseRecord)).facts);
    expect(text).toContain('Government-assisted refugee (GAR)');
    expect(text).toContain('Toronto, Ontario');
    expect(text).toContain('August 2026');
    expect(text).toContain('août 2026');
    expect(text).toContain('French');
    expect(text).toContain('An unusual family configuration');
    expect(text).toContain('specialist care');
    expect(text).toContain('[removed]');
    expect(text).toContain('[retiré]');
    expect(text).toContain('Survivors of Daesh');
    expect(text).not.toContain('2026-08-23');
  });

  it('makes a PDF whose text contains none of them either', async () => {
    const text = await pdfText(await buildProfilePdf(caseRecord));
    expect(text).toContain('Case profile for promotion to sponsors');
    expect(text).toContain('specialist care');
    expect(text).toContain('[removed / retiré]');
    expectNoPersonalData(text);
  });

  it('makes the same PDF bytes every time', async () => {
    const [first, second] = await Promise.all([buildProfilePdf(caseRecord), buildProfilePdf(caseRecord)]);
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
  });

  it('fits a long case on two pages and writes what Helvetica cannot encode without failing', async () => {
    const long = sampleCase(
      {},
      {
        'criteria.needsDescription': `${'Needs help with appointments and child care. '.repeat(60)}ω 漢字 ő`,
        bestInterestJustification: 'Support. '.repeat(300),
      },
    );
    const bytes = await buildProfilePdf(long);
    const text = await pdfText(bytes);
    // Helvetica cannot draw ω (a question mark stands in); the word in a script without capitals is taken for a name.
    expect(text).toContain('? [removed / retiré] o');
    expect(text).toMatch(/JAS-2026-7K3Q9M · 2\/2$/);
  });
});

describe('the notices to RSTP', () => {
  it('carry no personal data of the case', async () => {
    const context = sampleContext(caseRecord);
    const start = renderNotice(
      promotionStartToRstp(context, {
        startedOn: '2026-12-01',
        endsBy: '2027-04-01',
        profile: (await deidentifiedProfile(caseRecord)).facts,
      }),
    );
    const stop = renderNotice(promotionStopToRstp(context, { reason: 'sponsor_found', on: '2027-01-15' }));
    // The page's one style sheet holds an `@media` rule: no address, but it would hide one from the check.
    for (const notice of [start, stop])
      expectNoPersonalData(`${notice.subject}\n${notice.text}\n${notice.html.replace(/<style>[^<]*<\/style>/, '')}`);
    expect(start.text).toContain('Needs identified after arrival');
  });
});
