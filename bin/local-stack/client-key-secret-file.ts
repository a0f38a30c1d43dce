import { randomBytes } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the local stack keeps the secret it keys clients' UCIs with, in its data folder. */
export function clientKeySecretFile(dataDir: string): string {
  return join(dataDir, 'client-key.secret');
}

/**
 * Creates the local stack's client-key secret the first time the stack starts in a data folder
 * (AWS's counterpart is the Secrets Manager secret the CDK stack generates), readable by the owner
 * only. It stays with the data: cases found by a key made with it are found again after a restart.
 */
export function ensureClientKeySecret(dataDir: string): void {
  const file = clientKeySecretFile(dataDir);
  if (existsSync(file)) return;
  // 'wx': two stacks starting at once in one folder keep the first secret, not the last.
  try {
    writeFileSync(file, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}
