import type { Server } from 'node:http';
import S3rver from 's3rver';
import { makeObjectWritesAtomic } from './atomic-s3rver-writes.js';
import { closeHttpServer } from './close-http-server.js';

/** Credentials s3rver checks signatures against; the other stand-ins accept any. */
export const LOCAL_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } as const;

/** An S3-compatible server (s3rver) keeping objects as files under `directory`, each written whole or not at all. */
export async function startS3Server(options: { port: number; directory: string; bucketName: string }) {
  const server = new S3rver({
    address: '127.0.0.1',
    port: options.port,
    directory: options.directory,
    silent: true,
    // The SDK addresses the bucket in the path (forcePathStyle) off AWS.
    vhostBuckets: false,
    configureBuckets: [{ name: options.bucketName, configs: [] }],
  });
  await makeObjectWritesAtomic(
    (server as unknown as { store: Parameters<typeof makeObjectWritesAtomic>[0] }).store,
    options.bucketName,
  );
  const address = (await server.run()) as { port: number };
  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    stop: () => closeHttpServer((server as unknown as { httpServer: Server }).httpServer),
  };
}
