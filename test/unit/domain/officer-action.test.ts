import { describe, expect, it } from 'vitest';
import {
  ACTION_WORDS,
  actionSubject,
  type OfficerActionKind,
  readOfficerAction,
} from '../../../functions/domain/officer-action.js';

describe('reading an officer action', () => {
  it('reads the action after the tag in the subject, whatever the reply prefixes', () => {
    expect(readOfficerAction('RE: TR: [JAS-2026-7K3Q9M] RECOMMEND', 'Strong case.\n\n> earlier text')).toEqual({
      kind: 'RECOMMEND',
      text: 'Strong case.',
    });
    expect(readOfficerAction('[JAS-2026-7K3Q9M] approve undertaking', '')).toEqual({
      kind: 'APPROVE_UNDERTAKING',
      text: '',
    });
  });

  it('reads the action on the first line of the body, in French too, accents or not', () => {
    expect(
      readOfficerAction(
        'Re: [JAS-2026-7K3Q9M] Recommandation PAC à examiner',
        'Demande de renseignements : le rapport médical manque.\nMerci\n\nLe lun. 23 nov. 2026, a écrit :\n> x',
      ),
    ).toEqual({
      kind: 'REQUEST_INFO',
      text: 'le rapport médical manque.\nMerci',
    });
    expect(
      readOfficerAction('Re: [JAS-2026-7K3Q9M]', 'repondant trouve: Groupe Saint-Jean <groupe@sponsor.example>'),
    ).toEqual({
      kind: 'SPONSOR_FOUND',
      text: 'Groupe Saint-Jean <groupe@sponsor.example>',
    });
  });

  it('finds nothing in ordinary correspondence', () => {
    expect(
      readOfficerAction(
        'Re: [JAS-2026-7K3Q9M] JAS recommendation received',
        'Thank you, we recommend calling the family first.',
      ),
    ).toBeUndefined();
    expect(readOfficerAction('Re: [JAS-2026-7K3Q9M]', '')).toBeUndefined();
  });

  it('writes an action subject, in either language, that reads back as the same action', () => {
    expect(actionSubject('JAS-2026-7K3Q9M', 'DESIGNATE')).toBe('[JAS-2026-7K3Q9M] DESIGNATE');
    expect(actionSubject('JAS-2026-7K3Q9M', 'APPROVE_UNDERTAKING', 'fr')).toBe(
      '[JAS-2026-7K3Q9M] APPROUVER L’ENGAGEMENT',
    );
    for (const kind of Object.keys(ACTION_WORDS) as OfficerActionKind[])
      for (const language of ['en', 'fr'] as const)
        expect(readOfficerAction(`Re: ${actionSubject('JAS-2026-7K3Q9M', kind, language)}`, '')?.kind).toBe(kind);
  });
});
