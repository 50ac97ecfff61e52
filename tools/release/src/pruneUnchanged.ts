// oasdiff 1.36's diff reports every schema with an `xml` object as changed ({from: {name: x}, to: {name: x}}:
// it compares the objects' addresses). Entries whose "from" and "to" are equal are dropped, then empty parents.
import { isDeepStrictEqual } from 'node:util';

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

export function pruneUnchanged(node: unknown): unknown {
  if (!isObject(node)) return node;
  const keys = Object.keys(node);
  if (keys.length === 2 && 'from' in node && 'to' in node && isDeepStrictEqual(node.from, node.to)) return undefined;
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    const pruned = pruneUnchanged(value);
    if (pruned === undefined || (isObject(pruned) && Object.keys(pruned).length === 0)) continue;
    kept[key] = pruned;
  }
  return kept;
}
