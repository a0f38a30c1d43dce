import { readConfig } from '../config.js';
import type { MessageOutcome } from '../domain/case-record.js';
import type { PipelineDependencies } from '../domain/pipeline-dependencies.js';
import { processInboundEmail } from '../domain/use-cases/process-inbound-email.js';
import { logger } from '../logger.js';
import { countOutcome, metrics } from '../metrics.js';
import { decodeS3EventKey } from '../s3-event-key.js';
import { createPipelineAdapters, createPipelineDependencies } from '../wiring/create-pipeline-dependencies.js';
import { S3EventSchema } from './s3-event-schema.js';

/** An S3 ObjectCreated event for mail SES stored under `raw/` → one recorded outcome per message. */
export function createInboundEmailHandler(dependencies: () => PipelineDependencies) {
  return async (event: unknown): Promise<MessageOutcome[]> => {
    const { Records } = S3EventSchema.parse(event);
    const outcomes: MessageOutcome[] = [];
    try {
      for (const record of Records) {
        const ref = { messageKey: decodeS3EventKey(record.s3.object.key), receivedAt: new Date(record.eventTime) };
        const outcome = await processInboundEmail(ref, dependencies());
        logger.info('message processed', {
          messageKey: ref.messageKey,
          outcome: outcome.outcome,
          reasonCode: outcome.reasonCode,
          caseIds: outcome.caseIds,
        });
        countOutcome(outcome);
        outcomes.push(outcome);
      }
    } finally {
      metrics.publishStoredMetrics();
    }
    return outcomes;
  };
}

let lambdaDependencies: PipelineDependencies | undefined;

/** The Lambda entry point: configuration from the environment, read once per container. */
export const handler = createInboundEmailHandler(() => {
  if (lambdaDependencies) return lambdaDependencies;
  const config = readConfig();
  const adapters = createPipelineAdapters(config);
  // Every event reads a message: the reading worker boots while the first one is fetched.
  adapters.reader.start();
  lambdaDependencies = createPipelineDependencies(config, adapters);
  return lambdaDependencies;
});
