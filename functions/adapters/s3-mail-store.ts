import { GetObjectCommand, NoSuchKey, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { MailStore } from '../domain/ports.js';

/**
 * The body read straight into one buffer of its announced length. The SDK's own reader gathers the
 * chunks, then copies them into a buffer of their total: twice a 40 MB message at once.
 */
async function readExactly(body: AsyncIterable<Uint8Array>, length: number, objectKey: string): Promise<Uint8Array> {
  const bytes = new Uint8Array(length);
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

  getRawMessage(messageKey: string): Promise<Uint8Array | undefined> {
    return this.getObject(messageKey);
  }

  getCaseDocument(objectKey: string): Promise<Uint8Array | undefined> {
    return this.getObject(objectKey);
  }

  private async getObject(objectKey: string): Promise<Uint8Array | undefined> {
    try {
      const object = await this.s3.send(new GetObjectCommand({ Bucket: this.bucketName, Key: objectKey }));
      if (!object.Body) return undefined;
      const body = object.Body as AsyncIterable<Uint8Array> & { transformToByteArray(): Promise<Uint8Array> };
      return object.ContentLength === undefined
        ? await body.transformToByteArray()
        : await readExactly(body, object.ContentLength, objectKey);
    } catch (error) {
      if (error instanceof NoSuchKey || (error as { name?: string }).name === 'NoSuchKey') return undefined;
      throw error;
    }
  }

  async putCaseDocument(objectKey: string, body: Uint8Array, contentType: string): Promise<void> {
    await this.s3.send(
      new PutObjectCommand({ Bucket: this.bucketName, Key: objectKey, Body: body, ContentType: contentType }),
    );
  }
}
