/** What a fragment says of itself: its number, and the total when it states it (RFC 2046 requires it on the last). */
export interface FragmentPart {
  readonly number: number;
  readonly total?: number;
}

/** A fragment as kept: its part, the stored message it arrived as (`raw/…`), and when it was kept. */
export interface KeptFragment extends FragmentPart {
  readonly messageKey: string;
  readonly keptAt: Date;
}

/**
 * Where fragments of messages split by the sender's mail program (RFC 2046 message/partial) wait
 * for the others, across messages. Groups are named by a key the domain derives without personal
 * data (a hash of the sender and the fragments' id).
 */
export interface FragmentStore {
  /** Keeps one fragment's raw message, as the message it arrived as; keeping that again changes nothing. */
  keepFragment(
    groupKey: string,
    fragment: FragmentPart & { readonly messageKey: string },
    raw: Uint8Array,
  ): Promise<void>;
  /** The fragments of a group kept so far (a part that arrived in two messages is there twice). */
  keptFragments(groupKey: string): Promise<KeptFragment[]>;
  /** A kept fragment's raw message; undefined when it is not kept. */
  getFragment(groupKey: string, number: number): Promise<Uint8Array | undefined>;
  /** Every group kept, with its fragments: the store keeps them for a bounded time (30 days in AWS). */
  keptGroups(): AsyncIterable<{ readonly groupKey: string; readonly fragments: readonly KeptFragment[] }>;
}

/** Which parts of a group are still to come: those missing below the stated total, or, with no total yet, the last. */
export function missingParts(kept: readonly FragmentPart[]): {
  readonly total?: number;
  readonly arrived: readonly number[];
  readonly missing: readonly number[];
  readonly complete: boolean;
} {
  const total = kept.find((fragment) => fragment.total !== undefined)?.total;
  const arrived = [...new Set(kept.map((fragment) => fragment.number))].sort((a, b) => a - b);
  const missing = total
    ? Array.from({ length: total }, (_, index) => index + 1).filter((n) => !arrived.includes(n))
    : [];
  return {
    ...(total !== undefined && { total }),
    arrived,
    missing,
    complete: total !== undefined && missing.length === 0,
  };
}
