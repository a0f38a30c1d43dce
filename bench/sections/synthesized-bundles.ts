import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleFiles, totalBytes } from '../measure/bundle-files.js';

export interface SynthesizedBundle {
  /** The function's logical id in the template, e.g. `InboundHandler1A2B3C4D`. */
  readonly logicalId: string;
  /** The handler's `index.mjs`. */
  readonly path: string;
  /** What a cold start loads: `index.mjs` and the chunks it imports statically. */
  readonly bytes: number;
  /** Chunks imported dynamically, loaded when their code first runs. */
  readonly lazyBytes: number;
  /** Worker threads' bundles beside the handler, by file name. */
  readonly workers: readonly { readonly name: string; readonly bytes: number }[];
  readonly sourceMapBytes: number;
  /** `NODE_OPTIONS` from the function's environment: Lambda starts Node with it. */
  readonly nodeOptions?: string;
  /** The function's configured memory and architecture: what Lambda bills by. */
  readonly memoryMb: number;
  readonly architecture: string;
}

const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SYNTH_TIMEOUT_MS = 180_000;

/**
 * `cdk synth` as `npm run synth` runs it, into a folder of its own so that the shared `cdk.out` is
 * left alone, then every Node.js function's bundle found through the template's asset metadata.
 */
export async function synthesizeBundles(outDir: string): Promise<SynthesizedBundle[]> {
  await new Promise<void>((resolve, reject) => {
    const child = spawn(join(PROJECT_ROOT, 'node_modules/.bin/cdk'), ['synth', '--quiet', '-o', outDir], {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
    const timer = setTimeout(() => child.kill('SIGKILL'), SYNTH_TIMEOUT_MS);
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`cdk synth failed (${code}): ${stderr.trim().split('\n').slice(-3).join(' | ')}`));
    });
  });
  const bundles: SynthesizedBundle[] = [];
  for (const file of readdirSync(outDir).filter((name) => name.endsWith('.template.json'))) {
    const template = JSON.parse(readFileSync(join(outDir, file), 'utf8')) as {
      Resources: Record<
        string,
        {
          Type: string;
          Metadata?: Record<string, string>;
          Properties?: {
            Environment?: { Variables?: Record<string, unknown> };
            MemorySize?: number;
            Architectures?: string[];
          };
        }
      >;
    };
    for (const [logicalId, resource] of Object.entries(template.Resources)) {
      const assetPath = resource.Metadata?.['aws:asset:path'];
      if (resource.Type !== 'AWS::Lambda::Function' || !assetPath) continue;
      const path = join(outDir, assetPath, 'index.mjs');
      if (!existsSync(path)) continue;
      const nodeOptions = resource.Properties?.Environment?.Variables?.NODE_OPTIONS;
      const files = bundleFiles(path);
      bundles.push({
        logicalId,
        path,
        bytes: totalBytes(files.atStart),
        lazyBytes: totalBytes(files.lazy),
        workers: files.workers.map((file) => ({ name: basename(file), bytes: statSync(file).size })),
        sourceMapBytes: existsSync(`${path}.map`) ? statSync(`${path}.map`).size : 0,
        ...(typeof nodeOptions === 'string' ? { nodeOptions } : {}),
        // Lambda's defaults when the template leaves them out.
        memoryMb: resource.Properties?.MemorySize ?? 128,
        architecture: resource.Properties?.Architectures?.[0] ?? 'x86_64',
      });
    }
  }
  return bundles;
}
