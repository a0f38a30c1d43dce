import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadLanguageWords } from '../../../../functions/domain/deidentify/language-words.js';
import { personalDataScrubber } from '../../../../functions/domain/deidentify/scrub-personal-data.js';
import { sampleCase } from '../../notices/helpers/notice-case.js';
import { folded } from '../../notices/helpers/notice-checks.js';

// Free text as SPOs write it about a family, generated: names the form does not list (children,
// spouses, relatives), addresses in English and French forms, postal codes, phones, emails and
// dates. The scrubber knows none of these values; it must remove them all and keep the needs.

const scrub = personalDataScrubber(sampleCase(), await loadLanguageWords());

const FIRST_NAMES = [
  'Ahmed',
  'Fatima',
  'Omar',
  'Leila',
  'Yusuf',
  'Amina',
  'Hassan',
  'Zainab',
  'Mohammed',
  'Aisha',
  'Ibrahim',
  'Mariam',
  'Khalid',
  'Noor',
  'Samir',
  'Rania',
  'Tariq',
  'Jean-Pierre',
  'Marie-Claire',
  'Oksana',
  'Dmytro',
  'Nguyen',
  'Esperance',
  'Gloire',
  'Divine',
  'Mugisha',
  'Habiba',
];
const SYLLABLES = ['ka', 'ri', 'mo', 'sa', 'li', 'na', 'ha', 'zu', 'de', 'bo', 'ta', 'yo', 'fe', 'gu'];
/** Names from a pool of real ones, and made-up ones that are words of no language. */
const nameArb = fc.oneof(
  fc.constantFrom(...FIRST_NAMES),
  fc
    .array(fc.constantFrom(...SYLLABLES), { minLength: 2, maxLength: 4 })
    .map((parts) => parts.join(''))
    .map((name) => name[0]!.toUpperCase() + name.slice(1)),
);
const lowerOrAsIs = (name: string, lower: boolean) => (lower ? name.toLowerCase() : name);

const STREET_NAMES = ['Main', 'Maple', 'Principale', 'Saint-Denis', 'Sherbrooke', 'Notre-Dame', 'Bloor', 'Kaleta'];
const EN_TYPES = ['Street', 'St.', 'Avenue', 'Ave', 'Road', 'Rd', 'Boulevard', 'Drive', 'Crescent', 'Court'];
const FR_TYPES = ['rue', 'avenue', 'boulevard', 'boul.', 'chemin', 'place', 'rang'];
const POSTAL_LETTERS = 'ABCEGHJKLMNPRSTVXY';

const postalCodeArb = fc
  .tuple(
    fc.constantFrom(...POSTAL_LETTERS),
    fc.integer({ min: 0, max: 9 }),
    fc.constantFrom(...POSTAL_LETTERS),
    fc.constantFrom(' ', ''),
    fc.integer({ min: 0, max: 9 }),
    fc.constantFrom(...POSTAL_LETTERS),
    fc.integer({ min: 0, max: 9 }),
  )
  .map((parts) => parts.join(''));

interface Address {
  readonly text: string;
  /** What must not survive: the civic number, the unit, the street's name, the postal code. */
  readonly secrets: readonly string[];
}

const addressArb: fc.Arbitrary<Address> = fc
  .record({
    number: fc.integer({ min: 20, max: 9999 }),
    unit: fc.integer({ min: 100, max: 999 }),
    street: fc.constantFrom(...STREET_NAMES),
    english: fc.boolean(),
    enType: fc.constantFrom(...EN_TYPES),
    frType: fc.constantFrom(...FR_TYPES),
    unitWord: fc.constantFrom('apt', 'apt.', 'unit', 'app.', 'appartement', '#'),
    postal: postalCodeArb,
    withPostal: fc.boolean(),
  })
  .map(({ number, unit, street, english, enType, frType, unitWord, postal, withPostal }) => {
    const unitText = unitWord === '#' ? `#${unit}` : `${unitWord} ${unit}`;
    const core = english ? `${number} ${street} ${enType}, ${unitText}` : `${number}, ${frType} ${street}, ${unitText}`;
    return {
      text: withPostal ? `${core}, ${postal}` : core,
      secrets: [String(number), String(unit), street, ...(withPostal ? [postal] : [])],
    };
  });

const phoneArb = fc
  .tuple(
    fc.integer({ min: 200, max: 989 }),
    fc.integer({ min: 200, max: 989 }),
    fc.integer({ min: 1000, max: 9999 }),
    fc.constantFrom('-', ' ', '.', ''),
    fc.constantFrom('', '+1 ', '1-', '(paren)'),
    fc.constantFrom('', ' ext. 12', ' poste 3'),
  )
  .map(([area, exchange, line, sep, prefix, extension]) => {
    const number =
      prefix === '(paren)' ? `(${area}) ${exchange}-${line}` : `${prefix}${area}${sep}${exchange}${sep}${line}`;
    return { text: `${number}${extension}`, secrets: [String(line)] };
  });

const emailArb = fc
  .tuple(nameArb, fc.constantFrom('gmail.example', 'mail.example.ca', 'yahoo.example'))
  .map(([name, domain]) => ({ text: `${name.toLowerCase()}.f@${domain}`, secrets: ['@', name.toLowerCase()] }));

