import type { Directory } from '../directory.js';
import type { CaseRepository, Clock, MailStore, Mailer } from '../ports.js';

/** Everything processing one inbound email needs; handlers and the local stack wire the same set. */
export interface InboundEmailDependencies {
  readonly mailStore: MailStore;
  readonly cases: CaseRepository;
  readonly mailer: Mailer;
  readonly clock: Clock;
  readonly directory: Directory;
  /** The pipeline's own address: notices come from it, replies and reply links go to it. */
  readonly replyAddress: string;
  readonly newCaseId: (openedOn: Date) => string;
  readonly limits: { readonly maxMessageBytes: number; readonly maxPdfBytes: number };
  /** Calendar dates (received on, deadlines) are counted in this zone. */
  readonly timeZone: string;
}
