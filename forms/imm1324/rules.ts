import { JAS_PERIOD_MONTHS, jasPeriodFrom } from '../../kernel/policy-calendar.js';
import { completeRows, notAfterReceipt } from '../common-rules.js';
import { fieldProblem } from '../field-problem.js';
import type { FormRule } from '../form-definition.js';
import { SPONSOR_GROUP_RULES } from '../sponsor-group-fields.js';

/** The undertaking's period must be the JAS period: from the arrival date, 24 calendar months. */
const jasPeriod: FormRule = (input, output) => {
  const arrival = input.value('refugee.arrivalDate');
  if (typeof arrival !== 'string') return;
  if (typeof input.value('sponsorship.startDate') === 'string' && input.value('sponsorship.startDate') !== arrival) {
    output.problem(
      fieldProblem(input.field('sponsorship.startDate'), 'JAS_PERIOD_START', {
        en: 'must be the date of arrival in Canada: a JAS sponsorship runs from arrival.',
        fr: 'doit être la date d’arrivée au Canada\u202f: un parrainage du PAC commence à l’arrivée.',
      }),
    );
  }
  if (
    typeof input.value('sponsorship.endDate') === 'string' &&
    input.value('sponsorship.endDate') !== jasPeriodFrom(arrival).endsOn
  ) {
    output.problem(
      fieldProblem(input.field('sponsorship.endDate'), 'JAS_PERIOD_LENGTH', {
        en: `must be ${JAS_PERIOD_MONTHS} months after the date of arrival in Canada (the JAS period).`,
        fr: `doit être ${JAS_PERIOD_MONTHS} mois après la date d’arrivée au Canada (la période du PAC).`,
      }),
    );
  }
};

export const IMM1324_RULES: readonly FormRule[] = [
  ...SPONSOR_GROUP_RULES,
  notAfterReceipt('refugee.arrivalDate', 'signatories.1.signedOn', 'signatories.2.signedOn', 'sah.signedOn'),
  completeRows([
    {
      all: ['signatories.2.name', 'signatories.2.signedOn'],
      required: ['signatories.2.name', 'signatories.2.signedOn'],
    },
  ]),
  jasPeriod,
];
