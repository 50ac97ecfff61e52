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

  /** Bytes `start` to `end` of `source` (a kept contact), copied in. */
  range(source: Buffer, start: number, end: number): void {
    const n = end - start;
    if (this.length + n > this.buffer.length) this.room(n);
    source.copy(this.buffer, this.length, start, end);
    this.length += n;
  }

  /** What was written from `start` on: a view, to be copied by whoever keeps it. */
  since(start: number): Buffer {
    return this.buffer.subarray(start, this.length);
  }

  /** The answer: a view of the bytes written, no copy. */
  result(): Buffer {
    return this.buffer.subarray(0, this.length);
  }
}
