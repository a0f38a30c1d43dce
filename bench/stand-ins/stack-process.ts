import { type ChildProcess, fork } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { fileURLToPath } from 'node:url';
import type { LocalEndpoints } from '../../bin/local-stack/start-local-stack.js';
import type { MessageOutcome } from '../../functions/domain/case-record.js';
import type { BenchMessageToStack, StackMessage } from '../children/stack-messages.js';

export interface StackProcess {
  readonly endpoints: LocalEndpoints;
  /** The stack's data folder (its client-key secret is there). */
  readonly dataDir: string;
  /** Outcomes and failures of the messages the stack's own pipeline handled (those received by SMTP). */
  readonly handled: EventEmitter<{
    outcome: [messageKey: string, outcome: MessageOutcome];
    failure: [messageKey: string, reason: string];
  }>;
  /** CPU the stack process has used so far, in milliseconds. */
  cpuMs(): Promise<number>;
  stop(): Promise<void>;
}

const STOP_TIMEOUT_MS = 10_000;

/**
 * The local stack (`npm start`'s stand-ins and pipeline) in a process of its own, so that neither
 * the bench's senders nor a handler the bench runs itself share its event loop or its CPU figures.
 */
export async function startStackProcess(): Promise<StackProcess> {
  const child = fork(fileURLToPath(new URL('../children/serve-stack.ts', import.meta.url)), {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const handled: StackProcess['handled'] = new EventEmitter();
  let cpuAnswer: ((usage: NodeJS.CpuUsage) => void) | undefined;
  const ready = new Promise<{ endpoints: LocalEndpoints; dataDir: string }>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the stack process exited (${code})`)));
    child.on('message', (message: StackMessage) => {
      if (message.type === 'ready') resolve({ endpoints: message.endpoints, dataDir: message.dataDir });
      else if (message.type === 'cpu') cpuAnswer?.(message.usage);
      else if (message.type === 'outcome') handled.emit('outcome', message.messageKey, message.outcome);
      else handled.emit('failure', message.messageKey, message.reason);
    });
  });
  const { endpoints, dataDir } = await ready.catch(async (error: unknown) => {
    await stopChild(child);
    throw error;
  });
  return {
    endpoints,
    dataDir,
    handled,
    cpuMs: () =>
      new Promise<number>((resolve) => {
        cpuAnswer = (usage) => resolve((usage.user + usage.system) / 1000);
        child.send({ type: 'cpu' } satisfies BenchMessageToStack);
      }),
    stop: () => stopChild(child),
  };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.send({ type: 'stop' } satisfies BenchMessageToStack);
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}
