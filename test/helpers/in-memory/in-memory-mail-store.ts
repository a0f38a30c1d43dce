import type { MailStore, StoredMessage } from '../../../functions/domain/ports.js';

/** The bucket in memory, with the S3 adapter's contract: bytes back as stored, `undefined` for a missing key. */
export class InMemoryMailStore implements MailStore {
  private readonly objects = new Map<string, { readonly bytes: Uint8Array; readonly storedAt: Date }>();

  /** What SES does: store a raw message under its key, at `storedAt` (now by default). */
  storeRawMessage(messageKey: string, raw: Uint8Array, storedAt: Date = new Date()): void {
    this.objects.set(messageKey, { bytes: Uint8Array.from(raw), storedAt });
  }

  async getRawMessage(messageKey: string): Promise<Uint8Array | undefined> {
    return this.read(messageKey);
  }

  async rawMessageLink(messageKey: string, validForSeconds: number): Promise<string> {
    return `memory://raw-mail/${encodeURIComponent(messageKey)}?expires-in=${validForSeconds}`;
  }

  async *listRawMessages(window: { storedFrom: Date; storedBefore: Date }): AsyncIterable<StoredMessage> {
    for (const [messageKey, { storedAt }] of this.objects)
      if (messageKey.startsWith('raw/') && storedAt >= window.storedFrom && storedAt < window.storedBefore)
        yield { messageKey, storedAt };
  }

  async getCaseDocument(objectKey: string): Promise<Uint8Array | undefined> {
    return this.read(objectKey);
  }

  async putCaseDocument(objectKey: string, body: Uint8Array): Promise<void> {
    this.objects.set(objectKey, { bytes: Uint8Array.from(body), storedAt: new Date() });
  }

  /** Every key stored, for tests that look at what was kept. */
  keys(): string[] {
    return [...this.objects.keys()];
  }

  private read(key: string): Uint8Array | undefined {
    const stored = this.objects.get(key);
    return stored && Uint8Array.from(stored.bytes);
  }
}
