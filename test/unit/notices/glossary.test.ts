import { describe, expect, it } from 'vitest';
import * as readErrors from '../../../forms/read-errors.js';
import { getForm, listForms } from '../../../forms/registry.js';
import { validateForm } from '../../../forms/validate-form.js';
import { CASE_STATE_NAMES } from '../../../functions/domain/case-state-names.js';
import { ACTION_DESCRIPTIONS, ACTION_WORDS } from '../../../functions/domain/officer-action.js';
import { deidentifiedProfile } from '../../../functions/notices/deidentified-profile.js';
import type { NoticeBlock } from '../../../functions/notices/notice-content.js';
import type { BilingualText } from '../../../kernel/bilingual-text.js';
import { ABBREVIATIONS, FRENCH_TO_AVOID, frenchColonProblems, TERMS } from '../../../kernel/glossary.js';
import { everyNotice } from './helpers/every-notice.js';
import { sampleCase } from './helpers/notice-case.js';

/** The French of a notice: its subject and every block of its French body. */
function blockText(block: NoticeBlock): string[] {
  if ('paragraph' in block) return [block.paragraph];
  if ('facts' in block) return block.facts.flat();
  if ('list' in block) return [...block.list];
  if ('actions' in block)
    return block.actions.flatMap((action) => [action.text, action.mail.subject, action.mail.body ?? '']);
  if ('warning' in block) return [block.warning];
  return [block.link.text, block.link.mail.subject];
}

async function noticeFrench(): Promise<{ where: string; fr: string }[]> {
  const caseRecord = sampleCase({
    state: 'undertaking_submitted',
    sponsor: { name: 'Grace Church Group', email: 'sah@church.example' },
    promotion: { startedOn: '2026-12-01', endsBy: '2027-04-01' },
    jasPeriod: { startsOn: '2026-08-23', midpointOn: '2027-08-23', endsOn: '2028-08-23' },
    flags: ['late'],
  });
  return (await everyNotice(caseRecord)).flatMap(({ name, content }) => [
    // A subject the same in both languages is a fixed one (seed 002's urgent protection subject), not French prose.
    ...(content.subject.fr === content.subject.en ? [] : [{ where: `${name} subject`, fr: content.subject.fr }]),
    ...content.body.fr.flatMap(blockText).map((fr) => ({ where: name, fr })),
  ]);
}

/** Every French text a form shows or says: title, sections, labels, help, choices, and each rule's message. */
function formFrench(): { where: string; fr: string }[] {
  return listForms().flatMap(({ id }) => {
    const form = getForm(id)!;
    const texts: { where: string; fr: string }[] = [
      { where: `${id} title`, fr: form.title.fr },
      ...form.sections.map((section) => ({ where: `${id} section ${section.id}`, fr: section.title.fr })),
      ...form.fields.flatMap((field) => [
        { where: `${id} ${field.name}`, fr: field.label.fr },
        ...(field.help ? [{ where: `${id} ${field.name} help`, fr: field.help.fr }] : []),
        ...(field.options ?? []).map((option) => ({
          where: `${id} ${field.name}=${option.code}`,
          fr: option.label.fr,
        })),
      ]),
    ];
    // Empty values and values of the wrong shape make every field rule and most form rules speak.
    for (const values of [{}, Object.fromEntries(form.fields.map((field) => [field.name, 'x'.repeat(3000)]))]) {
      const result = validateForm(form, values, { receivedOn: '2026-11-23' });
      const problems = result.ok ? result.warnings : result.problems;
      texts.push(...problems.map((problem) => ({ where: `${id} ${problem.code}`, fr: problem.message.fr })));
    }
    return texts;
  });
}

function readErrorFrench(): { where: string; fr: string }[] {
  const made = [
    readErrors.notAPdf(),
    readErrors.pdfTooLarge(30_000_000, 20_000_000),
    readErrors.pdfExpandsTooFar(100_000_000),
    readErrors.pdfEncrypted(),
  ];
  return made.map((error) => ({ where: error.code, fr: error.explanation.fr }));
}

const bilingual = (where: string, texts: Readonly<Record<string, BilingualText>>) =>
  Object.entries(texts).map(([key, text]) => ({ where: `${where} ${key}`, fr: text.fr }));

async function profileFrench(): Promise<{ where: string; fr: string }[]> {
  return (await deidentifiedProfile(sampleCase())).facts.flatMap(([label, value]) => [
    { where: `profile ${label.en}`, fr: label.fr },
    ...(typeof value === 'string' ? [] : [{ where: `profile ${label.en} value`, fr: value.fr }]),
  ]);
}

const EVERY_FRENCH_TEXT = [
  ...formFrench(),
  ...readErrorFrench(),
  ...bilingual('state', CASE_STATE_NAMES),
  ...bilingual('action', ACTION_DESCRIPTIONS),
  ...bilingual('action word', ACTION_WORDS),
  ...bilingual('term', TERMS),
  ...(await profileFrench()),
  ...(await noticeFrench()),
];

describe('the French glossary', () => {
  it('gives each abbreviation its French form, never the English one', () => {
    for (const [key, abbreviation] of Object.entries(ABBREVIATIONS)) {
      expect(abbreviation.fr, key).not.toBe(abbreviation.en);
      const term = TERMS[key as keyof typeof TERMS];
      expect(term.fr, key).toContain(`(${abbreviation.fr})`);
      expect(term.en, key).toContain(`(${abbreviation.en})`);
    }
  });

  it('finds the variants it forbids, and the colon without its narrow no-break space', () => {
    const flagged = (text: string) => FRENCH_TO_AVOID.filter(({ pattern }) => pattern.test(text)).length;
    expect(flagged('Demandez au FSE')).toBe(1);
    expect(flagged('la liste de contrôle')).toBe(1);
    expect(flagged('un message au pipeline')).toBe(1);
    expect(flagged('le FS du PAR et la liste de vérification')).toBe(0);
    expect(frenchColonProblems('Objet : x')).toEqual(['Objet :']);
    expect(frenchColonProblems('Objet\u00a0: x')).toHaveLength(1);
    expect(frenchColonProblems('Objet\u202f: x, écrivez à jas@intake.example, mailto:a@b?x=y, à 14:30')).toEqual([]);
  });

  it('is what every notice, form label, rule, error, state, action and the profile say in French', () => {
    expect(EVERY_FRENCH_TEXT.length).toBeGreaterThan(600);
    const offences = EVERY_FRENCH_TEXT.flatMap(({ where, fr }) => [
      ...FRENCH_TO_AVOID.filter(({ pattern }) => pattern.test(fr)).map(
        ({ write }) => `${where}: “${fr}” (write ${write})`,
      ),
      ...frenchColonProblems(fr).map((near) => `${where}: colon without a narrow no-break space in “…${near}”`),
    ]);
    expect(offences).toEqual([]);
  });
});
