/**
 * Exact totals, computed once per normalised query and visibility class. The emulator's data never
 * changes after loading (the real server caches counts for a minute), so entries never go stale;
 * the map is bounded and forgets the least recently used key.
 */
export class TotalCache {
  private readonly entries = new Map<string, number>();

  constructor(private readonly capacity = 10_000) {}

  async get(key: string, compute: () => Promise<number>): Promise<number> {
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const value = await compute();
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    return value;
  }

  get size(): number {
    return this.entries.size;
  }
}
