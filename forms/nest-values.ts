import type { FieldValue } from './form-definition.js';

/** Objects keyed only by row numbers (`members.1.name`, `members.2.name`) become arrays, in row order. */
function rowsToArrays(node: unknown): unknown {
  if (typeof node !== 'object' || node === null) return node;
  const entries = Object.entries(node).map(([key, value]) => [key, rowsToArrays(value)] as const);
  if (entries.length > 0 && entries.every(([key]) => /^\d+$/.test(key))) {
    return entries.sort(([a], [b]) => Number(a) - Number(b)).map(([, value]) => value);
  }
  return Object.fromEntries(entries);
}

/**
 * Turns dotted field names into nested objects (`client.uci` → `{ client: { uci } }`), which is
 * how a form's typed data mirrors its PDF field names; numbered rows (`members.1.name`) become
 * arrays of the rows that have a value. Undefined values are left out.
 */
export function nestValues(values: ReadonlyMap<string, FieldValue | undefined>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [name, value] of values) {
    if (value === undefined) continue;
    const path = name.split('.');
    let node = root;
    for (const key of path.slice(0, -1)) {
      const child = node[key];
      if (typeof child === 'object' && child !== null) {
        node = child as Record<string, unknown>;
      } else {
        const created: Record<string, unknown> = {};
        node[key] = created;
        node = created;
      }
    }
    node[path[path.length - 1] as string] = value;
  }
  return rowsToArrays(root) as Record<string, unknown>;
}
