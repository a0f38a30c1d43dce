import type { BuildOptions } from 'esbuild';
import { projectPath } from './project-root.js';

/**
 * How every Lambda's code is bundled (esbuild, offline): minified ESM with source maps, the
 * handler's dynamic imports in chunks of their own. `AppFunction` gives these to NodejsFunction
 * for the handler and to esbuild's command line for the worker modules beside it; the proofs
 * bundle with them too, so what they measure is what Lambda runs. A worker thread's map is
 * written beside it but not linked from it: `--enable-source-maps` would parse its 2 MB at every
 * cold start (about 0.4 s of the inbound function's, by the bench) for stack traces of code whose
 * failures come back as reasons; the map still turns such a trace into sources by hand.
 */
export const LAMBDA_BUNDLE = {
  format: 'esm',
  platform: 'node',
  target: 'node24',
  minify: true,
  sourcemap: true,
  sourcesContent: false,
  mainFields: ['module', 'main'],
  // CommonJS dependencies (mailparser, iconv-lite, …) call require(); ESM has none.
  banner:
    "import { createRequire as jasCreateRequire } from 'node:module'; const require = jasCreateRequire(import.meta.url);",
} as const;

/** A worker's source map: written, not linked (see `LAMBDA_BUNDLE`). */
const WORKER_SOURCE_MAP = 'external';

/** The same options for esbuild's JavaScript API, for a worker module: the local stack and the proofs bundle with them. */
export function lambdaBuildOptions(entry: string, outfile: string): BuildOptions {
  return { ...commonBuildOptions(entry), sourcemap: WORKER_SOURCE_MAP, outfile };
}

/** The handler's bundle as `handlerBundleCommand` builds it, for esbuild's JavaScript API (the proofs). */
export function handlerBuildOptions(entry: string, outdir: string): BuildOptions {
  return {
    ...commonBuildOptions(entry),
    splitting: true,
    outdir,
    entryNames: 'index',
    chunkNames: 'chunks/[name]-[hash]',
    outExtension: { '.js': '.mjs' },
  };
}

function commonBuildOptions(entry: string): BuildOptions {
  return {
    entryPoints: [entry],
    bundle: true,
    format: LAMBDA_BUNDLE.format,
    platform: LAMBDA_BUNDLE.platform,
    target: LAMBDA_BUNDLE.target,
    minify: LAMBDA_BUNDLE.minify,
    sourcemap: LAMBDA_BUNDLE.sourcemap,
    sourcesContent: LAMBDA_BUNDLE.sourcesContent,
    mainFields: [...LAMBDA_BUNDLE.mainFields],
    banner: { js: LAMBDA_BUNDLE.banner },
    logLevel: 'warning',
  };
}

/** A worker thread's module, bundled beside the handler as `<name>.mjs` (see `readingWorkerEntry`). */
export interface WorkerBundle {
  readonly entry: string;
  readonly name: string;
}

/** The worker thread that parses each message and reads its PDFs under a deadline and a heap limit. */
export const READING_WORKER: WorkerBundle = {
  entry: projectPath('functions', 'reading', 'reading-worker.ts'),
  name: 'reading-worker',
};

function shellQuoted(text: string): string {
  return `'${text.replaceAll("'", "'\\''")}'`;
}

const ESBUILD = projectPath('node_modules', '.bin', 'esbuild');

/** The command line of `LAMBDA_BUNDLE` for `entry`, with what says where the output goes. */
function esbuildCommand(entry: string, output: readonly string[], sourceMap = '--sourcemap'): string {
  const args = [
    entry,
    '--bundle',
    `--format=${LAMBDA_BUNDLE.format}`,
    `--platform=${LAMBDA_BUNDLE.platform}`,
    `--target=${LAMBDA_BUNDLE.target}`,
    '--minify',
    sourceMap,
    `--sources-content=${LAMBDA_BUNDLE.sourcesContent}`,
    `--main-fields=${LAMBDA_BUNDLE.mainFields.join(',')}`,
    `--banner:js=${LAMBDA_BUNDLE.banner}`,
    ...output,
    '--log-level=warning',
  ];
  return [ESBUILD, ...args].map(shellQuoted).join(' ');
}

/**
 * The esbuild command that bundles the handler `entry` into `outputDir` as `index.mjs`, with the
 * modules it imports dynamically split into chunks beside it (`chunks/`): a cold start loads only
 * what every invocation needs, and a chunk when its code first runs (a PDF built for a notice).
 * NodejsFunction's own build writes one file; this one replaces it.
 */
export function handlerBundleCommand(entry: string, outputDir: string): string {
  return esbuildCommand(entry, [
    '--splitting',
    `--outdir=${outputDir}`,
    '--entry-names=index',
    '--chunk-names=chunks/[name]-[hash]',
    '--out-extension:.js=.mjs',
  ]);
}

/** The esbuild command that bundles `worker` into `outputDir` as the handler's bundle is built. */
export function workerBundleCommand(worker: WorkerBundle, outputDir: string): string {
  return esbuildCommand(
    worker.entry,
    [`--outfile=${outputDir}/${worker.name}.mjs`],
    `--sourcemap=${WORKER_SOURCE_MAP}`,
  );
}
