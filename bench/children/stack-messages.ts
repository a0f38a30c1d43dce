import type { LocalEndpoints } from '../../bin/local-stack/start-local-stack.js';
import type { MessageOutcome } from '../../functions/domain/case-record.js';

/** What the stack process tells the bench. */
export type StackMessage =
  | { type: 'ready'; endpoints: LocalEndpoints; dataDir: string }
  | { type: 'outcome'; messageKey: string; outcome: MessageOutcome }
  | { type: 'failure'; messageKey: string; reason: string }
  | { type: 'cpu'; usage: NodeJS.CpuUsage };

/** What the bench asks the stack process. */
export type BenchMessageToStack = { type: 'cpu' } | { type: 'stop' };
