import { JAS_CASE_PROFILE_FORM } from '../../../forms/jas-case-profile/form.js';
import type { JasCaseProfile } from '../../../forms/jas-case-profile/schema.js';
import type { BilingualText } from '../../../kernel/bilingual-text.js';
import { jasPeriodFrom } from '../../../kernel/policy-calendar.js';
import type { CaseRecord } from '../case-record.js';
import { CASE_STATE_NAMES } from '../case-state-names.js';
import { findCaseId } from '../case-tag.js';
import type { PersonalDataKind } from '../deidentify/contact-patterns.js';
import type { LanguageWords } from '../deidentify/language-words.js';
import { type PersonalDataFound, personalDataFinder, replaceFound } from '../deidentify/scrub-personal-data.js';

/** A reason a corrected profile is not released, on the form's field (empty: the whole profile). */
export interface ProfileProblem {
  readonly field: string;
  readonly code: 'PROFILE_OF_ANOTHER_CASE' | 'PROFILE_NOT_AWAITED' | 'PERSONAL_DATA_IN_PROFILE';
  readonly message: BilingualText;
}

const KIND_NAMES: Readonly<Record<PersonalDataKind, BilingualText>> = {
  name: { en: 'a name', fr: 'un nom' },
  address: { en: 'an address', fr: 'une adresse' },
  phone: { en: 'a phone number', fr: 'un numéro de téléphone' },
  email: { en: 'an email address', fr: 'une adresse courriel' },
  web: { en: 'a web address', fr: 'une adresse Web' },
  number: { en: 'an identity or file number', fr: 'un numéro d’identité ou de dossier' },
  date: { en: 'a date', fr: 'une date' },
  month: { en: 'a date (month and year)', fr: 'une date (mois et année)' },
};

/** What stands in for each find in the excerpt quoted back: what it is, never what it says. */
const KIND_MARKS: Readonly<Record<PersonalDataKind, BilingualText>> = {
  name: { en: '[name]', fr: '[nom]' },
  address: { en: '[address]', fr: '[adresse]' },
  phone: { en: '[phone]', fr: '[téléphone]' },
  email: { en: '[email]', fr: '[courriel]' },
  web: { en: '[web address]', fr: '[adresse Web]' },
  number: { en: '[number]', fr: '[numéro]' },
  date: { en: '[date]', fr: '[date]' },
  month: { en: '[date]', fr: '[date]' },
};

/** How much of the text around a find the reason quotes, each side. */
const EXCERPT_REACH = 40;
/** At most this many finds are told per field: the first ones show what to look for. */
const FINDS_TOLD_PER_FIELD = 3;

const PROFILE_FIELDS = JAS_CASE_PROFILE_FORM.fields.filter((field) => field.name.startsWith('profile.'));
/** The lines that give the case's own months (arrival, end of the JAS period), which the profile keeps without a day. */
const CASE_MONTH_FIELDS: ReadonlySet<string> = new Set(['profile.arrival', 'profile.sponsorshipPeriod']);

const joinKinds = (kinds: readonly PersonalDataKind[], language: keyof BilingualText): string =>
  kinds.map((kind) => KIND_NAMES[kind][language]).join(language === 'en' ? ' and ' : ' et ');

/**
 * The text around one find, with every find in it replaced by what it is (`[phone]`, `[nom]`): the
 * reason shows where to look without repeating any personal data.
 */
function excerptAround(text: string, found: readonly PersonalDataFound[], one: PersonalDataFound): BilingualText {
  const start = Math.max(0, one.start - EXCERPT_REACH);
  const end = Math.min(text.length, one.end + EXCERPT_REACH);
  // Finds cut by the window's edges are widened to it, so no part of one shows.
  const from = Math.min(start, ...found.filter((f) => f.end > start && f.start < start).map((f) => f.start));
  const to = Math.max(end, ...found.filter((f) => f.start < end && f.end > end).map((f) => f.end));
  const inside = found
    .filter((f) => f.start >= from && f.end <= to)
    .map((f) => ({ ...f, start: f.start - from, end: f.end - from }));
  const marked = replaceFound(text.slice(from, to), inside, (f) => KIND_MARKS[f.kinds[0]!]);
  const around = (value: string) =>
    `${from > 0 ? '…' : ''}${value.replace(/\s+/g, ' ').trim()}${to < text.length ? '…' : ''}`;
  return { en: around(marked.en), fr: around(marked.fr) };
}

