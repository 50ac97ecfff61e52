// The fields comparison's streams: the same distinct filter pages, whole and trimmed to id,displayName.
import { describe, expect, it } from 'vitest';
import { fieldsStreams, TRIMMED_FIELDS } from '../src/fieldsStream.js';

describe('fieldsStreams', () => {
  const { whole, trimmed } = fieldsStreams(['a', 'b', 'c'], 10_000, 1000, 3000, 1);

  it('asks the same distinct pages of that size, whole and with fields', () => {
    expect(whole).toHaveLength(3000);
    expect(new Set(whole.map((r) => `${r.token} ${r.path}`)).size).toBe(3000);
    expect(trimmed).toEqual(whole.map((r) => ({ ...r, path: `${r.path}&fields=${TRIMMED_FIELDS}` })));
    expect(whole.every((r) => /[?&]count=1000&startIndex=\d+$/.test(r.path))).toBe(true);
  });

  it('stops at the distinct pages there are', () => {
    expect(fieldsStreams(['a'], 30, 25, 1000, 1).whole).toHaveLength(6);
  });
});
