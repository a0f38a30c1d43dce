import { join } from 'node:path';
import { build } from 'esbuild';
import { INBOUND_HANDLER_ENTRY } from '../../lib/constructs/inbound-email.js';
import { handlerBuildOptions, lambdaBuildOptions, READING_WORKER } from '../../lib/lambda-bundle-options.js';

/**
 * The inbound function as Lambda runs it: the handler bundled into `index.mjs` (its lazy imports
 * in `chunks/`) and the reading worker beside it, with the options `AppFunction` gives esbuild.
 * Returns the handler's path.
 */
export async function bundleInboundFunction(outDir: string): Promise<string> {
  const handler = join(outDir, 'index.mjs');
  await Promise.all([
    build(handlerBuildOptions(INBOUND_HANDLER_ENTRY, outDir)),
    build(lambdaBuildOptions(READING_WORKER.entry, join(outDir, `${READING_WORKER.name}.mjs`))),
  ]);
  return handler;
}
