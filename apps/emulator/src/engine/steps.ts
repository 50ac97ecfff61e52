// Work split into steps: a generator yields between steps, so a long build can run whole (when an
// answer needs it now) or one step per turn of the event loop (so other requests are answered between).
export type Steps<T> = Generator<void, T, void>;

/** Texts (or rows) handled between two yields: a few milliseconds of work at most. */
export const STEP = 16_384;

/** Runs every remaining step now. */
export function runAll<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
