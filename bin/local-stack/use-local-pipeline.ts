import { createLocalPipeline, type LocalPipeline } from './local-pipeline.js';
import type { LocalStackOptions } from './local-stack-options.js';
import { bundledReadingWorker } from './reading-worker-bundle.js';
import { findRunningStack } from './running-stack-file.js';
import { localPipelineConfig, startLocalStack } from './start-local-stack.js';

/**
 * Runs `work` with the pipeline wired to the stack `jas start` runs for this data folder, or,
 * when none runs, to a stack started in this process for the time of the work.
 */
export async function useLocalPipeline<T>(
  options: LocalStackOptions,
  work: (pipeline: LocalPipeline) => Promise<T>,
): Promise<T> {
  const running = await findRunningStack(options.dataDir);
  if (running) {
    const pipeline = createLocalPipeline(localPipelineConfig(running.endpoints, options), {
      readingWorker: await bundledReadingWorker(),
    });
    pipeline.adapters.reader.start();
    try {
      return await work(pipeline);
    } finally {
      await pipeline.drain();
    }
  }
  // Nothing outside this process talks to a stack started for one command: any free ports will do.
  const stack = await startLocalStack({
    ...options,
    ports: { smtp: 0, s3: 0, dynamodb: 0, outbox: 0, stepfunctions: 0 },
  });
  try {
    return await work(stack.pipeline);
  } finally {
    await stack.stop();
  }
}
