// An estimate of the bytes a built scenario holds, for the scenarios' memory budget. Written here because
// the sizers on npm (object-sizeof) serialise to JSON, which misses typed arrays, Maps and shared strings.
// V8's own figures vary by version: these are its usual sizes on 64-bit, close enough to rank and bound.
import { runAtOnce, runInSlices, type Steps } from '../engine/slices.js';

const POINTER = 8;
const OBJECT_HEADER = 24;
const STRING_HEADER = 16;
const MAP_ENTRY = 3 * POINTER;
// values visited between two turns of the event loop: a few milliseconds of walking
const SLICE = 20_000;

/** Walks everything reachable from `roots`, each object and string once; yields every SLICE values, returns the bytes. */
function* walk(roots: unknown[]): Steps<number> {
  const seen = new Set<unknown>();
  const pending: unknown[] = [...roots];
  let bytes = 0;
  for (let visited = 1; pending.length > 0; visited++) {
    if (visited % SLICE === 0) yield;
    const value = pending.pop();
    if (typeof value === 'string') {
      // interned strings are shared between contacts: counted once
      if (seen.has(value)) continue;
      seen.add(value);
      bytes += STRING_HEADER + value.length * 2;
      continue;
    }
    if (value === null || typeof value !== 'object' || seen.has(value)) continue;
    seen.add(value);
    if (ArrayBuffer.isView(value)) {
      bytes += OBJECT_HEADER + value.byteLength;
    } else if (value instanceof Map) {
      bytes += OBJECT_HEADER + value.size * MAP_ENTRY;
      for (const [key, item] of value) pending.push(key, item);
    } else if (value instanceof Set) {
      bytes += OBJECT_HEADER + value.size * 2 * POINTER;
      for (const item of value) pending.push(item);
    } else if (Array.isArray(value)) {
      bytes += OBJECT_HEADER + value.length * POINTER;
      for (const item of value) pending.push(item);
    } else {
      const keys = Object.keys(value);
      bytes += OBJECT_HEADER + keys.length * POINTER;
      for (const key of keys) pending.push((value as Record<string, unknown>)[key]);
    }
  }
  return bytes;
}

/** Bytes reachable from `roots`, each object and string counted once, however many times it is shared. */
export const memoryOf = (...roots: unknown[]): number => runAtOnce(walk(roots));

/** The same, in slices between which the event loop answers requests (a large engine takes a second or more). */
export const memoryOfInSlices = (...roots: unknown[]): Promise<number> => runInSlices(walk(roots));
