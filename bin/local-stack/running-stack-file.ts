import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LocalEndpoints } from './start-local-stack.js';

/** What `jas start` leaves in the data folder so other `jas` commands find the running stack. */
export interface RunningStack {
  readonly pid: number;
  readonly endpoints: LocalEndpoints;
}

const FILE_NAME = 'stack.json';

export function writeRunningStack(dataDir: string, stack: RunningStack): void {
  writeFileSync(join(dataDir, FILE_NAME), `${JSON.stringify(stack, null, 2)}\n`);
}

export function removeRunningStack(dataDir: string): void {
  rmSync(join(dataDir, FILE_NAME), { force: true });
}

/** The stack `jas start` runs for this data folder, if its process is alive and its outbox answers. */
export async function findRunningStack(dataDir: string): Promise<RunningStack | undefined> {
  const file = join(dataDir, FILE_NAME);
  if (!existsSync(file)) return undefined;
  const stack = JSON.parse(readFileSync(file, 'utf8')) as RunningStack;
  try {
    process.kill(stack.pid, 0);
    const health = await fetch(`${stack.endpoints.outbox}/health-check`, { signal: AbortSignal.timeout(2000) });
    return health.ok ? stack : undefined;
  } catch {
    return undefined;
  }
}