const MONTHS = {
  en: ['January', 'March', 'April', 'June', 'August', 'October', 'December'],
  fr: ['janvier', 'mars', 'avril', 'juin', 'août', 'octobre', 'décembre'],
};
const dateArb = fc
  .record({
    year: fc.integer({ min: 1960, max: 2026 }),
    month: fc.integer({ min: 0, max: 6 }),
    day: fc.integer({ min: 1, max: 28 }),
    format: fc.constantFrom('iso', 'dmy', 'en', 'fr', 'month-year'),
  })
  .map(({ year, month, day, format }) => {
    const m = String([1, 3, 4, 6, 8, 10, 12][month]).padStart(2, '0');
    const text = {
      iso: `${year}-${m}-${String(day).padStart(2, '0')}`,
      dmy: `${day}/${m}/${year}`,
      en: `${MONTHS.en[month]} ${day}, ${year}`,
      fr: `le ${day} ${MONTHS.fr[month]} ${year}`,
      'month-year': `${MONTHS.en[month]} ${year}`,
    }[format];
    return { text, secrets: [String(year)] };
  });

interface Family {
  readonly text: string;
  readonly names: readonly string[];
}

/** A family described the ways SPOs write it, in English or French, names capitalized or not. */
const familyArb: fc.Arbitrary<Family> = fc
  .record({
    names: fc.uniqueArray(nameArb, { minLength: 3, maxLength: 3, selector: (name) => name.toLowerCase() }),
    ages: fc.tuple(fc.integer({ min: 1, max: 17 }), fc.integer({ min: 1, max: 17 })),
    shape: fc.integer({ min: 0, max: 5 }),
    lower: fc.boolean(),
  })
  .map(({ names, ages, shape, lower }) => {
    const [a, b, c] = names as [string, string, string];
    const [x, y] = ages;
    const text = [
      `Her son ${lowerOrAsIs(a, lower)}, ${x}, uses a wheelchair; her daughter ${b} (${y}) needs speech therapy.`,
      `The children are ${a} (${x}), ${b} (${y}) and ${c}. ${a} needs specialist care.`,
      `Son fils ${lowerOrAsIs(a, lower)}, ${x} ans, a besoin d’un fauteuil roulant. Sa fille ${b} va à l’école avec ${c}.`,
      `Ses enfants ${a}, ${b} et ${c} ont besoin de soutien. ${b} a ${y} ans.`,
      `Single mother (${a} ${c}) with two children; her brother ${lowerOrAsIs(b, lower)} helps with child care.`,
      `${a}’s youngest child needs regular specialist care. Mrs ${c} and Dr ${b} follow the family.`,
    ][shape]!;
    return { text, names: [a, b, c].filter((name) => text.includes(name) || text.includes(name.toLowerCase())) };
  });

const NEEDS = ['wheelchair', 'specialist', 'therapy', 'fauteuil', 'soutien', 'child care', 'école'];

/** Whole words only: a name must not survive, but "ali" may sit inside "quality". */
function containsWord(haystack: string, word: string): boolean {
  const needle = folded(word).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${needle}(?![\\p{L}\\p{N}])`, 'u').test(folded(haystack));
}

describe('de-identifying free text the scrubber has never seen', () => {
  it('removes every family member’s name, in English and French, capitalized or not', () => {
    fc.assert(
      fc.property(familyArb, (family) => {
        const result = scrub(family.text);
        for (const name of family.names) {
          expect(containsWord(result.en, name), `${family.text} → ${result.en}`).toBe(false);
          expect(containsWord(result.fr, name), `${family.text} → ${result.fr}`).toBe(false);
        }
        const kept = NEEDS.filter((word) => family.text.includes(word));
        for (const word of kept) expect(result.en, `${family.text} → ${result.en}`).toContain(word);
      }),
      { numRuns: 400, seed: 646 },
    );
  });

  it('removes addresses in English and French forms, units and postal codes', () => {
    fc.assert(
      fc.property(addressArb, fc.boolean(), (address, cue) => {
        const text = cue
          ? `The family lives at ${address.text}. The youngest needs specialist care.`
          : `Adresse\u202f: ${address.text}; la famille a besoin de soutien.`;
        const result = scrub(text).en;
        for (const secret of address.secrets) expect(containsWord(result, secret), `${text} → ${result}`).toBe(false);
        expect(result).toMatch(/specialist|soutien/);
      }),
      { numRuns: 400, seed: 646 },
    );
  });

  it('removes addresses written without a cue', () => {
    fc.assert(
      fc.property(addressArb, (address) => {
        const text = `Contact at ${address.text} for the appointments.`;
        const result = scrub(text).en;
        for (const secret of address.secrets) expect(containsWord(result, secret), `${text} → ${result}`).toBe(false);
      }),
      { numRuns: 300, seed: 1324 },
    );
  });

  it('removes phone numbers, emails and dates of any kind', () => {
    fc.assert(
      fc.property(phoneArb, emailArb, dateArb, (phone, email, date) => {
        const text = `Call ${phone.text} or write to ${email.text}; arrived ${date.text}, needs therapy.`;
        const result = scrub(text).en;
        for (const secret of [...phone.secrets, ...email.secrets, ...date.secrets])
          expect(folded(result), `${text} → ${result}`).not.toContain(folded(secret));
        expect(result).toContain('needs therapy');
      }),
      { numRuns: 400, seed: 5492 },
    );
  });

  it('turns the issue’s own example into a profile line with nothing personal', () => {
    expect(scrub('She lives at 12 Main Street, apt 4. Her son Ahmed, 7, uses a wheelchair.').en).toBe(
      'She lives at [removed]. Her son [removed], 7, uses a wheelchair.',
    );
    expect(scrub('Ils habitent au 12, rue Principale, app. 4, H2X 1Y4. Sa fille Sara, 5 ans, va à l’école.').fr).toBe(
      'Ils habitent au [retiré]. Sa fille [retiré], 5 ans, va à l’école.',
    );
  });

  it('keeps what a sponsor needs: places, languages, programs, ages', () => {
    const text = 'Family of five from Syria, speaks Arabic, destined to Toronto, Ontario; children aged 2, 5 and 8.';
    expect(scrub(text).en).toBe(text);
  });
});
