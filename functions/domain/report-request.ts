import * as z from 'zod';

/**
 * What to deliver, as the schedules and the inbound function ask: the Monday reports (ROC-O the
 * spreadsheet, IN the indicators), the monthly indicators (IN, the month just ended), or both
 * reports to someone who asked by email (the inbound function has checked that the sender is
 * ROC-O or IN and verified, and that the request is not stale).
 */
export const ReportRequestSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('weekly') }),
  z.object({ kind: z.literal('monthly') }),
  z.object({
    kind: z.literal('on-request'),
    to: z.email(),
    inReplyTo: z.string().max(998).optional(),
    /**
     * The key the answer is sent once under, derived from the request message (no personal data):
     * the same request delivered again, stored twice or invoked again gets one answer.
     */
    answerKey: z.string().regex(/^report#[0-9a-f]{64}$/),
  }),
]);

export type ReportRequest = z.infer<typeof ReportRequestSchema>;
