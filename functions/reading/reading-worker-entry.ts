/** A reading worker's module, and the Node options its thread starts with. */
export interface ReadingWorker {
  readonly entry: URL;
  readonly execArgv: readonly string[];
}

/**
 * Where the reading worker's module is. Bundled (Lambda), it is `reading-worker.mjs`, built beside
 * the handler's bundle (see `AppFunction`'s `workers`); from source (tsx, vitest), it is the
 * TypeScript module, loaded through tsx (the local stack bundles it instead: it boots faster).
 */
export function readingWorkerEntry(): ReadingWorker {
  if (import.meta.url.endsWith('.ts'))
    return { entry: new URL('./reading-worker.ts', import.meta.url), execArgv: ['--import', 'tsx'] };
  return { entry: new URL('./reading-worker.mjs', import.meta.url), execArgv: [] };
}
