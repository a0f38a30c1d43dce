import type { BilingualText } from '../../kernel/bilingual-text.js';
import type { CaseTimeline } from '../domain/reports/case-timeline.js';
import { GCMS_TASKS, TASK_STATUS_LABELS } from '../domain/reports/gcms-tasks.js';
import { STATE_LABELS } from '../domain/reports/state-labels.js';
import type { TrackingRow } from '../domain/reports/tracking-row.js';

/** A cell's value: text, a whole number, or a calendar date (YYYY-MM-DD) the workbook writes as a real date. */
export type TrackingValue = { readonly text: string } | { readonly number: number } | { readonly date: string };

/** One column of ROC-O's tracking sheet: its bilingual header and how a row fills it. */
export interface TrackingColumn {
  readonly key: string;
  readonly header: BilingualText;
  readonly value: (row: TrackingRow) => TrackingValue | undefined;
}

const bilingual = (text: BilingualText): TrackingValue => ({ text: `${text.en} / ${text.fr}` });
const text = (value: string | undefined): TrackingValue | undefined => (value ? { text: value } : undefined);
const date = (value: string | undefined): TrackingValue | undefined => (value ? { date: value } : undefined);
const flag = (set: boolean): TrackingValue | undefined => (set ? bilingual({ en: 'Yes', fr: 'Oui' }) : undefined);

const STEP_COLUMNS: readonly [keyof CaseTimeline, BilingualText][] = [
  ['received', { en: 'Received', fr: 'Reçue' }],
  ['recommended', { en: 'Recommended', fr: 'Recommandée' }],
  ['concurrence', { en: 'Concurrence', fr: 'Appui' }],
  ['sentToIn', { en: 'Sent to IN', fr: 'Envoyée au RI' }],
  ['designated', { en: 'Designated', fr: 'Désigné' }],
  ['declined', { en: 'Declined', fr: 'Refusé' }],
  ['promotionStart', { en: 'Promotion start', fr: 'Début de la promotion' }],
  ['promotionEnd', { en: 'Promotion end', fr: 'Fin de la promotion' }],
  ['sponsorFound', { en: 'Sponsor found', fr: 'Répondant trouvé' }],
  ['undertakingReceived', { en: 'Undertaking received', fr: 'Engagement reçu' }],
  ['undertakingApproved', { en: 'Undertaking approved', fr: 'Engagement approuvé' }],
  ['caseConference', { en: 'Case conference', fr: 'Conférence de cas' }],
  ['jasActive', { en: 'Checklist reviewed, JAS active', fr: 'Liste examinée, PAC en cours' }],
  ['jasStart', { en: 'JAS start (arrival)', fr: 'Début du PAC (arrivée)' }],
  ['midpoint', { en: 'Mid-point', fr: 'Mi-parcours' }],
  ['midpointCheckIn', { en: 'Mid-point check-in sent', fr: 'Suivi de mi-parcours envoyé' }],
  ['jasEndPlanned', { en: 'JAS end (24 months)', fr: 'Fin du PAC (24 mois)' }],
  ['ended', { en: 'Ended', fr: 'Terminé' }],
];

/** The tracking sheet's columns, left to right: the case, its flags, every step's date, the sponsor, ROC-O's tasks, the next deadline. */
export const TRACKING_COLUMNS: readonly TrackingColumn[] = [
  { key: 'caseId', header: { en: 'Case', fr: 'Dossier' }, value: (row) => text(row.caseId) },
  { key: 'uci', header: { en: 'UCI', fr: 'IUC' }, value: (row) => text(row.uci) },
  { key: 'office', header: { en: 'Local office', fr: 'Bureau local' }, value: (row) => text(row.office) },
  { key: 'caseType', header: { en: 'Case type', fr: 'Type de cas' }, value: (row) => text(row.caseType) },
  {
    key: 'specialProgram',
    header: { en: 'Special program', fr: 'Programme spécial' },
    value: (row) => text(row.specialProgram),
  },
  { key: 'state', header: { en: 'State', fr: 'État' }, value: (row) => bilingual(STATE_LABELS[row.state]) },
  {
    key: 'daysInState',
    header: { en: 'Days in state', fr: 'Jours dans l’état' },
    value: (row) => ({ number: row.daysInState }),
  },
  { key: 'arrival', header: { en: 'Arrival', fr: 'Arrivée' }, value: (row) => date(row.arrival) },
  { key: 'late', header: { en: 'Late (8 months)', fr: 'Tardif (8 mois)' }, value: (row) => flag(row.flags.late) },
  {
    key: 'promotionExpired',
    header: { en: 'Promotion expired', fr: 'Promotion expirée' },
    value: (row) => flag(row.flags.promotionExpired),
  },
  {
    key: 'concernRaised',
    header: { en: 'Concern raised', fr: 'Préoccupation signalée' },
    value: (row) => flag(row.flags.concernRaised),
  },
  { key: 'endedEarly', header: { en: 'Ended early', fr: 'Fin anticipée' }, value: (row) => flag(row.flags.endedEarly) },
  ...STEP_COLUMNS.map(
    ([step, header]): TrackingColumn => ({
      key: step,
      header,
      value: (row) => date(row.timeline[step] as string | undefined),
    }),
  ),
  {
    key: 'sponsorGroup',
    header: { en: 'Sponsoring group', fr: 'Groupe de répondants' },
    value: (row) => text(row.sponsorGroup),
  },
  ...GCMS_TASKS.map(
    (task, index): TrackingColumn => ({
      key: `task-${task.id}`,
      header: {
        en: `Step ${task.step}: ${task.title.en}${task.byPipeline ? ' (pipeline)' : ''}`,
        fr: `Étape ${task.step} : ${task.title.fr}${task.byPipeline ? ' (pipeline)' : ''}`,
      },
      value: (row) => {
        // A step not reached yet leaves the cell empty, so the filter's blanks are the cases still to come.
        const { status } = row.gcmsTasks[index]!;
        return status === 'not_yet' ? undefined : bilingual(TASK_STATUS_LABELS[status]);
      },
    }),
  ),
  {
    key: 'nextDeadline',
    header: { en: 'Next deadline', fr: 'Prochaine échéance' },
    value: (row) => (row.nextDeadline ? bilingual(row.nextDeadline.what) : undefined),
  },
  {
    key: 'nextDeadlineOn',
    header: { en: 'Deadline date', fr: 'Date de l’échéance' },
    value: (row) => date(row.nextDeadline?.on),
  },
  {
    key: 'daysLeft',
    header: { en: 'Days left', fr: 'Jours restants' },
    value: (row) => (row.nextDeadline ? { number: row.nextDeadline.daysLeft } : undefined),
  },
];
