import {
  addCalendarMonths,
  RAP_SUPPORT_MONTHS,
  recommendationDeadline,
  todayIn,
} from '../../kernel/policy-calendar.js';
import { atLeastOneChecked, notAfterReceipt, onlyWhen, onOrAfter, requiredWhen } from '../common-rules.js';
import { fieldProblem } from '../field-problem.js';
import type { FormRule, RuleInput } from '../form-definition.js';
import { officeTimeZone } from '../local-offices.js';

/** The flag a GAR form received after the deadline carries. */
export const LATE_FLAG = 'late';

/**
 * The flag of a late GAR form with neither exceptional circumstances nor a sponsor: OB 646 step 1
 * says it is "not considered unless" — a decision for the local office (CONSIDER LATE FORM), so
 * the form goes to the office rather than back to the sender.
 */
export const LATE_NOT_CONSIDERED_FLAG = 'late_not_considered';

const isBvor = (input: RuleInput): boolean => input.value('caseType') === 'BVOR';
const sponsorIdentified = (input: RuleInput): boolean => input.value('sponsor.identified') === true;
/**
 * OB 646 step 5: a BVOR case whose sponsoring group continues is not promoted; that group is the
 * sponsor who sends the undertaking, so the form names it even when nobody answered "identified".
 */
const bvorSponsorContinuesUnnamed = (input: RuleInput): boolean =>
  isBvor(input) && input.value('sponsor.bvorSponsorContinues') === true && !sponsorIdentified(input);

/**
 * OB 646 step 1: a GAR form received more than 8 calendar months after arrival is late, and is
 * considered only with exceptional circumstances or an identified sponsor — or when the office
 * decides to consider it anyway. The deadline is computed
 * from the arrival date and the date the email arrived at the local office it is sent to (that
 * office's calendar day), never from a date typed on the form.
 */
const garDeadline: FormRule = (input, output) => {
  const arrival = input.value('client.arrivalDate');
  if (input.value('caseType') !== 'GAR' || typeof arrival !== 'string') return;
  if (receivedAtOffice(input) <= recommendationDeadline(arrival)) return;
  output.flag(LATE_FLAG);
  if (input.isEmpty('exceptionalCircumstances') && !sponsorIdentified(input)) output.flag(LATE_NOT_CONSIDERED_FLAG);
};

/** The day the form reached the office it names, in that office's time zone, when the instant is known. */
function receivedAtOffice(input: RuleInput): string {
  const office = input.value('localOffice');
  const timeZone = typeof office === 'string' ? officeTimeZone(office) : undefined;
  return input.receivedAt && timeZone ? todayIn(timeZone, new Date(input.receivedAt)) : input.receivedOn;
}

/** OB 646: a GAR case's needs were identified during the period of RAP support, not after it. */
const garNeedsDuringRapSupport: FormRule = (input, output) => {
  const arrival = input.value('client.arrivalDate');
  const identified = input.value('criteria.needsIdentifiedOn');
  if (input.value('caseType') !== 'GAR' || typeof arrival !== 'string' || typeof identified !== 'string') return;
  if (identified <= addCalendarMonths(arrival, RAP_SUPPORT_MONTHS)) return;
  output.problem(
    fieldProblem(input.field('criteria.needsIdentifiedOn'), 'NEEDS_AFTER_RAP_SUPPORT', {
      en: `must fall within the period of RAP support, which ends ${RAP_SUPPORT_MONTHS} months after the date of arrival in Canada: OB 646 considers a GAR case whose needs were identified during that period.`,
      fr: `doit tomber pendant la période de soutien du PAR, qui prend fin ${RAP_SUPPORT_MONTHS} mois après la date d’arrivée au Canada\u202f: le BO 646 examine un cas de RPG dont les besoins ont été relevés pendant cette période.`,
    }),
  );
};

/** OB 646 step 1: GAR recommendations come from RAP service provider organizations. */
const garFromRapSpo: FormRule = (input, output) => {
  if (input.value('caseType') === 'GAR' && input.value('submitter.kind') === 'SPONSORING_GROUP') {
    output.problem(
      fieldProblem(input.field('submitter.kind'), 'GAR_SUBMITTER', {
        en: 'must be the RAP service provider organization for a GAR case.',
        fr: 'doit être le fournisseur de services du PAR pour un cas de RPG.',
      }),
    );
  }
};

/** The cross-field rules of the JAS In-Canada Recommendation Form. */
export const JAS_RECOMMENDATION_RULES: readonly FormRule[] = [
  notAfterReceipt('client.dateOfBirth', 'client.arrivalDate', 'criteria.needsIdentifiedOn'),
  onOrAfter('client.arrivalDate', 'client.dateOfBirth'),
  // OB 646: the needs must have been identified post-arrival.
  onOrAfter('criteria.needsIdentifiedOn', 'client.arrivalDate'),
  garNeedsDuringRapSupport,
  atLeastOneChecked(
    { en: 'at least one JAS criterion must be checked.', fr: 'au moins un critère du PAC doit être coché.' },
    'NO_CRITERION',
    'criteria.medicalNeeds',
    'criteria.unusualFamilyConfiguration',
    'criteria.otherSpecialNeeds',
  ),
  requiredWhen(
    sponsorIdentified,
    { en: 'a sponsor is identified', fr: 'un répondant a été trouvé' },
    'sponsor.name',
    'sponsor.contactEmail',
  ),
  requiredWhen(isBvor, { en: 'the case is BVOR', fr: 'le cas est un cas de RDBV' }, 'sponsor.bvorSponsorContinues'),
  requiredWhen(
    bvorSponsorContinuesUnnamed,
    { en: 'the current BVOR sponsor continues', fr: 'le répondant actuel du RDBV continue' },
    'sponsor.name',
    'sponsor.contactEmail',
  ),
  onlyWhen(isBvor, { en: 'the case is BVOR', fr: 'le cas est un cas de RDBV' }, 'sponsor.bvorSponsorContinues'),
  garFromRapSpo,
  garDeadline,
];
