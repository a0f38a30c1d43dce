import type { Directory } from './directory.js';
import type { FragmentStore } from './fragment-store.js';
import type {
  CaseRepository,
  MailStore,
  MessageReader,
  NoticeSender,
  PolicyClocks,
  ReportRequester,
  WallClock,
} from './ports.js';

/**
 * Everything the pipeline's use cases need (inbound email, clocks due, failed invocations): every
 * handler and the local stack wire the same set.
 */
export interface PipelineDependencies {
  readonly mailStore: MailStore;
  readonly cases: CaseRepository;
  /** Fragments of split messages, waiting for the others. */
  readonly fragments: FragmentStore;
  /** Delivers the notices decisions return, each once. */
  readonly notices: NoticeSender;
  /** The current time. */
  readonly wallClock: WallClock;
  /** The policy's clocks (promotion, deadline, check-in, end) run elsewhere and call back. */
  readonly policyClocks: PolicyClocks;
  /** The report function, which mails ROC-O's spreadsheet and the indicators to whoever asked by email. */
  readonly reports: ReportRequester;
  /** How many days before the 8-month deadline an SPO still owing information is reminded. */
  readonly deadlineReminderDays: number;
  readonly directory: Directory;
  readonly newCaseId: (openedOn: Date) => string;
  /** Parses messages and reads their PDFs under a time and memory budget. */
  readonly reader: MessageReader;
  /** Calendar dates (received on, deadlines) are counted in this zone. */
  readonly timeZone: string;
}
