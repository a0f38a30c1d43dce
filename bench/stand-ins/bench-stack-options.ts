import { DEFAULT_HANDLER_THREADS } from '../../bin/local-stack/inbound-handler-threads.js';
import type { LocalStackOptions } from '../../bin/local-stack/local-stack-options.js';

/**
 * The local stack as `npm start` runs it, on free ports: clocks in real time, so none fires during
 * the bench and the time measured is the messages' alone.
 */
export function benchStackOptions(dataDir: string): LocalStackOptions {
  return {
    dataDir,
    ports: { smtp: 0, s3: 0, dynamodb: 0, outbox: 0, stepfunctions: 0 },
    noticeFrom: 'JAS Intake <jas-intake@jas.example>',
    timeZone: 'America/Toronto',
    clockSpeedup: 1,
    deadlineReminderDays: 30,
    // As `jas start` runs: the handler on every core, the stand-ins on the stack's own thread.
    handlerThreads: DEFAULT_HANDLER_THREADS,
    sweepIntervalMs: 60_000,
  };
}
