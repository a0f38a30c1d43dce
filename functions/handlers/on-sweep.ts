import { readConfig } from '../config.js';
import type { PipelineDependencies } from '../domain/pipeline-dependencies.js';
import {
  type SweepReport,
  type SweepSettings,
  sweepUnfinishedMessages,
  sweepWindowAt,
} from '../domain/use-cases/sweep-unfinished-messages.js';
import { logger } from '../logger.js';
import { countOutcome, countUnfinishedMessages, metrics } from '../metrics.js';
import { createPipelineDependencies } from '../wiring/create-pipeline-dependencies.js';

/**
 * The scheduled sweep: stored messages with no outcome are processed again under their own keys.
 * Each one found means something upstream failed, so it is counted (the alarm watches the count)
 * and logged by key. Split messages whose missing parts never came go to triage, each part logged.
 */
export function createSweepHandler(dependencies: () => PipelineDependencies, settings: () => SweepSettings) {
  return async (): Promise<SweepReport> => {
    try {
      const report = await sweepUnfinishedMessages(dependencies(), sweepWindowAt(new Date(), settings()));
      countUnfinishedMessages(report.found.length);
      for (const outcome of report.finished) {
        logger.warn('unfinished message swept', {
          messageKey: outcome.messageKey,
          outcome: outcome.outcome,
          reasonCode: outcome.reasonCode,
        });
        countOutcome(outcome);
      }
      for (const messageKey of report.failed) logger.error('swept message failed again', { messageKey });
      // A split message whose parts stopped coming went to triage: its parts are quarantined (the alarm sees them).
      for (const outcome of report.incompleteSplitMessages.outcomes) {
        logger.warn('part of an incomplete split message handed to triage', {
          messageKey: outcome.messageKey,
          reasonCode: outcome.reasonCode,
        });
        countOutcome(outcome);
      }
      for (const groupKey of report.incompleteSplitMessages.failed)
        logger.error('handing an incomplete split message to triage failed', { groupKey });
      return report;
    } finally {
      metrics.publishStoredMetrics();
    }
  };
}

let lambdaDependencies: PipelineDependencies | undefined;
const config = () => readConfig();

/** The Lambda entry point, run on a schedule. */
export const handler = createSweepHandler(
  () => (lambdaDependencies ??= createPipelineDependencies(config())),
  () => config().sweep,
);
