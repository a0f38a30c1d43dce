import { completeRows, requiredWhen } from '../common-rules.js';
import { fieldProblem } from '../field-problem.js';
import type { FormRule } from '../form-definition.js';
import { SPONSOR_GROUP_RULES } from '../sponsor-group-fields.js';
import { IMM5492_MEMBER_ROWS } from './fields.js';

/** Funds and in-kind donations below what the sponsorship requires: ROC-O decides, so it is a warning. */
const fundsCoverNeeds: FormRule = (input, output) => {
  const required = input.value('finances.requiredFunds');
  const available = input.value('finances.availableFunds');
  const inKind = input.value('finances.inKindValue');
  if (typeof required !== 'number' || typeof available !== 'number') return;
  if (available + (typeof inKind === 'number' ? inKind : 0) < required) {
    output.warning(
      fieldProblem(input.field('finances.availableFunds'), 'FUNDS_BELOW_REQUIRED', {
        en: 'with in-kind donations, is less than the funds the sponsorship requires.',
        fr: 'avec les dons en nature, est inférieur aux fonds requis pour le parrainage.',
      }),
    );
  }
};

export const IMM5492_RULES: readonly FormRule[] = [
  ...SPONSOR_GROUP_RULES,
  completeRows(
    Array.from({ length: IMM5492_MEMBER_ROWS }, (_, index) => ({
      all: ['name', 'role', 'email'].map((column) => `members.${index + 1}.${column}`),
      required: ['name', 'role'].map((column) => `members.${index + 1}.${column}`),
    })),
  ),
  requiredWhen(
    (input) =>
      typeof input.value('other.currentSponsorships') === 'number' &&
      (input.value('other.currentSponsorships') as number) > 0,
    { en: 'the group carries other sponsorships', fr: 'le groupe assume d’autres parrainages' },
    'other.details',
  ),
  fundsCoverNeeds,
];
