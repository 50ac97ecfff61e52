// The bytes of one answer, written in place: cached fragments are copied in once and text is encoded
// straight into it, so an answer needs no list of parts and no concatenation. Hand-written: it is a
// growable byte array, which Node has no type for.
export class AnswerWriter {
  private buffer: Buffer;
  /** Bytes written so far; set back to drop what was written after a mark. */
  length = 0;

  constructor(sizeHint: number) {
    this.buffer = Buffer.allocUnsafe(Math.max(sizeHint, 1024));
  }

  private room(bytes: number): void {
    if (this.length + bytes <= this.buffer.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + bytes));
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }

  bytes(part: Buffer): void {
    this.room(part.length);
    this.buffer.set(part, this.length);
    this.length += part.length;
  }

  /** Text as UTF-8: at most three bytes per UTF-16 unit. */
  text(part: string): void {
    this.room(part.length * 3);
    this.length += this.buffer.write(part, this.length);
  }

  /** The answer: a view of the bytes written, no copy. */
  result(): Buffer {
    return this.buffer.subarray(0, this.length);
  }
}
