import * as z from 'zod';

/**
 * The parts of an S3 event notification (as S3 delivers it to Lambda) that the handlers read: each
 * record's object key (URL-encoded, see `decodeS3EventKey`) and the time of the event. Written here
 * rather than taken from Powertools' parser, whose schemas import zod as one namespace object and
 * so bring every zod locale into the bundle (about 0.37 MB, measured by `npm run bench`); the
 * tests check the local stack's events against Powertools' schema.
 */
export const S3EventSchema = z.object({
  Records: z.array(
    z.object({
      eventSource: z.literal('aws:s3'),
      eventName: z.string().startsWith('ObjectCreated:'),
      eventTime: z.iso.datetime(),
      s3: z.object({
        bucket: z.object({ name: z.string().min(1) }),
        object: z.object({ key: z.string().min(1), size: z.number().int().nonnegative().optional() }),
      }),
    }),
  ),
});

export type S3Event = z.infer<typeof S3EventSchema>;
