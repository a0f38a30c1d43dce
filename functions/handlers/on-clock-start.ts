import * as z from 'zod';
import { type ClockWait, planClockWait } from '../clock-wait.js';

/** The case-clocks state machine's "Plan the wait" payload: the clock's instant and the execution's own start. */
const ClockStartEvent = z.object({
  dueAt: z.iso.datetime({ offset: true }),
  startedAt: z.iso.datetime({ offset: true }),
  executionName: z.string().min(1).max(80),
});

/** An execution of the case-clocks state machine starts → until when it waits, and whether a continuation follows. */
export async function handler(event: unknown): Promise<ClockWait> {
  return planClockWait(ClockStartEvent.parse(event));
}
