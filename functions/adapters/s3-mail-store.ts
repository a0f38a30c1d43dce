import { GetObjectCommand, NoSuchKey, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { MailStore } from '../domain/ports.js';

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
      return object.Body ? await object.Body.transformToByteArray() : undefined;
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
