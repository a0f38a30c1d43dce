import { LOCAL_OFFICES } from '../../../forms/local-offices.js';
import type { BilingualText } from '../../../kernel/bilingual-text.js';
import type { DayStatistics } from './day-statistics.js';
import { NO_PROGRAM, type ProgramIndicators, type StepIntervalId, type Tally } from './program-indicators.js';

/** One line of an indicator: what it counts, the number a bar is drawn to, and the text shown. */
export interface IndicatorLine {
  readonly label: BilingualText;
  /** The bar's length; absent when there is nothing to draw (no case to measure). */
  readonly value?: number;
  readonly text: string;
}

/** One indicator as people read it: its name, how it is computed, and its lines. */
export interface IndicatorSection {
  readonly id: string;
  readonly title: BilingualText;
  readonly howComputed: BilingualText;
  /** Drawn as a bar chart (counts and days), or listed as figures. */
  readonly chart: boolean;
  readonly lines: readonly IndicatorLine[];
}

const STEP_NAMES: Readonly<Record<StepIntervalId, BilingualText>> = {
  'local-review': { en: 'Received → sent to IN', fr: 'Reçue → envoyée au RI' },
  'in-decision': { en: 'Sent to IN → decision', fr: 'Envoyée au RI → décision' },
  undertaking: { en: 'Sponsor found → undertaking', fr: 'Répondant trouvé → engagement' },
  approval: { en: 'Undertaking → approved', fr: 'Engagement → approuvé' },
  'case-conference': { en: 'Approved → case conference', fr: 'Approuvé → conférence de cas' },
  'checklist-review': { en: 'Case conference → JAS active', fr: 'Conférence de cas → PAC en cours' },
  'received-to-active': { en: 'Received → JAS active', fr: 'Reçue → PAC en cours' },
};

const same = (text: string): BilingualText => ({ en: text, fr: text });
const count = (label: BilingualText, value: number): IndicatorLine => ({ label, value, text: String(value) });
const NO_CASE: IndicatorLine = { label: { en: 'No case', fr: 'Aucun dossier' }, value: 0, text: '0' };
const tallies = (list: readonly Tally[], name: (key: string) => BilingualText): IndicatorLine[] =>
  list.length === 0 ? [NO_CASE] : list.map(({ key, count: value }) => count(name(key), value));

function officeName(code: string): BilingualText {
  return LOCAL_OFFICES.find((office) => office.code === code)?.name ?? same(code);
}

function days(label: BilingualText, statistics: DayStatistics): IndicatorLine {
  if (statistics.count === 0) return { label, text: '—' };
  return {
    label,
    value: statistics.median,
    text: `${statistics.median} / ${statistics.p90} (n=${statistics.count})`,
  };
}

function percent(rate: number | undefined): string {
  return rate === undefined ? '—' : `${Math.round(rate * 100)} %`;
}

/**
 * The indicators as the spreadsheet's second sheet and the PDF show them, each with how it is
 * computed, in English and French. Both renderings read these sections, so they always agree.
 */
