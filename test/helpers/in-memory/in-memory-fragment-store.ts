import type { FragmentStore, KeptFragment } from '../../../functions/domain/fragment-store.js';

/** Fragments of split messages in memory, with the S3 adapter's contract: keeping one again changes nothing. */
export class InMemoryFragmentStore implements FragmentStore {
  private readonly groups = new Map<string, Map<number, { fragment: KeptFragment; raw: Uint8Array }>>();

  async keepFragment(groupKey: string, fragment: KeptFragment, raw: Uint8Array): Promise<void> {
    const group = this.groups.get(groupKey) ?? new Map();
    if (!group.has(fragment.number))
      group.set(fragment.number, { fragment: { ...fragment }, raw: Uint8Array.from(raw) });
    this.groups.set(groupKey, group);
  }

  async keptFragments(groupKey: string): Promise<KeptFragment[]> {
    return [...(this.groups.get(groupKey)?.values() ?? [])].map(({ fragment }) => ({ ...fragment }));
  }

  async getFragment(groupKey: string, number: number): Promise<Uint8Array | undefined> {
    const kept = this.groups.get(groupKey)?.get(number);
    return kept && Uint8Array.from(kept.raw);
  }
}
