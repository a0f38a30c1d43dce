import { createHmac } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { GetSecretValueCommand, type SecretsManagerClient } from '@aws-sdk/client-secrets-manager';

/** Where the client-key secret is: the Secrets Manager secret the stack creates, or the local stack's file. */
export type ClientKeySecretSource = { readonly secretArn: string } | { readonly file: string };

/**
 * The key a client is found by: an HMAC-SHA256 of their UCI (digits only, so `1234-5678` and
 * `12345678` are one client) under a secret the stack creates, so no table key, index or log line
 * holds a UCI (keys surface in CloudTrail data events, metrics and logs). The secret is read once,
 * on first use; a failed read is tried again on the next.
 */
export function clientKeyer(readSecret: () => Promise<string>): (uci: string) => Promise<string> {
  let secret: Promise<string> | undefined;
  return async (uci) => {
    secret ??= readSecret().catch((error: unknown) => {
      secret = undefined;
      throw error;
    });
    return createHmac('sha256', await secret)
      .update(uci.replace(/\D/g, ''))
      .digest('hex');
  };
}

/** Reads the secret from where the configuration says it is. */
export function clientKeySecretReader(
  source: ClientKeySecretSource,
  secretsManager: SecretsManagerClient,
): () => Promise<string> {
  if ('file' in source) return async () => (await readFile(source.file, 'utf8')).trim();
  return async () => {
    const { SecretString } = await secretsManager.send(new GetSecretValueCommand({ SecretId: source.secretArn }));
    if (!SecretString) throw new Error('The client-key secret has no string value');
    return SecretString;
  };
}
