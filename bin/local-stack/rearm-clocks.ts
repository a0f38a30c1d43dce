import { todayIn } from '../../forms/calendar-date.js';
import type { CaseRecord } from '../../functions/domain/case-record.js';
import type { ClockPurpose } from '../../functions/domain/clock-request.js';
import type { PipelineDependencies } from '../../functions/domain/pipeline-dependencies.js';
import { startOfDayIn } from '../../functions/domain/start-of-day.js';
import { recommendationDeadline } from '../../functions/domain/workflow/decide-clock.js';

/** States in which a GAR case still waits for its recommendation to go forward (the deadline reminder's window). */
const BEFORE_RECOMMENDATION = new Set<CaseRecord['state']>(['received', 'local_review', 'info_requested']);

/**
 * The clocks a case has running in its present state: those the workflow started on the way there
 * and that neither fired nor were cancelled since (promotion → its expiry; active → the mid-point
 * unless sent, and the end; a GAR case before recommendation → its deadline reminder unless sent).
 */
export function runningClocksOf(
  caseRecord: CaseRecord,
  eventTypes: ReadonlySet<string>,
  settings: Pick<PipelineDependencies, 'deadlineReminderDays' | 'timeZone'>,
): { purpose: ClockPurpose; dueOn: string }[] {
  const clocks: { purpose: ClockPurpose; dueOn: string }[] = [];
  if (caseRecord.state === 'promotion' && caseRecord.promotion)
    clocks.push({ purpose: 'promotion-expiry', dueOn: caseRecord.promotion.endsBy });
  if (caseRecord.state === 'active' && caseRecord.jasPeriod) {
    if (!eventTypes.has('midpoint_check_in'))
      clocks.push({ purpose: 'midpoint-check-in', dueOn: caseRecord.jasPeriod.midpointOn });
    clocks.push({ purpose: 'jas-end', dueOn: caseRecord.jasPeriod.endsOn });
  }
  if (
    caseRecord.recommendation.caseType === 'GAR' &&
    BEFORE_RECOMMENDATION.has(caseRecord.state) &&
    !eventTypes.has('deadline_reminder')
  ) {
    // As when the case was opened: the reminder is set only when the case was known before it.
    const remindOn = addCalendarDays(recommendationDeadline(caseRecord), -settings.deadlineReminderDays);
    if (remindOn > todayIn(settings.timeZone, new Date(caseRecord.createdAt)))
      clocks.push({ purpose: 'deadline-reminder', dueOn: remindOn });
  }
  return clocks;
}

/**
 * The local Step Functions keeps executions in memory only: at start-up, every case's running
 * clocks are started again through the pipeline's own PolicyClocks. A clock whose date passed
 * while the stack was down fires at once, as it would have; one that already fired does nothing
 * again (the case decides, and each notice is claimed once). Returns how many were started.
 */
export async function rearmClocks(deps: PipelineDependencies): Promise<number> {
  let started = 0;
  for (const caseRecord of await deps.cases.listCases()) {
    const eventTypes = new Set((await deps.cases.listEvents(caseRecord.caseId)).map((event) => event.type));
    for (const { purpose, dueOn } of runningClocksOf(caseRecord, eventTypes, deps)) {
      await deps.policyClocks.start({
        caseId: caseRecord.caseId,
        purpose,
        dueOn,
        dueAt: startOfDayIn(dueOn, deps.timeZone),
      });
      started += 1;
    }
  }
  return started;
}

function addCalendarDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}
