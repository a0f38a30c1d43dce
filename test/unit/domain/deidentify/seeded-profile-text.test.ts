import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WORD_NAMES } from '../../../../functions/domain/deidentify/free-text-vocabulary.js';
import { loadLanguageWords } from '../../../../functions/domain/deidentify/language-words.js';
import { personalDataScrubber } from '../../../../functions/domain/deidentify/scrub-personal-data.js';
import { sampleCase } from '../../notices/helpers/notice-case.js';
import { folded } from '../../notices/helpers/notice-checks.js';

// Free text as SPOs and ROC-O write a profile, in English and French: what the profile must keep
// (sentence-initial words, program terms, institutions, countries and cities, faiths, languages)
// and what it must lose (every name, address, phone, email and date of anyone). The scrubber knows
// none of these values in advance.

const language = await loadLanguageWords();
const scrub = personalDataScrubber(sampleCase(), language);

describe('de-identifying seeded profile text, without destroying it', () => {
  it.each([
    [
      'Mother and three children. Doctors say the eldest needs surgery in Toronto. Gently, the family asked for a Kurdish-speaking group.',
      'Mother and three children. Doctors say the eldest needs surgery in Toronto. Gently, the family asked for a Kurdish-speaking group.',
    ],
    [
      'Dialysis three times a week. Mobility is limited. Wheelchair accessible housing is essential.',
      'Dialysis three times a week. Mobility is limited. Wheelchair accessible housing is essential.',
    ],
    [
      'The family fled Aleppo and lived in Beirut for six years before resettlement. Arrived via Amman.',
      'The family fled Aleppo and lived in Beirut for six years before resettlement. Arrived via Amman.',
    ],
    [
      'Regular appointments at the Hospital for Sick Children. Housing near public transit in Scarborough preferred.',
      'Regular appointments at the Hospital for Sick Children. Housing near public transit in Scarborough preferred.',
    ],
    [
      'Settlement needs: Orientation, Housing, Employment. Interpreter required (Tigrinya). Community: Orthodox Christian.',
      'Settlement needs: Orientation, Housing, Employment. Interpreter required (Tigrinya). Community: Orthodox Christian.',
    ],
    [
      'Family of five from Venezuela destined to Saskatoon; Grandmother is blind. Counselling through the Canadian Centre for Victims of Torture.',
      'Family of five from Venezuela destined to Saskatoon; Grandmother is blind. Counselling through the Canadian Centre for Victims of Torture.',
    ],
    [
      'Survivors of Daesh. Yazidi family. Needs trauma counselling, Arabic interpreter. The father, Khalil, passed away.',
      'Survivors of Daesh. Yazidi family. Needs trauma counselling, Arabic interpreter. The father, [removed], passed away.',
    ],
    [
      'Grace needs surgery. The family lived in Chad, then Lebanon. She lives with Hunter and Divine.',
      '[removed] needs surgery. The family lived in Chad, then Lebanon. She lives with [removed] and [removed].',
    ],
    [
      'Ahmed’s youngest child needs care. Mrs Noor and Dr Samir follow the family; call 613-555-0142 or write to noor.s@mail.example.',
      '[removed] youngest child needs care. [removed] and [removed] follow the family; call [removed] or write to [removed].',
    ],
    [
      'The interpreter, أحمد, knows the family; Лев helps on weekends. Tigrinya speaker.',
      'The interpreter, [removed], knows the family; [removed] helps on weekends. Tigrinya speaker.',
    ],
  ])('English: %s', (text, expected) => {
    expect(scrub(text).en).toBe(expected);
  });

  it.each([
    [
      'La mère souffre de diabète. Elle a besoin de rendez-vous réguliers. Les enfants fréquentent une école francophone à Longueuil.',
      'La mère souffre de diabète. Elle a besoin de rendez-vous réguliers. Les enfants fréquentent une école francophone à Longueuil.',
    ],
    [
      'Famille originaire de la République démocratique du Congo, arrivée à Montréal en passant par Kampala. L’aînée est malentendante.',
      'Famille originaire de la République démocratique du Congo, arrivée à Montréal en passant par Kampala. L’aînée est malentendante.',
    ],
    [
      'Besoins d’établissement\u202f: Orientation, Logement, Emploi. Suivi au CLSC de Côte-des-Neiges pour la physiothérapie.',
      'Besoins d’établissement\u202f: Orientation, Logement, Emploi. Suivi au CLSC de Côte-des-Neiges pour la physiothérapie.',
    ],
    [
      'Sa fille Espérance, 9 ans, a besoin d’un appareil auditif. Gloire, l’aînée, aide sa mère. Le père travaille de nuit.',
      'Sa fille [retiré], 9 ans, a besoin d’un appareil auditif. [retiré], l’aînée, aide sa mère. Le père travaille de nuit.',
    ],
    [
      'Ils habitent au 45, rue Principale, app. 3, H2X 1Y4; joindre Mme Nasser au 514 555-0199. Le fils aîné, Tariq, étudie depuis le 3 mars 2025.',
      'Ils habitent au [retiré]; joindre [retiré] au [retiré]. Le fils aîné, [retiré], étudie depuis [retiré].',
    ],
  ])('French: %s', (text, expected) => {
    expect(scrub(text).fr).toBe(expected);
  });
});

