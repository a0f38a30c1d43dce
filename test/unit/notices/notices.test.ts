import { describe, expect, it } from 'vitest';
import { fieldProblem } from '../../../forms/field-problem.js';
import { RULES } from '../../../forms/field-rules.js';
import { renderNotice } from '../../../functions/notices/render-notice.js';
import { acknowledgement } from '../../../functions/notices/templates/acknowledgement.js';
import { rejection } from '../../../functions/notices/templates/rejection.js';
import { routedToOffice } from '../../../functions/notices/templates/routed-to-office.js';

const office = { en: 'Toronto IRCC office', fr: 'Bureau d’IRCC de Toronto' };

describe('notices', () => {
  it('the acknowledgement carries the case tag in its subject and speaks both languages', () => {
    const notice = renderNotice(
      acknowledgement({
        caseId: 'JAS-2026-7K3Q9M',
        formTitle: { en: 'JAS In-Canada Recommendation Form', fr: 'Formulaire de recommandation PAC au Canada' },
        fileName: 'form.pdf',
        receivedOn: '2026-11-23',
        uciLastDigits: '5678',
        office,
        late: false,
      }),
    );
    expect(notice.subject).toBe('[JAS-2026-7K3Q9M] Received / Reçu');
    expect(notice.text).toContain('Case number: JAS-2026-7K3Q9M');
    expect(notice.text).toContain('Numéro de dossier\u202f: JAS-2026-7K3Q9M');
    expect(notice.text.indexOf('We received')).toBeLessThan(notice.text.indexOf('Nous avons reçu'));
    expect(notice.html).toContain('<div class="jas-column" lang="en"');
    expect(notice.html).toContain('<div class="jas-column" lang="fr"');
    expect(notice.html).toContain('Bureau d’IRCC de Toronto');
    expect(notice.text).not.toContain('8 months');
  });

  it('says why a late form was accepted, in both languages', () => {
    const notice = renderNotice(
      acknowledgement({
        caseId: 'JAS-2026-7K3Q9M',
        formTitle: office,
        fileName: 'f.pdf',
        receivedOn: '2026-11-23',
        uciLastDigits: '5678',
        office,
        late: true,
      }),
    );
    expect(notice.text).toContain('more than 8 months after');
    expect(notice.text).toContain('plus de 8 mois après');
  });

  it('the rejection lists each problem by field label in each language, the label once', () => {
    const notice = renderNotice(
      rejection([
        {
          fileName: 'form.pdf',
          formTitle: { en: 'JAS In-Canada Recommendation Form', fr: 'Formulaire de recommandation PAC au Canada' },
          problems: [
            fieldProblem(
              { name: 'client.familyName', label: { en: 'Family name', fr: 'Nom de famille' } },
              'REQUIRED',
              RULES.REQUIRED,
            ),
            { message: { en: 'The PDF is encrypted.', fr: 'Le PDF est chiffré.' } },
          ],
        },
      ]),
    );
    expect(notice.text).toContain('- Family name: is required.');
    expect(notice.text).toContain('- Nom de famille\u202f: est obligatoire.');
    expect(notice.text.match(/Family name/g)).toHaveLength(1);
    expect(notice.text.match(/Nom de famille/g)).toHaveLength(1);
    expect(notice.text).toContain('- The PDF is encrypted.');
    expect(notice.text).toContain('- Le PDF est chiffré.');
    expect(notice.html).toContain('<li>Family name: is required.</li>');
  });

  it('escapes what senders wrote before it reaches HTML', () => {
    const notice = renderNotice(
      routedToOffice({
        caseId: 'JAS-2026-7K3Q9M',
        caseType: 'BVOR',
        clientName: 'Doe, <script>alert(1)</script>',
        uci: '12345678',
        arrivalDate: '2026-08-23',
        receivedOn: '2026-11-23',
        sponsorIdentified: true,
        submitter: { organization: 'A & B "Settlement"', email: 'x@y.example' },
        office,
        late: false,
        resubmission: false,
      }),
    );
    expect(notice.html).not.toContain('<script>');
    expect(notice.html).toContain('&#60;script&#62;');
    expect(notice.html).toContain('A &#38; B &#34;Settlement&#34;');
    expect(notice.text).toContain('Type de cas\u202f: RDBV');
    expect(notice.subject).toContain('[JAS-2026-7K3Q9M]');
  });
});
