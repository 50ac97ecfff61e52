// Long CPU work written once as a generator that yields where it may pause: run at once (start-up, where
// nothing else is answered yet) or in slices, a turn of the event loop between them, so that a scenario
// loading in a running emulator leaves other requests waiting milliseconds, not seconds.
import { setImmediate as nextTurn } from 'node:timers/promises';

export type Steps<T> = Generator<void, T>;

/** Texts (or rows) handled between two pauses of a build: a few milliseconds of work. */
export const TEXTS_PER_STEP = 20_000;

export function runAtOnce<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export async function runInSlices<T>(steps: Steps<T>): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await nextTurn();
  }
}
