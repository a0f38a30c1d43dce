import type { FragmentPart, FragmentStore, KeptFragment } from '../../../functions/domain/fragment-store.js';

/**
 * Fragments of split messages in memory, with the S3 adapter's contract: one per part and message
 * it arrived as, keeping it again changes nothing, each with the time it was kept.
 */
export class InMemoryFragmentStore implements FragmentStore {
  private readonly groups = new Map<string, Map<string, { fragment: KeptFragment; raw: Uint8Array }>>();

  constructor(private readonly now: () => Date = () => new Date()) {}

  async keepFragment(
    groupKey: string,
    fragment: FragmentPart & { readonly messageKey: string },
    raw: Uint8Array,
  ): Promise<void> {
    const group = this.groups.get(groupKey) ?? new Map();
    const name = `${fragment.number}/${fragment.messageKey}`;
    if (!group.has(name)) {
      const kept: KeptFragment = {
        number: fragment.number,
        ...(fragment.total !== undefined && { total: fragment.total }),
        messageKey: fragment.messageKey,
        keptAt: this.now(),
      };
      group.set(name, { fragment: kept, raw: Uint8Array.from(raw) });
    }
    this.groups.set(groupKey, group);
  }

  async keptFragments(groupKey: string): Promise<KeptFragment[]> {
    return [...(this.groups.get(groupKey)?.values() ?? [])].map(({ fragment }) => ({ ...fragment }));
  }

  async getFragment(groupKey: string, number: number): Promise<Uint8Array | undefined> {
    const kept = [...(this.groups.get(groupKey)?.values() ?? [])].find(({ fragment }) => fragment.number === number);
    return kept && Uint8Array.from(kept.raw);
  }

  async *keptGroups(): AsyncIterable<{ groupKey: string; fragments: KeptFragment[] }> {
    for (const groupKey of [...this.groups.keys()].sort())
      yield { groupKey, fragments: await this.keptFragments(groupKey) };
  }
}
