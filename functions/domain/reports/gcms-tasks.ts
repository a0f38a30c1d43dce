import type { BilingualText } from '../../../kernel/bilingual-text.js';
import type { CaseTimeline } from './case-timeline.js';

/**
 * `done`: the pipeline did it (a notice it sent), or ROC-O recorded its GCMS work done (`GCMS
 * DONE`); `to_do`: ROC-O's own work in GCMS, due since the step was reached and not yet recorded;
 * `not_yet`: the step has not come; `not_applicable`: the case never needs it.
 */
export type TaskStatus = 'done' | 'to_do' | 'not_yet' | 'not_applicable';

/** Each status in both languages. */
export const TASK_STATUS_LABELS: Readonly<Record<TaskStatus, BilingualText>> = {
  done: { en: 'Done', fr: 'Fait' },
  to_do: { en: 'To do', fr: 'À faire' },
  not_yet: { en: 'Not yet', fr: 'Pas encore' },
  not_applicable: { en: 'n/a', fr: 's.o.' },
};

export interface GcmsTask {
  readonly id: string;
  /** OB 646 step. */
  readonly step: 5 | 7;
  readonly title: BilingualText;
  /** The pipeline does this task itself, by the notice it sends; otherwise ROC-O does it in GCMS. */
  readonly byPipeline: boolean;
}

/** ROC-O's tasks of OB 646 steps 5 and 7, in the bulletin's order (tracking the case is this spreadsheet). */
export const GCMS_TASKS: readonly GcmsTask[] = [
  {
    id: 'profile',
    step: 5,
    byPipeline: true,
    title: { en: 'Profile for the sponsorship community', fr: 'Profil pour la communauté des répondants' },
  },
  {
    id: 'rstp-start',
    step: 5,
    byPipeline: true,
    title: { en: 'RSTP told to start promotion', fr: 'PFPR avisé de commencer la promotion' },
  },
  { id: 'gcms-note', step: 5, byPipeline: false, title: { en: 'Note added in GCMS', fr: 'Note ajoutée au SMGC' } },
  {
    id: 'office-sponsor-found',
    step: 5,
    byPipeline: true,
    title: { en: 'Local office told a sponsor was found', fr: 'Bureau local avisé qu’un répondant a été trouvé' },
  },
  {
    id: 'sponsor-undertaking-details',
    step: 5,
    byPipeline: true,
    title: { en: 'Sponsor sent the undertaking details', fr: 'Renseignements sur l’engagement envoyés au répondant' },
  },
  {
    id: 'rstp-stop',
    step: 5,
    byPipeline: true,
    title: { en: 'RSTP told to stop promotion', fr: 'PFPR avisé d’arrêter la promotion' },
  },
  {
    id: 'office-undertaking-approved',
    step: 7,
    byPipeline: true,
    title: {
      en: 'Local office told the undertaking is approved',
      fr: 'Bureau local avisé de l’approbation de l’engagement',
    },
  },
  {
    id: 'gcms-sponsorship',
    step: 7,
    byPipeline: false,
    title: { en: 'Sponsorship information entered in GCMS', fr: 'Renseignements sur le parrainage saisis au SMGC' },
  },
  {
    id: 'gcms-organization',
    step: 7,
    byPipeline: false,
    title: { en: 'Organization added in GCMS', fr: 'Organisme ajouté au SMGC' },
  },
  {
    id: 'gcms-support-length',
    step: 7,
    byPipeline: false,
    title: { en: 'Length of financial support updated in GCMS', fr: 'Durée du soutien financier mise à jour au SMGC' },
  },
  {
    id: 'gcms-data-fix',
    step: 7,
    byPipeline: false,
    title: {
      en: 'Data fix request: financial support “Joint Assistance”',
      fr: 'Demande de correction : soutien financier « Aide conjointe »',
    },
  },
];

/** When each task falls due on a case's timeline, and whether the case needs it at all. */
function taskStatus(id: string, timeline: CaseTimeline): TaskStatus {
  const doneWhen = (date: string | undefined): TaskStatus => (date ? 'done' : 'not_yet');
  const dueWhen = (date: string | undefined, recorded: string | undefined): TaskStatus =>
    recorded ? 'done' : date ? 'to_do' : 'not_yet';
  if (timeline.declined) return 'not_applicable';
  switch (id) {
    // RSTP has the profile, and is told to start and to stop, only once ROC-O approved it (step 5).
    case 'profile':
    case 'rstp-start':
      return timeline.profileApproved
        ? 'done'
        : timeline.sponsorFound || timeline.promotionEnd
          ? 'not_applicable'
          : 'not_yet';
    case 'rstp-stop':
      return timeline.profileApproved
        ? doneWhen(timeline.promotionEnd)
        : timeline.sponsorFound || timeline.promotionEnd
          ? 'not_applicable'
          : 'not_yet';
    case 'gcms-note':
      return dueWhen(timeline.designated, timeline.gcmsNoteDone);
    case 'office-sponsor-found':
    case 'sponsor-undertaking-details':
      return doneWhen(timeline.sponsorFound);
    case 'office-undertaking-approved':
      return doneWhen(timeline.undertakingApproved);
    default:
      return dueWhen(timeline.undertakingApproved, timeline.gcmsStep7Done);
  }
}

/** ROC-O's step 5 and 7 checklist for one case: each task with its status. */
export function gcmsChecklist(timeline: CaseTimeline): { task: GcmsTask; status: TaskStatus }[] {
  return GCMS_TASKS.map((task) => ({ task, status: taskStatus(task.id, timeline) }));
}