/**
 * Why ROC-O's corrected profile (OB 646 step 5) cannot go to RSTP, or nothing when it can: it must
 * be the profile of this case, the case must be waiting for its profile (promotion, not yet
 * approved), and no line may hold a name, address, phone number, email, web address, identity
 * number or date of anyone: the same finder that de-identifies the draft reads every line. The
 * arrival and the JAS period keep the case's own month and year.
 */
export function correctedProfileProblems(
  caseRecord: CaseRecord,
  profile: JasCaseProfile,
  language: LanguageWords,
): ProfileProblem[] {
  const { caseId } = caseRecord;
  const named = findCaseId(profile.case.number);
  if (named !== caseId)
    return [
      {
        field: 'case.number',
        code: 'PROFILE_OF_ANOTHER_CASE',
        message: {
          en: `This profile is for case ${profile.case.number}, not for case ${caseId}: send each case’s profile in a reply to that case’s profile notice. Nothing was sent to RSTP.`,
          fr: `Ce profil vise le dossier ${profile.case.number} et non le dossier ${caseId}\u202f: envoyez le profil de chaque dossier en réponse à l’avis de profil de ce dossier. Rien n’a été envoyé au PFPR.`,
        },
      },
    ];
  const { promotion, state } = caseRecord;
  if (state !== 'promotion' || !promotion || promotion.profileApprovedOn)
    return [
      {
        field: '',
        code: 'PROFILE_NOT_AWAITED',
        message: promotion?.profileApprovedOn
          ? {
              en: `The profile of case ${caseId} was already approved on ${promotion.profileApprovedOn} and sent to RSTP: a corrected profile cannot replace it now. Nothing was sent to RSTP.`,
              fr: `Le profil du dossier ${caseId} a déjà été approuvé le ${promotion.profileApprovedOn} et envoyé au PFPR\u202f: un profil corrigé ne peut plus le remplacer. Rien n’a été envoyé au PFPR.`,
            }
          : {
              en: `Case ${caseId} is not waiting for its profile: it is ${CASE_STATE_NAMES[state].en}. A corrected profile is taken only while a promotion waits for ROC-O’s approval. Nothing was sent to RSTP.`,
              fr: `Le dossier ${caseId} n’attend pas son profil\u202f: il est ${CASE_STATE_NAMES[state].fr}. Un profil corrigé n’est accepté que pendant qu’une promotion attend l’approbation du COR-O. Rien n’a été envoyé au PFPR.`,
            },
      },
    ];
  const find = personalDataFinder(caseRecord, language);
  const caseYears = [
    caseRecord.recommendation.client.arrivalDate,
    jasPeriodFrom(caseRecord.recommendation.client.arrivalDate).endsOn,
  ].map((date) => date.slice(0, 4));
  return PROFILE_FIELDS.flatMap((field): ProfileProblem[] => {
    const text = (
      profile.profile?.[field.name.slice('profile.'.length) as keyof NonNullable<JasCaseProfile['profile']>] ?? ''
    ).normalize('NFC');
    const found = find(text).filter(
      (one) =>
        !(
          CASE_MONTH_FIELDS.has(field.name) &&
          one.kinds.every((kind) => kind === 'month') &&
          caseYears.some((year) => text.slice(one.start, one.end).includes(year))
        ),
    );
    return found.slice(0, FINDS_TOLD_PER_FIELD).map((one) => {
      const excerpt = excerptAround(text, found, one);
      return {
        field: field.name,
        code: 'PERSONAL_DATA_IN_PROFILE',
        message: {
          en: `${field.label.en}: still holds ${joinKinds(one.kinds, 'en')} (“${excerpt.en}”). Remove it and send the profile back again; nothing was sent to RSTP.`,
          fr: `${field.label.fr}\u202f: contient encore ${joinKinds(one.kinds, 'fr')} (« ${excerpt.fr} »). Retirez-le et renvoyez le profil; rien n’a été envoyé au PFPR.`,
        },
      };
    });
  });
}
