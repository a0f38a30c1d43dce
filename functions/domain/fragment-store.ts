/** A kept fragment: its number, and the total when that fragment stated it (RFC 2046 requires it on the last). */
export interface KeptFragment {
  readonly number: number;
  readonly total?: number;
}

/**
 * Where fragments of messages split by the sender's mail program (RFC 2046 message/partial) wait
 * for the others, across messages. Groups are named by a key the domain derives without personal
 * data (a hash of the sender and the fragments' id).
 */
export interface FragmentStore {
  /** Keeps one fragment's raw message; keeping the same fragment again changes nothing. */
  keepFragment(groupKey: string, fragment: KeptFragment, raw: Uint8Array): Promise<void>;
  /** The fragments of a group kept so far. */
  keptFragments(groupKey: string): Promise<KeptFragment[]>;
  /** A kept fragment's raw message; undefined when it is not kept. */
  getFragment(groupKey: string, number: number): Promise<Uint8Array | undefined>;
}
