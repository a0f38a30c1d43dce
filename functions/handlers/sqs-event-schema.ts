import * as z from 'zod';

/**
 * The parts of an SQS event (as Lambda's event source mapping delivers it) that the failure
 * recorder reads: each record's body. Here rather than from Powertools' parser for the same reason
 * as `S3EventSchema`.
 */
export const SqsEventSchema = z.object({
  Records: z.array(z.object({ messageId: z.string().min(1), body: z.string() })),
});
