import type { MailStore } from '../../../functions/domain/ports.js';

/** The bucket in memory, with the S3 adapter's contract: bytes back as stored, `undefined` for a missing key. */
export class InMemoryMailStore implements MailStore {
  private readonly objects = new Map<string, Uint8Array>();

  /** What SES does: store a raw message under its key. */
  storeRawMessage(messageKey: string, raw: Uint8Array): void {
    this.objects.set(messageKey, Uint8Array.from(raw));
  }

  async getRawMessage(messageKey: string): Promise<Uint8Array | undefined> {
    return this.read(messageKey);
  }

  async getCaseDocument(objectKey: string): Promise<Uint8Array | undefined> {
    return this.read(objectKey);
  }

  async putCaseDocument(objectKey: string, body: Uint8Array): Promise<void> {
    this.objects.set(objectKey, Uint8Array.from(body));
  }

  /** Every key stored, for tests that look at what was kept. */
  keys(): string[] {
    return [...this.objects.keys()];
  }

  private read(key: string): Uint8Array | undefined {
    const stored = this.objects.get(key);
    return stored && Uint8Array.from(stored);
  }
}
