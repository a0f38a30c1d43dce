import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this file so bundling does not depend on the current directory. */
export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** An absolute path inside the repository. */
export function projectPath(...segments: string[]): string {
  return join(PROJECT_ROOT, ...segments);
}
