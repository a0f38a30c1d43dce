import type { FieldValue } from './form-definition.js';

/**
 * Turns dotted field names into nested objects (`client.uci` → `{ client: { uci } }`), which is
 * how a form's typed data mirrors its PDF field names. Undefined values are left out.
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
  return root;
}
