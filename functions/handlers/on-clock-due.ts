import * as z from 'zod';
import { readConfig } from '../config.js';
import { CLOCK_PURPOSES } from '../domain/clock-request.js';
import type { PipelineDependencies } from '../domain/pipeline-dependencies.js';
import { type ClockOutcome, processClockDue } from '../domain/use-cases/process-clock-due.js';
import { logger } from '../logger.js';
import { createPipelineDependencies } from '../wiring/create-pipeline-dependencies.js';

/** The case-clocks state machine's "Apply the clock" payload. */
const ClockDueEvent = z.object({
  caseId: z.string().min(1),
  purpose: z.enum(CLOCK_PURPOSES),
  dueOn: z.iso.date(),
});

/** A clock's date has come → what it did to its case (the execution's output). */
export function createClockDueHandler(dependencies: () => PipelineDependencies) {
  return async (event: unknown): Promise<ClockOutcome> => {
    const outcome = await processClockDue(ClockDueEvent.parse(event), dependencies());
    logger.info('clock processed', { ...outcome });
    return outcome;
  };
}

let lambdaDependencies: PipelineDependencies | undefined;

/** The Lambda entry point: configuration from the environment, read once per container. */
export const handler = createClockDueHandler(() => (lambdaDependencies ??= createPipelineDependencies(readConfig())));
