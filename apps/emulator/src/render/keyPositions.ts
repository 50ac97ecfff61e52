// Where each kept contact starts in the ring of written contacts, by its key: an open-addressing hash table
// (linear probing, deletion by shifting back) in two typed arrays. Hand-written: a Map cost
// 73 bytes per key measured (its keys past 2^31 are heap numbers, its table holds deleted entries until it
// grows again) and is garbage-collected; these arrays cost 24-48 bytes per key, doubled as keys come up to
// a fixed most (a scenario of a few contacts never pays for a table of a million keys).

const EMPTY = -1;

/** Slots for `most` keys: twice as many, a power of two (probes stay short). */
const slotsFor = (most: number): number => 2 ** Math.ceil(Math.log2(Math.max(2, 2 * most)));
const FIRST_SLOTS = 1024;

export class KeyPositions {
  private keys: Float64Array;
  private positions: Int32Array;
  private mask: number;
  private readonly mostSlots: number;
  size = 0;

  /** What a table for `most` keys takes at most: a float64 key and an int32 position per slot. */
  static bytesFor(most: number): number {
    return slotsFor(most) * 12;
  }

  constructor(most: number) {
    this.mostSlots = slotsFor(most);
    const slots = Math.min(this.mostSlots, FIRST_SLOTS);
    this.keys = new Float64Array(slots);
    this.positions = new Int32Array(slots).fill(EMPTY);
    this.mask = slots - 1;
  }

  /** What its arrays take now. */
  get bytes(): number {
    return this.keys.byteLength + this.positions.byteLength;
  }

  /** The slot a key's search starts at: its two 32-bit halves mixed. */
  private home(key: number): number {
    const h = Math.imul((key >>> 0) ^ Math.imul((key / 4294967296) >>> 0, 0x9e3779b1), 0x85ebca6b);
    return (h ^ (h >>> 15)) & this.mask;
  }

  /** The slot holding `key`, or the empty one where it would go. */
  private slotOf(key: number): number {
    let slot = this.home(key);
    while (this.positions[slot] !== EMPTY && this.keys[slot] !== key) slot = (slot + 1) & this.mask;
    return slot;
  }

  get(key: number): number | undefined {
    const position = this.positions[this.slotOf(key)];
    return position === EMPTY ? undefined : position;
  }

  /** Sets `key`'s position (a new key only while fewer than the `most` given are kept). */
  set(key: number, position: number): void {
    let slot = this.slotOf(key);
    if (this.positions[slot] === EMPTY && 2 * (this.size + 1) > this.keys.length && this.keys.length < this.mostSlots) {
      this.grow();
      slot = this.slotOf(key);
    }
    if (this.positions[slot] === EMPTY) this.size++;
    this.keys[slot] = key;
    this.positions[slot] = position;
  }

  delete(key: number): void {
    let hole = this.slotOf(key);
    if (this.positions[hole] === EMPTY) return;
    this.size--;
    // the keys after it, up to an empty slot, move back into the hole unless their search starts after it
    for (let next = (hole + 1) & this.mask; this.positions[next] !== EMPTY; next = (next + 1) & this.mask) {
      const home = this.home(this.keys[next]);
      const between = hole <= next ? home > hole && home <= next : home > hole || home <= next;
      if (between) continue;
      this.keys[hole] = this.keys[next];
      this.positions[hole] = this.positions[next];
      hole = next;
    }
    this.positions[hole] = EMPTY;
  }

  /** Twice the slots, every key placed again. */
  private grow(): void {
    const { keys, positions } = this;
    this.keys = new Float64Array(keys.length * 2);
    this.positions = new Int32Array(keys.length * 2).fill(EMPTY);
    this.mask = keys.length * 2 - 1;
    for (let slot = 0; slot < keys.length; slot++) {
      if (positions[slot] === EMPTY) continue;
      const to = this.slotOf(keys[slot]);
      this.keys[to] = keys[slot];
      this.positions[to] = positions[slot];
    }
  }
}
