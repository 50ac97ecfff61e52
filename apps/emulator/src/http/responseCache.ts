// Answers to repeated reads. The emulator's data never changes once loaded (as the real server caches
// its counts, only more so), so a 200 answer for the same user, representation and URL stays right
// for the life of the process. Bounded by total size; least recently used answers go first.
export interface CachedAnswer {
  statusCode: number;
  contentType: string;
  /** Kept encoded: sending a Buffer skips the UTF-8 encoding of every repeat. */
  body: Buffer;
}

export class ResponseCache {
  private readonly entries = new Map<string, CachedAnswer>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get(key: string): CachedAnswer | undefined {
    const hit = this.entries.get(key);
    if (hit) {
      // refresh its place in the recency order
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  set(key: string, answer: CachedAnswer): void {
    const size = answer.body.length + key.length;
    if (size > this.maxBytes / 4) return; // one huge answer must not flush everything else
    const previous = this.entries.get(key);
    if (previous) this.bytes -= previous.body.length + key.length;
    this.entries.set(key, answer);
    this.bytes += size;
    for (const [oldKey, old] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldKey);
      this.bytes -= old.body.length + oldKey.length;
    }
  }

  get size(): number {
    return this.entries.size;
  }
}
