import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { ReadingWorker } from '../../functions/reading/reading-worker-entry.js';
import { lambdaBuildOptions, READING_WORKER } from '../../lib/lambda-bundle-options.js';

let bundled: Promise<ReadingWorker> | undefined;

/**
 * The reading worker bundled as Lambda runs it (one ESM file, esbuild, the same options), built
 * once per process: a worker that loads the TypeScript sources through tsx boots in seconds, a
 * bundle in a fraction of one, and every local stack of the process shares it.
 */
export function bundledReadingWorker(): Promise<ReadingWorker> {
  bundled ??= (async () => {
    const outfile = join(mkdtempSync(join(tmpdir(), 'jas-reading-worker-')), `${READING_WORKER.name}.mjs`);
    // Readable stack traces locally; the code is the same.
    await build({ ...lambdaBuildOptions(READING_WORKER.entry, outfile), minify: false });
    return { entry: pathToFileURL(outfile), execArgv: [] };
  })();
  return bundled;
}
