import {
  GetObjectCommand,
  NoSuchKey,
  PutObjectCommand,
  paginateListObjectsV2,
  type S3Client,
} from '@aws-sdk/client-s3';
import type { FragmentPart, FragmentStore, KeptFragment } from '../domain/fragment-store.js';

const PREFIX = 'fragments/';
/** `<group>/<number>[-of-<total>]/<the message's key, URI-encoded>`. */
const FRAGMENT_NAME = /^([^/]+)\/(\d+)(?:-of-(\d+))?\/([^/]+)$/;

/**
 * Fragments of split messages in the documents bucket, one object each:
 * `fragments/<group key>/<number>[-of-<total>]/<message key>`, so listing a group tells what
 * arrived, as which stored message, when, and how many are expected, without reading any of them.
 */
export class S3FragmentStore implements FragmentStore {
  constructor(
    private readonly s3: S3Client,
    private readonly bucketName: string,
  ) {}

  async keepFragment(
    groupKey: string,
    fragment: FragmentPart & { readonly messageKey: string },
    raw: Uint8Array,
  ): Promise<void> {
    const part = fragment.total === undefined ? `${fragment.number}` : `${fragment.number}-of-${fragment.total}`;
    await this.s3.send(
      new PutObjectCommand({
        Bucket: this.bucketName,
        Key: `${PREFIX}${groupKey}/${part}/${encodeURIComponent(fragment.messageKey)}`,
        Body: raw,
        ContentType: 'message/rfc822',
      }),
    );
  }

  async keptFragments(groupKey: string): Promise<KeptFragment[]> {
    return (await this.list(`${PREFIX}${groupKey}/`)).map(({ fragment }) => fragment);
  }

  async getFragment(groupKey: string, number: number): Promise<Uint8Array | undefined> {
    const kept = (await this.list(`${PREFIX}${groupKey}/`)).find(({ fragment }) => fragment.number === number);
    if (!kept) return undefined;
    try {
      const object = await this.s3.send(new GetObjectCommand({ Bucket: this.bucketName, Key: kept.key }));
      return object.Body ? await object.Body.transformToByteArray() : undefined;
    } catch (error) {
      if (error instanceof NoSuchKey || (error as { name?: string }).name === 'NoSuchKey') return undefined;
      throw error;
    }
  }

  async *keptGroups(): AsyncIterable<{ groupKey: string; fragments: KeptFragment[] }> {
    // Keys come back in order, so each group's fragments are listed together.
    let current: { groupKey: string; fragments: KeptFragment[] } | undefined;
    for (const { groupKey, fragment } of await this.list(PREFIX)) {
      if (current && current.groupKey !== groupKey) yield current;
      if (!current || current.groupKey !== groupKey) current = { groupKey, fragments: [] };
      current.fragments.push(fragment);
    }
    if (current) yield current;
  }

  private async list(prefix: string): Promise<{ key: string; groupKey: string; fragment: KeptFragment }[]> {
    const found: { key: string; groupKey: string; fragment: KeptFragment }[] = [];
    for await (const page of paginateListObjectsV2({ client: this.s3 }, { Bucket: this.bucketName, Prefix: prefix }))
      for (const object of page.Contents ?? []) {
        const match = FRAGMENT_NAME.exec(object.Key?.slice(PREFIX.length) ?? '');
        if (!match) continue;
        found.push({
          key: object.Key!,
          groupKey: match[1]!,
          fragment: {
            number: Number(match[2]),
            ...(match[3] ? { total: Number(match[3]) } : {}),
            messageKey: decodeURIComponent(match[4]!),
            keptAt: object.LastModified!,
          },
        });
      }
    return found;
  }
}
