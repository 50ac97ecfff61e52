// The answer writer gives the bytes written, in order, however far its first guess of the size was off.
import { describe, expect, it } from 'vitest';
import { AnswerWriter } from '../../src/render/answerWriter.js';

describe('answer writer', () => {
  it('grows past its first size and keeps every byte in order, text as UTF-8', () => {
    const out = new AnswerWriter(1);
    const expected: Buffer[] = [];
    for (let k = 0; k < 500; k++) {
      const text = `{"n":${k},"name":"Zoë ${'ü'.repeat(k % 7)} 😀"}`;
      const source = Buffer.from(`<${'x'.repeat(k % 13 + 1)}>`);
      out.text(text);
      out.comma();
      // a range of a kept contact's chunk: here the bytes between the brackets
      out.range(source, 1, source.length - 1);
      expected.push(Buffer.from(text), Buffer.from(','), source.subarray(1, source.length - 1));
    }
    expect(out.result().equals(Buffer.concat(expected))).toBe(true);
  });

  it('gives what was written from a point on', () => {
    const out = new AnswerWriter(64);
    out.text('[');
    const start = out.length;
    out.text('{"id":1}');
    expect(out.since(start).toString()).toBe('{"id":1}');
  });
});
