/** The stored message to process: its S3 key and when SES stored it. */
export interface InboundEmailRef {
  readonly messageKey: string;
  readonly receivedAt: Date;
}
