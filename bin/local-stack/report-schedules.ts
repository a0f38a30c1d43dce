import { EventEmitter } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ReportRequest } from '../../functions/domain/report-request.js';
import { REPORT_TIMES } from '../../functions/reports/report-times.js';
import { nextScheduleTime } from './next-schedule-time.js';

/** setTimeout's limit: a longer delay overflows and fires at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export interface ReportSchedulesOptions {
  readonly timeZone: string;
  /** Simulated time runs this many times faster than real time, as for the policy's clocks. */
  readonly speedup: number;
  /** The simulated clock's start. */
  readonly now: () => Date;
  /** Runs the report function for a request, as if it were invoked at `at` (simulated time). */
  readonly deliver: (request: ReportRequest, at: Date) => Promise<unknown>;
}

/**
 * EventBridge Scheduler's two report schedules, played locally: the same cron fields in the case
 * time zone (Monday 07:00, the 1st at 07:00), on a simulated clock that starts at the stack's
 * start and runs `speedup` times faster, so under JAS_CLOCK_SPEEDUP a week passes in seconds.
 * Each firing calls the report function in process with the schedule's request.
 */
export class LocalReportSchedules {
  readonly events = new EventEmitter<{
    delivered: [ReportRequest['kind'], Date];
    failed: [ReportRequest['kind'], unknown];
  }>();
  private readonly abort = new AbortController();
  private readonly running: Promise<void>[];
  private readonly startedAt = Date.now();
  private readonly simulatedStart: number;

  constructor(private readonly options: ReportSchedulesOptions) {
    if (!(options.speedup > 0))
      throw new RangeError(`The clock speed-up must be a positive number, not ${options.speedup}`);
    this.simulatedStart = options.now().getTime();
    this.running = (['weekly', 'monthly'] as const).map((kind) => this.run(kind));
  }

  /** Stops both schedules and waits for a report being built to be sent. */
  async stop(): Promise<void> {
    this.abort.abort();
    await Promise.allSettled(this.running);
  }

  private simulatedNow(): Date {
    return new Date(this.simulatedStart + (Date.now() - this.startedAt) * this.options.speedup);
  }

  private async run(kind: 'weekly' | 'monthly'): Promise<void> {
    const { signal } = this.abort;
    let after = this.simulatedNow();
    while (!signal.aborted) {
      const due = nextScheduleTime(after, REPORT_TIMES[kind], this.options.timeZone);
      // Waits in chunks: a month of real time is longer than one timer may wait.
      for (;;) {
        const left = (due.getTime() - this.simulatedNow().getTime()) / this.options.speedup;
        if (left <= 0 || signal.aborted) break;
        await sleep(Math.min(left, MAX_TIMER_MS), undefined, { signal }).catch(() => undefined);
      }
      if (signal.aborted) return;
      try {
        await this.options.deliver({ kind }, due);
        this.events.emit('delivered', kind, due);
      } catch (error) {
        this.events.emit('failed', kind, error);
      }
      after = due;
    }
  }
}
