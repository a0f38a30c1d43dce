/** What the pipeline needs of one received email, whatever MIME shape it arrived in. */
export interface InboundMessage {
  readonly messageId?: string;
  readonly from?: string;
  /** To and Cc addresses, lower-cased: routing rules match on them. */
  readonly recipients: readonly string[];
  readonly subject: string;
  readonly date?: Date;
  readonly textBody: string;
  readonly pdfs: readonly InboundPdf[];
  /** Attachments that are not PDFs, named so the sender can be told what was ignored. */
  readonly otherAttachments: readonly string[];
}

export interface InboundPdf {
  readonly fileName: string;
  readonly content: Uint8Array;
}
