import { describe, expect, it } from 'vitest';
import { renderNotice } from '../../../functions/notices/render-notice.js';
import { recommendationToIn } from '../../../functions/notices/templates/recommendation-to-in.js';
import { sampleCase, sampleContext } from './helpers/notice-case.js';

const officers = { recommendedBy: 'officer@ircc.example', concurredBy: 'supervisor@ircc.example' };
const render = (...args: Parameters<typeof sampleCase>) =>
  renderNotice(recommendationToIn(sampleContext(sampleCase(...args)), officers));

describe('the recommendation to IN', () => {
  it('has the policy’s subject, the program only when there is one, then the case tag', () => {
    expect(render().subject).toBe('Recommendation for in-Canada JAS conversion [JAS-2026-7K3Q9M]');
    expect(render({}, { specialProgram: 'Survivors of Daesh' }).subject).toBe(
      'Recommendation for in-Canada JAS conversion: Survivors of Daesh [JAS-2026-7K3Q9M]',
    );
  });

  it('says that no sponsor is identified for a GAR case without one', () => {
    expect(render().text).toContain('Sponsorship: No sponsor identified yet');
  });

  it('names the sponsor when one is identified', () => {
    const notice = render(
      {},
      {
        'sponsor.identified': 'yes',
        'sponsor.name': 'Grace Church Group',
        'sponsor.contactEmail': 'sah@church.example',
      },
    );
    expect(notice.text).toContain('Sponsorship: Sponsor identified: Grace Church Group <sah@church.example>');
    expect(notice.text).toContain(
      'Parrainage\u202f: Répondant identifié\u202f: Grace Church Group <sah@church.example>',
    );
  });

  it('says a BVOR case is BVOR, and whether the current sponsor continues', () => {
    const continues = render(
      {},
      {
        caseType: 'BVOR',
        'submitter.kind': 'SPONSORING_GROUP',
        'sponsor.bvorSponsorContinues': 'yes',
        'sponsor.name': 'Grace Church Group',
        'sponsor.contactEmail': 'sah@church.example',
      },
    );
    expect(continues.text).toContain(
      'BVOR case: the current sponsor, Grace Church Group <sah@church.example>, continues to provide support',
    );
    expect(continues.text).toContain(
      'Cas RDBV\u202f: le répondant actuel, Grace Church Group <sah@church.example>, continue d’offrir son soutien',
    );
    const stops = render(
      {},
      { caseType: 'BVOR', 'submitter.kind': 'SPONSORING_GROUP', 'sponsor.bvorSponsorContinues': 'no' },
    );
    expect(stops.text).toContain('BVOR case: the current sponsor cannot continue; a new sponsor must be found');
    const newSponsor = render(
      {},
      {
        caseType: 'BVOR',
        'submitter.kind': 'SPONSORING_GROUP',
        'sponsor.bvorSponsorContinues': 'no',
        'sponsor.identified': 'yes',
        'sponsor.name': 'Hope Circle',
        'sponsor.contactEmail': 'hope@circle.example',
      },
    );
    // Step 2: IN is told both that the case is BVOR and that a (new) sponsor is identified.
    expect(newSponsor.text).toContain(
      'BVOR case: the current sponsor cannot continue; new sponsor identified: Hope Circle <hope@circle.example>',
    );
  });

  it('flags a late form, with the exceptional circumstances stated', () => {
    const late = render({ flags: ['late'] }, { exceptionalCircumstances: 'Hospitalized for three months.' });
    expect(late.text).toContain('Late (more than 8 months after arrival): Yes');
    expect(late.text).toContain('Exceptional circumstances stated: Hospitalized for three months.');
    expect(render().text).toContain('Late (more than 8 months after arrival): No');
  });

  it('says who recommended and who concurred', () => {
    const notice = render();
    expect(notice.text).toContain('Recommended by: officer@ircc.example');
    expect(notice.text).toContain('Appuyé par\u202f: supervisor@ircc.example');
  });
});
