import {
  type SweepReport,
  type SweepSettings,
  type SweepWindow,
  sweepUnfinishedMessages,
  sweepWindowAt,
} from '../../functions/domain/use-cases/sweep-unfinished-messages.js';
import type { LocalPipeline } from './local-pipeline.js';

export interface LocalSweeper {
  /** The sweep of everything stored before the stack started: a stack that stopped mid-work, or was killed. */
  readonly atStart: Promise<SweepReport | undefined>;
  stop(): Promise<void>;
}

/**
 * What the scheduled sweeper does in AWS, for the local stack: at start, every message stored
 * before it (whatever its age: nothing of this stack's is in flight yet), then every
 * `intervalMs` those older than the sweep's minimum age. Outcomes go to the pipeline's events, as
 * the handler's do; a sweep that fails is reported and the next one tries again.
 */
export function startLocalSweeper(
  pipeline: LocalPipeline,
  options: { readonly settings: SweepSettings; readonly intervalMs: number; readonly startedAt: Date },
): LocalSweeper {
  let running: Promise<SweepReport | undefined> | undefined;
  const sweep = (window: SweepWindow) => {
    running = sweepUnfinishedMessages(pipeline.dependencies, window).then(
      (report) => {
        for (const outcome of [...report.finished, ...report.incompleteSplitMessages.outcomes])
          pipeline.events.emit('outcome', outcome);
        if (report.found.length > 0) pipeline.events.emit('swept', report);
        return report;
      },
      (error: unknown) => {
        pipeline.events.emit('sweep-failed', error);
        return undefined;
      },
    );
    const thisRun = running;
    void thisRun.finally(() => {
      if (running === thisRun) running = undefined;
    });
    return thisRun;
  };
  // Unbounded at start: a stack killed mid-batch finishes the whole batch before new mail.
  const atStart = sweep(sweepWindowAt(options.startedAt, { ...options.settings, minAgeMs: 0, maxMessages: Infinity }));
  const timer = setInterval(() => {
    if (!running) void sweep(sweepWindowAt(new Date(), options.settings));
  }, options.intervalMs);
  timer.unref();
  return {
    atStart,
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