// Generated: ordinary profile sentences, and sentences that carry one personal detail each.

const ORDINARY = {
  en: [
    'Dialysis three times a week at the regional hospital.',
    'Mobility is limited; wheelchair accessible housing is essential.',
    'Regular appointments at the Hospital for Sick Children.',
    'The family fled Aleppo and lived in Beirut for six years.',
    'Settlement needs: Orientation, Housing, Employment.',
    'Counselling through the Canadian Centre for Victims of Torture.',
    'Interpreter required (Tigrinya).',
    'Gently, the family asked for a Kurdish-speaking group.',
    'Destined to Saskatoon, Saskatchewan; arrived via Nairobi.',
    'Survivors of Daesh: trauma counselling is ongoing.',
    'Medical Needs: Physiotherapy twice a week.',
    'Doctors recommend a quiet home near a clinic.',
    'Refugee from Colombia, speaks Spanish and some English.',
    'Single parent with four children; the youngest has epilepsy.',
  ],
  fr: [
    'La mère souffre de diabète et d’hypertension.',
    'Les enfants fréquentent une école francophone à Longueuil.',
    'Famille originaire de la République démocratique du Congo, arrivée à Montréal.',
    'Besoins d’établissement\u202f: Orientation, Logement, Emploi.',
    'Suivi régulier au CLSC pour la physiothérapie.',
    'Le père travaille de nuit; la famille parle swahili et français.',
    'Ils ont vécu au Pakistan pendant cinq ans.',
    'Interprète requis (arabe).',
    'L’aînée est malentendante et porte un appareil auditif.',
    'Parent seul avec quatre enfants; le plus jeune est épileptique.',
  ],
} as const;

const KNOWN_NAMES = [
  'Ahmed',
  'Fatima',
  'Omar',
  'Leila',
  'Yusuf',
  'Amina',
  'Hassan',
  'Zainab',
  'Tariq',
  'Oksana',
  'Dmytro',
  'Mugisha',
  'Habiba',
  'Jean-Pierre',
  'Marie-Claire',
  'Grace',
  'Divine',
  'Gloire',
  'Espérance',
  'Hope',
  'Precious',
];
const SYLLABLES = ['ka', 'ri', 'mo', 'sa', 'li', 'na', 'ha', 'zu', 'de', 'bo', 'ta', 'yo', 'fe', 'gu'];
/**
 * Names from a pool of real ones, and made-up ones. A made-up name that happens to be a word of
 * English or French ("Sali", "Mode") is left out: a word is taken for a name only where nothing
 * else reads it as one, or when it is one of the given names that are words (`WORD_NAMES`).
 */
const nameArb = fc.oneof(
  fc.constantFrom(...KNOWN_NAMES),
  fc
    .array(fc.constantFrom(...SYLLABLES), { minLength: 2, maxLength: 4 })
    .map((parts) => parts.join(''))
    .filter((name) => !language.words.has(name) && !language.cities.has(name) && !WORD_NAMES.has(name))
    .map((name) => name[0]!.toUpperCase() + name.slice(1)),
);

interface Seeded {
  readonly text: string;
  /** What must not survive. */
  readonly secrets: readonly string[];
}

