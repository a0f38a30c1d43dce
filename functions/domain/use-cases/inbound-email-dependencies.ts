import type { Directory } from '../directory.js';
import type { CaseRepository, Clock, ClockScheduler, Mailer, MailStore } from '../ports.js';

/** Everything processing one inbound email needs; handlers and the local stack wire the same set. */
export interface InboundEmailDependencies {
  readonly mailStore: MailStore;
  readonly cases: CaseRepository;
  readonly mailer: Mailer;
  readonly clock: Clock;
  /** The policy's clocks (promotion, deadline, check-in, end) run elsewhere and call back. */
  readonly clocks: ClockScheduler;
  /** How many days before the 8-month deadline an SPO still owing information is reminded. */
  readonly deadlineReminderDays: number;
  readonly directory: Directory;
  /** The pipeline's own address: notices come from it, replies and reply links go to it. */
  readonly replyAddress: string;
  readonly newCaseId: (openedOn: Date) => string;
  readonly limits: { readonly maxMessageBytes: number; readonly maxPdfBytes: number };
  /** Calendar dates (received on, deadlines) are counted in this zone. */
  readonly timeZone: string;
}
