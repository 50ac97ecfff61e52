// The answer writer gives the bytes written, in order, however far its first guess of the size was off.
import { describe, expect, it } from 'vitest';
import { AnswerWriter } from '../../src/render/answerWriter.js';

describe('answer writer', () => {
  it('grows past its first size and keeps every byte in order, text as UTF-8', () => {
    const out = new AnswerWriter(1);
    const expected: Buffer[] = [];
    for (let k = 0; k < 500; k++) {
      const text = `{"n":${k},"name":"Zoë ${'ü'.repeat(k % 7)} 😀"}`;
      const bytes = Buffer.from('x'.repeat(k % 13 + 1));
      out.text(text);
      out.comma();
      out.bytes(bytes);
      expected.push(Buffer.from(text), Buffer.from(','), bytes);
    }
    expect(out.result().equals(Buffer.concat(expected))).toBe(true);
  });

  it('keeps a copy of what was written from a point on, apart from the answer', () => {
    const out = new AnswerWriter(64);
    out.text('[');
    const start = out.length;
    out.text('{"id":1}');
    const kept = out.copyOf(start);
    out.text(']');
    expect(kept.toString()).toBe('{"id":1}');
    expect(kept.buffer).not.toBe(out.result().buffer);
  });
});
