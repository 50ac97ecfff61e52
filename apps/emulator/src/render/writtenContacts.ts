// Written contacts kept in a ring of large chunks of bytes: each new one goes after the last, and once the
// ring is full the oldest are overwritten (first in, first out; admission.ts decides what is worth keeping).
// Its bound is what it really holds: the chunks it has touched and the table of its keys (keyPositions.ts).
// Hand-written: a cache library keeps a Buffer per entry, whose real cost (its ArrayBuffer and allocation,
// the allocator's fragmentation as entries come and go, garbage until the next major collection) was 3-4
// times the bytes it counted (tools/bench/results/caches/README.md).
import type { AnswerWriter } from './answerWriter.js';
import { KeyPositions } from './keyPositions.js';

/** Before each contact's bytes: its key (float64: keys pass 2^32 with `fields` lists) and its length (uint32). */
const HEADER = 12;
/** Where the rest of a chunk is unused (the next contact did not fit in it). */
const PADDING = 0xffffffff;
/** The ring grows a chunk at a time, so that a cache that never fills costs only what it holds. */
const CHUNK_BYTES = 4 * 1024 * 1024;
/** The budget holds at most one key per this many bytes: the rest is the ring (contacts are 1-3 KB written). */
const BUDGET_PER_KEY = 1024;
// positions in the ring are int32
const MOST_BYTES = 2 ** 31 - 1;

export class WrittenContacts {
  private readonly chunks: Buffer[] = [];
  private readonly chunkBytes: number;
  /** The ring's size: whole chunks. */
  private readonly capacity: number;
  private readonly mostKeys: number;
  /** Where each kept contact starts in the ring (allocated on the first one kept). */
  private keyTable: KeyPositions | null = null;
  /** Where the next contact goes and where the oldest kept one starts, counted from the first write (never wrapped). */
  private head = 0;
  private tail = 0;

  constructor(readonly budgetBytes: number) {
    const budget = Math.min(budgetBytes, MOST_BYTES);
    this.mostKeys = Math.floor(budget / BUDGET_PER_KEY);
    // the key table's largest size is set aside, whatever it takes now
    const ring = Math.max(0, budget - KeyPositions.bytesFor(this.mostKeys));
    this.chunkBytes = Math.min(CHUNK_BYTES, ring);
    this.capacity = this.chunkBytes === 0 ? 0 : Math.floor(ring / this.chunkBytes) * this.chunkBytes;
  }

  /** Bytes held now: the chunks allocated and the keys kept (never above the budget). */
  heldBytes(): number {
    return this.chunks.length * this.chunkBytes + (this.keyTable?.bytes ?? 0);
  }

  /** Contacts kept now. */
  get size(): number {
    return this.keyTable?.size ?? 0;
  }

  /** Whether a contact of this many bytes would be kept without overwriting another. */
  hasRoomFor(bytes: number): boolean {
    return this.head + HEADER + bytes <= this.capacity && this.size < this.mostKeys;
  }

  /** Copies the kept contact `key` into the answer; false when it is not kept. */
  copyTo(key: number, out: AnswerWriter): boolean {
    const position = this.keyTable?.get(key);
    if (position === undefined) return false;
    const chunk = this.chunks[Math.floor(position / this.chunkBytes)];
    const start = position % this.chunkBytes;
    out.range(chunk, start + HEADER, start + HEADER + chunk.readUInt32LE(start + 8));
    return true;
  }

  /** Keeps these bytes as contact `key`, overwriting the oldest kept as needed; false when they can never fit. */
  keep(key: number, bytes: Uint8Array): boolean {
    const size = HEADER + bytes.length;
    if (size > this.chunkBytes || this.mostKeys === 0) return false;
    const at = (this.keyTable ??= new KeyPositions(this.mostKeys));
    const offset = this.head % this.chunkBytes;
    if (offset + size > this.chunkBytes) {
      // the rest of this chunk stays unused: the contact goes at the start of the next one
      const rest = this.chunkBytes - offset;
      this.freeUpTo(this.head + rest);
      if (rest >= HEADER) this.chunkAt(this.head).writeUInt32LE(PADDING, offset + 8);
      this.head += rest;
    }
    this.freeUpTo(this.head + size);
    while (at.size >= this.mostKeys) this.dropOldest();
    const chunk = this.chunkAt(this.head);
    const start = this.head % this.chunkBytes;
    chunk.writeDoubleLE(key, start);
    chunk.writeUInt32LE(bytes.length, start + 8);
    chunk.set(bytes, start + HEADER);
    at.set(key, this.head % this.capacity);
    this.head += size;
    return true;
  }

  /** The chunk the ring position falls in, allocated when first written. */
  private chunkAt(position: number): Buffer {
    const k = Math.floor((position % this.capacity) / this.chunkBytes);
    // out of Node's shared pool: the chunk is kept for good
    if (k === this.chunks.length) this.chunks.push(Buffer.allocUnsafeSlow(this.chunkBytes));
    return this.chunks[k];
  }

  /** Drops the oldest contacts until the ring has room up to `end`. */
  private freeUpTo(end: number): void {
    while (end - this.tail > this.capacity) this.dropOldest();
  }

  /** Drops the oldest contact kept (or the unused end of its chunk). */
  private dropOldest(): void {
    const offset = this.tail % this.chunkBytes;
    const rest = this.chunkBytes - offset;
    const chunk = this.chunks[Math.floor((this.tail % this.capacity) / this.chunkBytes)];
    const length = rest < HEADER ? PADDING : chunk.readUInt32LE(offset + 8);
    if (length === PADDING) {
      this.tail += rest;
      return;
    }
    const key = chunk.readDoubleLE(offset);
    // a contact kept again later is at a newer position: only this one is dropped
    if (this.keyTable!.get(key) === this.tail % this.capacity) this.keyTable!.delete(key);
    this.tail += HEADER + length;
  }
}
