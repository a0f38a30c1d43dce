import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { MessageOutcome } from '../../functions/domain/case-record.js';

export interface ChildFigures {
  readonly bootMs: number;
  readonly importMs: number;
  readonly handleMs?: number;
  readonly rssAfterImportBytes: number;
  readonly peakRssBytes: number;
  readonly memoryAfterEvent: NodeJS.MemoryUsage;
  readonly outcome?: MessageOutcome;
  /** Spawn to figures, as the parent saw it. */
  readonly wallMs: number;
}

const CHILD_TIMEOUT_MS = 60_000;

/**
 * Runs `handle-one-event.mjs` in a fresh Node process: `modulePath` exports `handler`, `env` is
 * the function's environment, `execArgv` e.g. `--import tsx` when the module is TypeScript.
 */
export function runHandlerChild(options: {
  modulePath: string;
  event?: unknown;
  env: NodeJS.ProcessEnv;
  execArgv?: string[];
}): Promise<ChildFigures> {
  const started = performance.now();
  const args = [options.modulePath, ...(options.event === undefined ? [] : [JSON.stringify(options.event)])];
  const child = fork(fileURLToPath(new URL('./handle-one-event.mjs', import.meta.url)), args, {
    env: options.env,
    execArgv: options.execArgv ?? [],
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), CHILD_TIMEOUT_MS);
    child.once('message', (figures: Omit<ChildFigures, 'wallMs'>) =>
      resolve({ ...figures, wallMs: performance.now() - started }),
    );
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(
        new Error(
          `the handler process ended (${code}) without figures: ${stderr.trim().split('\n').slice(-3).join(' | ')}`,
        ),
      );
    });
  });
}