export function indicatorSections(indicators: ProgramIndicators): IndicatorSection[] {
  const { received, decisions, stepDays, promotion, lateForms, jas, concerns, period } = indicators;
  const span = { en: `${period.from} to ${period.to}`, fr: `du ${period.from} au ${period.to}` };
  return [
    {
      id: 'received-by-month',
      title: { en: 'Recommendations received by month', fr: 'Recommandations reçues par mois' },
      howComputed: {
        en: `Cases whose recommendation form arrived ${span.en}, by the calendar month of its arrival (case time zone). Total: ${received.total}.`,
        fr: `Dossiers dont le formulaire de recommandation est arrivé ${span.fr}, par mois civil d’arrivée (fuseau horaire des dossiers). Total : ${received.total}.`,
      },
      chart: true,
      lines: tallies(received.byMonth, same),
    },
    {
      id: 'received-by-office',
      title: { en: 'Received by local office', fr: 'Reçues par bureau local' },
      howComputed: {
        en: 'The same cases, by the local IRCC office named on the form.',
        fr: 'Les mêmes dossiers, par bureau local d’IRCC nommé sur le formulaire.',
      },
      chart: true,
      lines: tallies(received.byOffice, officeName),
    },
    {
      id: 'received-by-case-type',
      title: { en: 'Received by case type', fr: 'Reçues par type de cas' },
      howComputed: {
        en: 'The same cases: government-assisted (GAR) or blended visa office-referred (BVOR).',
        fr: 'Les mêmes dossiers : réfugiés pris en charge par le gouvernement (RPG) ou désignés par un bureau des visas (RDBV).',
      },
      chart: true,
      lines: tallies(received.byCaseType, (key) =>
        key === 'GAR' ? { en: 'GAR', fr: 'RPG' } : { en: 'BVOR', fr: 'RDBV' },
      ),
    },
    {
      id: 'received-by-program',
      title: { en: 'Received by special program', fr: 'Reçues par programme spécial' },
      howComputed: {
        en: 'The same cases, by the special program written on the form (none when blank).',
        fr: 'Les mêmes dossiers, par programme spécial inscrit sur le formulaire (aucun s’il est vide).',
      },
      chart: true,
      lines: tallies(received.byProgram, (key) => (key === NO_PROGRAM ? { en: 'None', fr: 'Aucun' } : same(key))),
    },
    {
      id: 'designation-rate',
      title: { en: 'Designation rate', fr: 'Taux de désignation' },
      howComputed: {
        en: `IN’s decisions dated ${span.en}: designated ÷ (designated + declined).`,
        fr: `Décisions du RI datées ${span.fr} : désignés ÷ (désignés + refusés).`,
      },
      chart: false,
      lines: [
        { label: { en: 'Rate', fr: 'Taux' }, text: percent(decisions.designationRate) },
        count({ en: 'Designated', fr: 'Désignés' }, decisions.designated),
        count({ en: 'Declined', fr: 'Refusés' }, decisions.declined),
      ],
    },
    {
      id: 'step-days',
      title: { en: 'Days for each step: median / 90th percentile', fr: 'Jours par étape : médiane / 90e centile' },
      howComputed: {
        en: 'Calendar days between the two steps, for cases that completed the second step in the period. Median: the middle value (mean of the two middle ones when even); 90th percentile by nearest rank; n = cases measured. Bars show the median.',
        fr: 'Jours civils entre les deux étapes, pour les dossiers ayant franchi la seconde étape pendant la période. Médiane : valeur du milieu (moyenne des deux du milieu si leur nombre est pair); 90e centile par rang le plus proche; n = dossiers mesurés. Les barres montrent la médiane.',
      },
      chart: true,
      lines: stepDays.map(({ id, days: statistics }) => days(STEP_NAMES[id], statistics)),
    },
    {
      id: 'promotion-outcomes',
      title: { en: 'Promotion outcomes', fr: 'Résultats de la promotion' },
      howComputed: {
        en: 'Promotions that ended in the period: a sponsor found (always within the 4 months, when promotion stops) or expired after 4 months; started in the period; still running on its last day. Days to a sponsor: promotion start to sponsor found, median / 90th percentile.',
        fr: 'Promotions terminées pendant la période : répondant trouvé (toujours dans les 4 mois, où la promotion s’arrête) ou expirée après 4 mois; commencées pendant la période; en cours le dernier jour. Jours avant un répondant : début de la promotion à répondant trouvé, médiane / 90e centile.',
      },
      chart: true,
      lines: [
        count({ en: 'Sponsor found within 4 months', fr: 'Répondant trouvé en 4 mois' }, promotion.sponsorFound),
        count({ en: 'Expired', fr: 'Expirée' }, promotion.expired),
        count({ en: 'Started', fr: 'Commencées' }, promotion.started),
        count({ en: 'Running', fr: 'En cours' }, promotion.running),
        {
          ...days({ en: 'Days to a sponsor', fr: 'Jours avant un répondant' }, promotion.daysToSponsor),
          value: undefined,
        },
      ],
    },
    {
      id: 'late-forms',
      title: { en: 'Late GAR forms (over 8 months)', fr: 'Formulaires RPG tardifs (plus de 8 mois)' },
      howComputed: {
        en: 'Cases received in the period more than 8 months after arrival. Considered: with exceptional circumstances or a sponsor identified, or the office decided to consider it (CONSIDER LATE FORM). Not considered: neither, and no such decision (with any form refused for lateness in the period).',
        fr: 'Dossiers reçus pendant la période plus de 8 mois après l’arrivée. Examinés : circonstances exceptionnelles ou répondant déjà trouvé, ou le bureau a décidé de l’examiner (EXAMINER LE FORMULAIRE TARDIF). Non examinés : ni l’un ni l’autre, sans telle décision (avec tout formulaire refusé pour retard pendant la période).',
      },
      chart: true,
      lines: [
        count({ en: 'Considered', fr: 'Examinés' }, lateForms.considered),
        count({ en: 'Not considered', fr: 'Non examinés' }, lateForms.notConsidered),
      ],
    },
    {
      id: 'jas-status',
      title: { en: 'JAS cases', fr: 'Cas PAC' },
      howComputed: {
        en: 'Active: JAS running on the period’s last day. Ended at term (24 months) and ended early by mutual agreement: ends dated in the period.',
        fr: 'En cours : PAC en cours le dernier jour de la période. Terminés à terme (24 mois) et terminés plus tôt d’un commun accord : fins datées pendant la période.',
      },
      chart: true,
      lines: [
        count({ en: 'Active', fr: 'En cours' }, jas.active),
        count({ en: 'Ended at term', fr: 'Terminés à terme' }, jas.endedAtTerm),
        count({ en: 'Ended early', fr: 'Terminés plus tôt' }, jas.endedEarly),
      ],
    },
    {
      id: 'concerns',
      title: { en: 'Concerns raised to IN', fr: 'Préoccupations signalées au RI' },
      howComputed: {
        en: 'Concerns reported by email during the JAS and dated in the period, and the number of cases they concern.',
        fr: 'Préoccupations signalées par courriel pendant le PAC et datées dans la période, et le nombre de dossiers visés.',
      },
      chart: false,
      lines: [
        count({ en: 'Concerns', fr: 'Préoccupations' }, concerns.raised),
        count({ en: 'Cases', fr: 'Dossiers' }, concerns.cases),
      ],
    },
  ];
}
