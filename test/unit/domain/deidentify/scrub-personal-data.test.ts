import { describe, expect, it } from 'vitest';
import { loadLanguageWords } from '../../../../functions/domain/deidentify/language-words.js';
import { oneTextForBoth, personalDataScrubber } from '../../../../functions/domain/deidentify/scrub-personal-data.js';
import { sampleCase } from '../../notices/helpers/notice-case.js';
import { folded } from '../../notices/helpers/notice-checks.js';

const scrub = personalDataScrubber(
  sampleCase({ sponsor: { name: 'Grace Church Group', email: 'sah@church.example' } }),
  await loadLanguageWords(),
);

/** A small seeded generator (mulberry32): the same cases every run, no dependency. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(next: () => number, items: readonly T[]): T => items[Math.floor(next() * items.length)]!;

function randomCase(next: () => number, word: string): string {
  return [...word].map((char) => (next() < 0.5 ? char.toUpperCase() : char.toLowerCase())).join('');
}

const NAME_FORMS = ['Haddad', 'Amal', 'Zoé', 'Zoe', 'Hàddad', 'Amál', 'Jordan', 'Tremblay'];
const UCI_SEPARATORS = ['', ' ', '-', '.', '/', ' - '];
const BIRTH_DATES = [
  '1988-04-17',
  '1988/4/17',
  '17/04/1988',
  '04/17/1988',
  '17.04.88',
  '17 avril 1988',
  'April 17, 1988',
  '17th of April 1988',
  'apr. 17 1988',
  '17 AVR. 1988',
];
const CONTACTS = [
  'intake@spo.example',
  'amal.haddad@mail.example',
  'SAH@Church.Example',
  '416-555-0123',
  '(416) 555 0123',
  '+1 416 555 0123',
  '4165550123',
  '555-0123',
  '+44 20 7946 0958',
];
const FILLER = [
  'needs',
  'support',
  'with',
  'appointments',
  'avec',
  'mère',
  'enfants',
  '2,',
  '5',
  'et',
  '8',
  'ans',
  'since',
  'school',
  'the',
  'family',
];

function uciWith(next: () => number): string {
  const separator = pick(next, UCI_SEPARATORS);
  return next() < 0.5 ? `1234${separator}5678` : `12${separator}34${separator}56${separator}78`;
}

describe('scrubbing personal data from free text', () => {
  it('removes every generated mention of the case’s personal data and keeps the rest', () => {
    const next = random(646);
    for (let run = 0; run < 300; run += 1) {
      const parts: string[] = [];
      for (let index = 0; index < 12; index += 1) {
        const roll = next();
        if (roll < 0.2) parts.push(randomCase(next, pick(next, NAME_FORMS)));
        else if (roll < 0.3) parts.push(uciWith(next));
        else if (roll < 0.4) parts.push(pick(next, BIRTH_DATES));
        else if (roll < 0.5) parts.push(pick(next, CONTACTS));
        else parts.push(pick(next, FILLER));
      }
      const text = parts.join(pick(next, [' ', ', ', '; ', ' (', ') ']));
      const result = folded(scrub(text).en);
      for (const word of [
        'haddad',
        'amal',
        'zoe',
        'jordan',
        'tremblay',
        '1988',
        'avril',
        'april',
        'avr',
        'apr',
        '@',
        '555',
      ]) {
        expect(result, `${text} → ${result}`).not.toContain(word);
      }
      expect(result, text).not.toMatch(/1\D{0,3}2\D{0,3}3\D{0,3}4\D{0,3}5\D{0,3}6\D{0,3}7\D{0,3}8/);
      for (const word of parts.filter((part) => FILLER.includes(part) && /\p{L}{3,}/u.test(part)))
        expect(result).toContain(folded(word));
    }
  });

  it('says [removed] in English and [retiré] in French, one placeholder for a full name', () => {
    expect(scrub('Amal Zoé Haddad, born 1988-04-17.')).toEqual({
      en: '[removed], born [removed].',
      fr: '[retiré], born [retiré].',
    });
  });

  it('removes the sponsor’s name as a phrase, not its common words elsewhere', () => {
    expect(scrub('grace  church group will help; the church nearby too').en).toBe(
      '[removed] will help; the church nearby too',
    );
  });

  it('leaves text without personal data as it was', () => {
    const text = 'Mère seule avec trois enfants (2, 5 et 8 ans).';
    expect(scrub(text)).toEqual({ en: text, fr: text });
  });

  it('prints a value once when its languages differ only by their placeholders', () => {
    expect(oneTextForBoth(scrub('Call Amal.'))).toBe('Call [removed / retiré].');
    expect(oneTextForBoth({ en: 'Yes', fr: 'Oui' })).toBeUndefined();
  });
});
