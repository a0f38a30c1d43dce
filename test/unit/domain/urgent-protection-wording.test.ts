import { describe, expect, it } from 'vitest';
import { foldText } from '../../../functions/domain/wording/fold-text.js';
import {
  destinedToQuebec,
  mentionsUnaccompaniedMinor,
} from '../../../functions/domain/wording/urgent-protection-wording.js';

describe('French and English wordings are recognised alike', () => {
  it('folds accents, case, apostrophes and spaces', () => {
    expect(foldText('Mineure  NON accompagnée — s’établir')).toBe("mineure non accompagnee - s'etablir");
  });

  it.each([
    'The client is an unaccompanied minor.',
    'Client: UNACCOMPANIED MINORS (2)',
    'Il s’agit d’un mineur non accompagné.',
    'Elle est mineure non accompagnée, 16 ans.',
    'mineurs non accompagnés',
    'MINEURE NON ACCOMPAGNEE',
    'une enfant non accompagnée',
    'separated child, 15',
  ])('an unaccompanied minor: %s', (text) => {
    expect(mentionsUnaccompaniedMinor(text)).toBe(true);
  });

  it.each([
    'accompanied by her mother',
    'The minor is accompanied by an uncle.',
    'accompagnement non requis pour le mineur',
  ])('not an unaccompanied minor: %s', (text) => {
    expect(mentionsUnaccompaniedMinor(text)).toBe(false);
  });

  it.each([
    'Destination: Québec',
    'The family will settle in Montreal, Quebec.',
    'Destined to Gatineau (QC)',
    'Province of destination: QC',
    'La famille est destinée à Montréal.',
    'Elle va s’établir à Sherbrooke.',
    'À destination de Trois-Rivières',
  ])('destined to Quebec: %s', (text) => {
    expect(destinedToQuebec(text)).toBe(true);
  });

  it.each([
    'Destination: Toronto, Ontario',
    'Her sister lives in Quebec; the family will settle in Winnipeg.',
    'Province: Manitoba',
    'ROC-O (Ottawa) and MIDI were copied.',
  ])('not destined to Quebec: %s', (text) => {
    expect(destinedToQuebec(text)).toBe(false);
  });
});
