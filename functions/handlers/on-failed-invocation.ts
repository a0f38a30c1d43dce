import * as z from 'zod';
import { readConfig } from '../config.js';
import type { MessageOutcome } from '../domain/case-record.js';
import type { PipelineDependencies } from '../domain/pipeline-dependencies.js';
import { recordProcessingFailure } from '../domain/use-cases/record-processing-failure.js';
import { logger } from '../logger.js';
import { countOutcome, metrics } from '../metrics.js';
import { decodeS3EventKey } from '../s3-event-key.js';
import { createPipelineDependencies } from '../wiring/create-pipeline-dependencies.js';
import { S3EventSchema } from './s3-event-schema.js';
import { SqsEventSchema } from './sqs-event-schema.js';

/** What Lambda puts on the on-failure queue when every retry of an asynchronous invocation failed. */
const FailedInvocationSchema = z.object({
  requestContext: z.object({ condition: z.string() }),
  requestPayload: S3EventSchema,
  responsePayload: z.object({ errorType: z.string().optional() }).nullish(),
});

/**
 * The inbound handler's failures, from its on-failure queue: each message whose every retry failed
 * is quarantined with its reason, so it too ends in one recorded outcome a person sees.
 */
export function createFailedInvocationHandler(dependencies: () => PipelineDependencies) {
  return async (event: unknown): Promise<MessageOutcome[]> => {
    const outcomes: MessageOutcome[] = [];
    try {
      for (const record of SqsEventSchema.parse(event).Records) {
        const failure = FailedInvocationSchema.parse(JSON.parse(record.body));
        const cause = Object.assign(new Error(failure.requestContext.condition), {
          name: failure.responsePayload?.errorType ?? failure.requestContext.condition,
        });
        for (const s3Record of failure.requestPayload.Records) {
          const ref = {
            messageKey: decodeS3EventKey(s3Record.s3.object.key),
            receivedAt: new Date(s3Record.eventTime),
          };
          const outcome = await recordProcessingFailure(ref, cause, dependencies());
          if (!outcome) {
            // Waiting on a notice another attempt holds or SES may have taken: the sweeper finishes it.
            logger.info('failed message left for the sweeper', { messageKey: ref.messageKey, errorType: cause.name });
            continue;
          }
          logger.warn('failed message quarantined', {
            messageKey: ref.messageKey,
            reasonCode: outcome.reasonCode,
            errorType: cause.name,
          });
          countOutcome(outcome);
          outcomes.push(outcome);
        }
      }
    } finally {
      metrics.publishStoredMetrics();
    }
    return outcomes;
  };
}

let lambdaDependencies: PipelineDependencies | undefined;

/** The Lambda entry point for the on-failure queue. */
export const handler = createFailedInvocationHandler(
  () => (lambdaDependencies ??= createPipelineDependencies(readConfig())),
);
