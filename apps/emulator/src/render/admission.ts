// Which fragments are worth keeping once the fragment cache is full: one is kept the second time it is
// written within a window (a doorkeeper, as in TinyLFU), so that pages over a million contacts, asked
// once each, do not churn the cache with fragments nobody asks for again; a contact turned away is
// written straight into its answer, which costs less than a template. Hand-written: a few lines over a
// byte array, which no cache library offers apart from its own eviction.
const SLOTS = 1 << 20;

export class Doorkeeper {
  // allocated when first needed: a cache that never fills (a scenario's, 10,000 contacts) never pays for it
  private seen: Uint8Array | null = null;
  private marked = 0;

  /** True when `key` was offered since the window began; otherwise marks it. */
  admit(key: number): boolean {
    const seen = (this.seen ??= new Uint8Array(SLOTS));
    const at = key % SLOTS;
    if (seen[at] === 1) return true;
    seen[at] = 1;
    // a new window once half the slots are marked, so that old sightings do not admit everything
    if (++this.marked >= SLOTS / 2) {
      seen.fill(0);
      this.marked = 0;
    }
    return false;
  }
}
