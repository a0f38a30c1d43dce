import { projectPath } from './project-root.js';

/**
 * How every Lambda's code is bundled (esbuild, offline): one minified ESM file per entry, with a
 * source map. `AppFunction` gives these to NodejsFunction for the handler and to esbuild's command
 * line for the worker modules beside it; the proofs bundle with them too, so what they measure is
 * what Lambda runs.
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

/** A worker thread's module, bundled beside the handler as `<name>.mjs` (see `readingWorkerEntry`). */
export interface WorkerBundle {
  readonly entry: string;
  readonly name: string;
}

function shellQuoted(text: string): string {
  return `'${text.replaceAll("'", "'\\''")}'`;
}

/** The esbuild command that bundles `worker` into `outputDir` as the handler's bundle is built. */
export function workerBundleCommand(worker: WorkerBundle, outputDir: string): string {
  const args = [
    worker.entry,
    '--bundle',
    `--format=${LAMBDA_BUNDLE.format}`,
    `--platform=${LAMBDA_BUNDLE.platform}`,
    `--target=${LAMBDA_BUNDLE.target}`,
    '--minify',
    '--sourcemap',
    `--sources-content=${LAMBDA_BUNDLE.sourcesContent}`,
    `--main-fields=${LAMBDA_BUNDLE.mainFields.join(',')}`,
    `--banner:js=${LAMBDA_BUNDLE.banner}`,
    `--outfile=${outputDir}/${worker.name}.mjs`,
    '--log-level=warning',
  ];
  return [projectPath('node_modules', '.bin', 'esbuild'), ...args].map(shellQuoted).join(' ');
}
