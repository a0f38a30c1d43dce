import { GetObjectCommand, ListObjectsV2Command, NoSuchKey, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { FragmentStore, KeptFragment } from '../domain/fragment-store.js';

const PREFIX = 'fragments/';

/**
 * Fragments of split messages in the documents bucket, one object each:
 * `fragments/<group key>/<number>` or `…/<number>-of-<total>` when the fragment stated the total,
 * so listing a group tells what arrived and how many are expected without reading any of them.
 */
export class S3FragmentStore implements FragmentStore {
  constructor(
    private readonly s3: S3Client,
    private readonly bucketName: string,
  ) {}

  async keepFragment(groupKey: string, fragment: KeptFragment, raw: Uint8Array): Promise<void> {
    const name = fragment.total === undefined ? `${fragment.number}` : `${fragment.number}-of-${fragment.total}`;
    await this.s3.send(
      new PutObjectCommand({
        Bucket: this.bucketName,
        Key: `${PREFIX}${groupKey}/${name}`,
        Body: raw,
        ContentType: 'message/rfc822',
      }),
    );
  }

  async keptFragments(groupKey: string): Promise<KeptFragment[]> {
    const fragments: KeptFragment[] = [];
    let continuationToken: string | undefined;
    do {
      const page = await this.s3.send(
        new ListObjectsV2Command({
          Bucket: this.bucketName,
          Prefix: `${PREFIX}${groupKey}/`,
          ContinuationToken: continuationToken,
        }),
      );
      for (const object of page.Contents ?? []) {
        const match = /\/(\d+)(?:-of-(\d+))?$/.exec(object.Key ?? '');
        if (match) fragments.push({ number: Number(match[1]), ...(match[2] ? { total: Number(match[2]) } : {}) });
      }
      continuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (continuationToken);
    return fragments;
  }

  async getFragment(groupKey: string, number: number): Promise<Uint8Array | undefined> {
    const kept = (await this.keptFragments(groupKey)).find((fragment) => fragment.number === number);
    if (!kept) return undefined;
    const name = kept.total === undefined ? `${number}` : `${number}-of-${kept.total}`;
    try {
      const object = await this.s3.send(
        new GetObjectCommand({ Bucket: this.bucketName, Key: `${PREFIX}${groupKey}/${name}` }),
      );
      return object.Body ? await object.Body.transformToByteArray() : undefined;
    } catch (error) {
      if (error instanceof NoSuchKey || (error as { name?: string }).name === 'NoSuchKey') return undefined;
      throw error;
    }
  }
}
