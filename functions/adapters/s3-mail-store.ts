import {
  GetObjectCommand,
  NoSuchKey,
  PutObjectCommand,
  paginateListObjectsV2,
  type S3Client,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { MailStore, StoredMessage } from '../domain/ports.js';

/** Where SES stores each message it receives (the receipt rule's object key prefix). */
const RAW_MAIL_PREFIX = 'raw/';

/**
 * The body read straight into `bytes`, a buffer of its announced length. The SDK's own reader
 * gathers the chunks, then copies them into a buffer of their total: twice a 40 MB message at once.
 */
async function readExactly(body: AsyncIterable<Uint8Array>, bytes: Uint8Array, objectKey: string): Promise<Uint8Array> {
  const length = bytes.byteLength;
  let filled = 0;
  for await (const chunk of body) {
    if (filled + chunk.byteLength > length)
      throw new Error(`S3 sent more than the ${length} bytes announced for ${objectKey}`);
    bytes.set(chunk, filled);
    filled += chunk.byteLength;
  }
  if (filled !== length) throw new Error(`S3 sent ${filled} of the ${length} bytes announced for ${objectKey}`);
  return bytes;
}

/** Raw messages and case documents, in the one bucket SES writes to. */
export class S3MailStore implements MailStore {
  constructor(
    private readonly s3: S3Client,
    private readonly bucketName: string,
  ) {}

  /**
   * Read into shared memory: the reading worker parses the same bytes, so a 40 MB message is held
   * once, not twice (the copy sent to the worker).
   */
  getRawMessage(messageKey: string): Promise<Uint8Array | undefined> {
    return this.getObject(messageKey, (length) => new Uint8Array(new SharedArrayBuffer(length)));
  }

  async *listRawMessages(window: { storedFrom: Date; storedBefore: Date }): AsyncIterable<StoredMessage> {
    // S3 lists by key, not by date: every page is read, and the window picks the messages.
    for await (const page of paginateListObjectsV2(
      { client: this.s3 },
      { Bucket: this.bucketName, Prefix: RAW_MAIL_PREFIX },
    )) {
      for (const object of page.Contents ?? []) {
        if (!object.Key || !object.LastModified) continue;
        if (object.LastModified >= window.storedFrom && object.LastModified < window.storedBefore)
          yield { messageKey: object.Key, storedAt: object.LastModified };
      }
    }
  }

  /**
   * A presigned GET, signed with this function's credentials: it works for `validForSeconds` or
   * until those (temporary) credentials expire, whichever comes first.
   */
  rawMessageLink(messageKey: string, validForSeconds: number): Promise<string> {
    return getSignedUrl(this.s3, new GetObjectCommand({ Bucket: this.bucketName, Key: messageKey }), {
      expiresIn: validForSeconds,
    });
  }

  getCaseDocument(objectKey: string): Promise<Uint8Array | undefined> {
    return this.getObject(objectKey, (length) => new Uint8Array(length));
  }

  private async getObject(
    objectKey: string,
    allocate: (length: number) => Uint8Array,
  ): Promise<Uint8Array | undefined> {
    try {
      const object = await this.s3.send(new GetObjectCommand({ Bucket: this.bucketName, Key: objectKey }));
      if (!object.Body) return undefined;
      const body = object.Body as AsyncIterable<Uint8Array> & { transformToByteArray(): Promise<Uint8Array> };
      return object.ContentLength === undefined
        ? await body.transformToByteArray()
        : await readExactly(body, allocate(object.ContentLength), objectKey);
    } catch (error) {
      if (isNoSuchKey(error)) return undefined;
      throw error;
    }
  }

  async putCaseDocument(objectKey: string, body: Uint8Array, contentType: string): Promise<void> {
    await this.s3.send(
      new PutObjectCommand({ Bucket: this.bucketName, Key: objectKey, Body: body, ContentType: contentType }),
    );
  }
}

function isNoSuchKey(error: unknown): boolean {
  return error instanceof NoSuchKey || (error as { name?: string }).name === 'NoSuchKey';
}
