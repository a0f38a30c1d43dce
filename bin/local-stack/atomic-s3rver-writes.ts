import { randomUUID } from 'node:crypto';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** Where objects are written before they take their key: a prefix nothing of the pipeline lists. */
const WRITING_PREFIX = '.writing/';

interface StoredObject {
  readonly bucket: string;
  readonly key: string;
}

/** The part of s3rver's filesystem store that writes objects. */
interface FilesystemStore {
  rootDirectory: string;
  putObject(object: StoredObject): Promise<{ size: number; md5: string }>;
  getResourcePath(bucket: string, key: string, resource: string): string;
}

/**
 * s3rver writes an object's files where they belong, as the bytes arrive: a process killed mid-write
 * (`kill -9` of the local stack) leaves a torn object that S3 would never show (a PUT is all or
 * nothing), or a torn metadata file that makes every later listing of the bucket fail. Here each
 * object is written under a key of its own first, then its files are renamed into place, the
 * object last: it appears whole or not at all. What a killed write left is removed at start.
 */
export async function makeObjectWritesAtomic(store: FilesystemStore, bucketName: string): Promise<void> {
  await rm(join(store.rootDirectory, bucketName, WRITING_PREFIX), { recursive: true, force: true });
  const putObject = store.putObject.bind(store);
  store.putObject = async (object) => {
    const writing: StoredObject = Object.assign(Object.create(Object.getPrototypeOf(object)), object, {
      key: `${WRITING_PREFIX}${randomUUID()}`,
    });
    const result = await putObject(writing);
    const from = (resource: string) => store.getResourcePath(object.bucket, writing.key, resource);
    const to = (resource: string) => store.getResourcePath(object.bucket, object.key, resource);
    // s3rver answers when its hash has seen every byte, which can be before the file has them all.
    while ((await stat(from('object'))).size < result.size) await new Promise((resolve) => setTimeout(resolve, 5));
    await mkdir(dirname(to('object')), { recursive: true });
    for (const resource of ['object.md5', 'metadata.json'])
      await rename(from(resource), to(resource)).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
    await rename(from('object'), to('object'));
    return result;
  };
}
