// The bytes of one answer, written in place: cached contacts are copied in once and text is encoded
// straight into it, so an answer needs no list of parts and no concatenation. Hand-written: it is a
// growable byte array, which Node has no type for.
const COMMA = 0x2c;

export class AnswerWriter {
  private buffer: Buffer;
  /** Bytes written so far. */
  length = 0;

  constructor(sizeHint: number) {
    this.buffer = Buffer.allocUnsafe(Math.max(sizeHint, 1024));
  }

  private room(bytes: number): void {
    if (this.length + bytes <= this.buffer.length) return;
    // by half again: the answer's size was estimated, so it is seldom far off
    const grown = Buffer.allocUnsafe(Math.max(Math.ceil(this.buffer.length * 1.5), this.length + bytes));
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }

  bytes(part: Buffer): void {
    const n = part.length;
    if (this.length + n > this.buffer.length) this.room(n);
    this.buffer.set(part, this.length);
    this.length += n;
  }

  /** A JSON list's separator. */
  comma(): void {
    if (this.length + 1 > this.buffer.length) this.room(1);
    this.buffer[this.length++] = COMMA;
  }

  /** Text as UTF-8: at most three bytes per UTF-16 unit. */
  text(part: string): void {
    // measured only near the end, where the worst case would grow the buffer for nothing
    if (this.length + part.length * 3 > this.buffer.length) this.room(Buffer.byteLength(part));
    this.length += this.buffer.write(part, this.length);
  }

  /** A copy of what was written from `start` on, in memory of its own (not the shared pool), to keep. */
  copyOf(start: number): Buffer {
    const copy = Buffer.allocUnsafeSlow(this.length - start);
    copy.set(this.buffer.subarray(start, this.length));
    return copy;
  }

  /** The answer: a view of the bytes written, no copy. */
  result(): Buffer {
    return this.buffer.subarray(0, this.length);
  }
}
