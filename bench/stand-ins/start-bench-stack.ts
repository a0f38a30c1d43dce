import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LocalStack, startLocalStack } from '../../bin/local-stack/start-local-stack.js';
import { benchStackOptions } from './bench-stack-options.js';

export interface BenchStack {
  readonly stack: LocalStack;
  stop(): Promise<void>;
}

/** The local stack in this process, with a throw-away data folder. */
export async function startBenchStack(): Promise<BenchStack> {
  const dataDir = mkdtempSync(join(tmpdir(), 'jas-bench-'));
  const stack = await startLocalStack(benchStackOptions(dataDir));
  return {
    stack,
    async stop() {
      await stack.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