const personalEn: fc.Arbitrary<Seeded> = fc
  .record({
    name: nameArb,
    age: fc.integer({ min: 1, max: 17 }),
    lower: fc.boolean(),
    shape: fc.integer({ min: 0, max: 8 }),
    phone: fc.integer({ min: 1000, max: 9999 }),
    year: fc.integer({ min: 1960, max: 2025 }),
  })
  .map(({ name, age, lower, shape, phone, year }) => {
    const as = lower ? name.toLowerCase() : name;
    return [
      { text: `Her son ${as}, ${age}, uses a wheelchair.`, secrets: [name] },
      { text: `${name} needs specialist care.`, secrets: [name] },
      { text: `The father, ${name}, passed away.`, secrets: [name] },
      { text: `She lives with ${name} and the children.`, secrets: [name] },
      { text: `Mrs ${as} helps with appointments.`, secrets: [name] },
      { text: `${name}’s school is nearby.`, secrets: [name] },
      { text: `Call the family at 416-555-${phone}.`, secrets: [String(phone)] },
      { text: `The eldest was born on 3 March ${year}.`, secrets: [String(year)] },
      { text: `They live at ${phone} Maple Avenue, apt 3.`, secrets: [String(phone), 'Maple'] },
    ][shape]!;
  });

const personalFr: fc.Arbitrary<Seeded> = fc
  .record({
    name: nameArb,
    age: fc.integer({ min: 1, max: 17 }),
    lower: fc.boolean(),
    shape: fc.integer({ min: 0, max: 6 }),
    phone: fc.integer({ min: 1000, max: 9999 }),
    year: fc.integer({ min: 1960, max: 2025 }),
  })
  .map(({ name, age, lower, shape, phone, year }) => {
    const as = lower ? name.toLowerCase() : name;
    return [
      { text: `Sa fille ${as}, ${age} ans, va à l’école.`, secrets: [name] },
      { text: `${name} a besoin de soutien.`, secrets: [name] },
      { text: `Le fils aîné, ${name}, étudie.`, secrets: [name] },
      { text: `Mme ${as} aide la famille.`, secrets: [name] },
      { text: `Joindre la famille au 514 555-${phone}.`, secrets: [String(phone)] },
      { text: `L’aînée est née le 3 mars ${year}.`, secrets: [String(year)] },
      { text: `Ils habitent au ${phone}, rue Principale, app. 3.`, secrets: [String(phone), 'Principale'] },
    ][shape]!;
  });

/** A profile paragraph: ordinary sentences with personal ones among them, in one language. */
const paragraphArb = fc.constantFrom('en', 'fr').chain((lang) =>
  fc.record({
    ordinary: fc.uniqueArray(fc.constantFrom(...ORDINARY[lang as 'en' | 'fr']), { minLength: 2, maxLength: 4 }),
    personal: fc.array(lang === 'en' ? personalEn : personalFr, { minLength: 1, maxLength: 3 }),
    order: fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }),
  }),
);

/** Whole words only: a name must not survive, but "ali" may sit inside "quality". */
function containsWord(haystack: string, word: string): boolean {
  const needle = folded(word).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${needle}(?![\\p{L}\\p{N}])`, 'u').test(folded(haystack));
}

describe('de-identifying generated profile paragraphs', () => {
  it('no seeded personal detail survives, and every ordinary sentence survives whole', () => {
    fc.assert(
      fc.property(paragraphArb, ({ ordinary, personal, order }) => {
        // Interleave: the personal sentences fall among the ordinary ones.
        const sentences: string[] = [...ordinary];
        personal.forEach((seeded, index) => {
          sentences.splice(order[index] ? 0 : sentences.length, 0, seeded.text);
        });
        const text = sentences.join(' ');
        const result = scrub(text);
        for (const { secrets } of personal)
          for (const secret of secrets) {
            expect(containsWord(result.en, secret), `${text}\n→ ${result.en}`).toBe(false);
            expect(containsWord(result.fr, secret), `${text}\n→ ${result.fr}`).toBe(false);
          }
        for (const sentence of ordinary) expect(result.en, `${text}\n→ ${result.en}`).toContain(sentence);
      }),
      { numRuns: 500, seed: 646 },
    );
  });
});
