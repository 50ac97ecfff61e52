// Indexes built on first use, each from a generator of steps (slices.ts): at once when a query needs it
// now, or a step per turn of the event loop when there is time (before a request, in the background).
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Steps } from './slices.js';

export interface LazyBuilds<T> {
  /** The built value, finishing its build at once if needed. */
  get(key: string, steps: () => Steps<T>): T;
  /** Resolves once `key` is built, a step per turn (undefined: it already is). */
  prepare(key: string, steps: () => Steps<T>): Promise<void> | undefined;
  /** The same as a step of another build (one index needing another). */
  need(key: string, steps: () => Steps<T>): Steps<T>;
  /** What is built so far (for measuring memory). */
  readonly built: Map<string, T>;
}

export function lazyBuilds<T>(): LazyBuilds<T> {
  const built = new Map<string, T>();
  const building = new Map<string, Steps<T>>();
  const preparing = new Map<string, Promise<void>>();
  // one generator per key, shared by whoever advances it first (a request at once, a prepare in slices)
  const step = (key: string, steps: () => Steps<T>): boolean => {
    if (built.has(key)) return true;
    let running = building.get(key);
    if (!running) building.set(key, (running = steps()));
    const next = running.next();
    if (!next.done) return false;
    built.set(key, next.value);
    building.delete(key);
    return true;
  };
  return {
    built,
    get(key, steps) {
      while (!step(key, steps));
      return built.get(key)!;
    },
    prepare(key, steps) {
      if (built.has(key)) return undefined;
      let ready = preparing.get(key);
      if (!ready) {
        ready = (async () => {
          while (!step(key, steps)) await nextTurn();
          preparing.delete(key);
        })();
        preparing.set(key, ready);
      }
      return ready;
    },
    *need(key, steps) {
      while (!step(key, steps)) yield;
      return built.get(key)!;
    },
  };
}

/** One promise for the builds still pending among `preparing` (undefined: none is). */
export function allPrepared(preparing: readonly (Promise<void> | undefined)[]): Promise<void> | undefined {
  const pending = preparing.filter((p) => p !== undefined);
  if (pending.length <= 1) return pending[0];
  return Promise.all(pending).then(() => undefined);
}
