import { describe, expect, it } from 'vitest';
import type { FragmentStore } from '../../../functions/domain/fragment-store.js';
import type { MailStore } from '../../../functions/domain/ports.js';

/** A mail store under test, and how SES would put a raw message in its bucket. */
export interface MailStoreUnderTest {
  store(): MailStore;
  storeRawMessage(messageKey: string, raw: Uint8Array): Promise<void>;
}

/** The contract of the MailStore port: the S3 adapter (against s3rver) and the in-memory one are both held to it. */
export function mailStoreContract(name: string, subject: MailStoreUnderTest): void {
  describe(`${name}: the mail store contract`, () => {
    it('reads a stored raw message byte for byte, and says undefined for a missing key', async () => {
      const raw = Buffer.from('Subject: é\r\n\r\nbody\u0000\u00ff', 'latin1');
      await subject.storeRawMessage('raw/with space', raw);
      expect(Buffer.from((await subject.store().getRawMessage('raw/with space'))!)).toEqual(raw);
      expect(await subject.store().getRawMessage('raw/missing')).toBeUndefined();
    });

    it('keeps case documents under their key, and says undefined for a missing one', async () => {
      await subject
        .store()
        .putCaseDocument('cases/JAS-2026-000001/documents/form.pdf', Buffer.from('%PDF-1.7'), 'application/pdf');
      const read = await subject.store().getCaseDocument('cases/JAS-2026-000001/documents/form.pdf');
      expect(Buffer.from(read!).toString()).toBe('%PDF-1.7');
      expect(await subject.store().getCaseDocument('cases/JAS-2026-000001/documents/none.pdf')).toBeUndefined();
    });
  });
}

/** The contract of the FragmentStore port, for the S3 adapter and the in-memory one. */
export function fragmentStoreContract(name: string, store: () => FragmentStore): void {
  describe(`${name}: the fragment store contract`, () => {
    it('keeps fragments by group and message, lists what arrived with the total and when, and gives each back', async () => {
      const group = 'a1b2c3';
      const before = Date.now() - 5_000;
      await store().keepFragment(group, { number: 2, messageKey: 'raw/second' }, Buffer.from('second'));
      await store().keepFragment(group, { number: 3, total: 3, messageKey: 'raw/third' }, Buffer.from('third'));
      await store().keepFragment(group, { number: 2, messageKey: 'raw/second' }, Buffer.from('second'));
      await store().keepFragment('another', { number: 1, messageKey: 'raw/other' }, Buffer.from('other'));
      const kept = await store().keptFragments(group);
      expect(kept.sort((a, b) => a.number - b.number)).toEqual([
        { number: 2, messageKey: 'raw/second', keptAt: expect.any(Date) },
        { number: 3, total: 3, messageKey: 'raw/third', keptAt: expect.any(Date) },
      ]);
      for (const { keptAt } of kept) expect(keptAt.getTime()).toBeGreaterThan(before);
      expect(Buffer.from((await store().getFragment(group, 3))!).toString()).toBe('third');
      expect(await store().getFragment(group, 1)).toBeUndefined();
      expect(await store().keptFragments('nothing-here')).toEqual([]);
    });

    it('keeps a part that arrived as two messages (the same fragment stored twice) under each', async () => {
      const group = 'd4e5f6';
      await store().keepFragment(group, { number: 1, messageKey: 'raw/first' }, Buffer.from('first'));
      await store().keepFragment(group, { number: 1, messageKey: 'raw/first-again' }, Buffer.from('first'));
      const kept = await store().keptFragments(group);
      expect(kept.map((fragment) => fragment.messageKey).sort()).toEqual(['raw/first', 'raw/first-again']);
      expect(Buffer.from((await store().getFragment(group, 1))!).toString()).toBe('first');
    });

    it('lists every group kept, each with its fragments', async () => {
      await store().keepFragment('g1', { number: 1, messageKey: 'raw/g1-1' }, Buffer.from('one'));
      await store().keepFragment('g2', { number: 2, total: 2, messageKey: 'raw/g2-2' }, Buffer.from('two'));
      await store().keepFragment('g1', { number: 3, total: 3, messageKey: 'raw/g1-3' }, Buffer.from('three'));
      const groups = new Map<string, string[]>();
      for await (const { groupKey, fragments } of store().keptGroups())
        groups.set(groupKey, fragments.map((fragment) => fragment.messageKey).sort());
      expect(groups.get('g1')).toEqual(['raw/g1-1', 'raw/g1-3']);
      expect(groups.get('g2')).toEqual(['raw/g2-2']);
    });
  });
}
