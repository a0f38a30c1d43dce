import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** A function's JavaScript as shipped, by when it is loaded. */
export interface BundleFiles {
  /** `index.mjs` and the chunks it imports statically (and they in turn): what a cold start loads. */
  readonly atStart: readonly string[];
  /** Chunks only imported dynamically: loaded when their code first runs. */
  readonly lazy: readonly string[];
  /** Other entry modules beside the handler (worker threads' bundles), loaded by their threads. */
  readonly workers: readonly string[];
}

// esbuild's ESM output names its static imports as `import … from"./x.mjs"` or `import"./x.mjs"`.
const STATIC_IMPORT = /\bimport\s*(?:[^'"();]*?\bfrom\s*)?["'](\.[^"']+\.mjs)["']/g;

function javascriptFiles(directory: string): string[] {
  return readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.mjs'))
    .map((name) => join(directory, name));
}

/** The handler's files in an asset folder, sorted by when Node loads them (paths absolute). */
export function bundleFiles(indexPath: string): BundleFiles {
  const directory = dirname(indexPath);
  const atStart = new Set<string>();
  const pending = [indexPath];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (atStart.has(file) || !existsSync(file)) continue;
    atStart.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT))
      pending.push(join(dirname(file), match[1]!));
  }
  const others = javascriptFiles(directory).filter((file) => !atStart.has(file));
  const isChunk = (file: string) => relative(directory, file).includes('/');
  return { atStart: [...atStart], lazy: others.filter(isChunk), workers: others.filter((file) => !isChunk(file)) };
}

export function totalBytes(files: readonly string[]): number {
  return files.reduce((sum, file) => sum + statSync(file).size, 0);
}
