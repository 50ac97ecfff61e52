import { describe, expect, it } from 'vitest';
import { formatApiDateTime, parseApiDateTime, toApiDate } from '../../src/apiDate/index.js';

describe('parseApiDateTime', () => {
  it('reads the instant and keeps the offset and all seven fractional digits', () => {
    const value = parseApiDateTime('2021-10-21T15:03:55.6467340+03:00');
    expect(value.date.toISOString()).toBe('2021-10-21T12:03:55.646Z');
    expect(value).toMatchObject({ offset: '+03:00', offsetMinutes: 180, ticks: 6467340, localDateTime: '2021-10-21T15:03:55' });
  });

  it.each(['2019-06-23T18:26:27.0126158Z', '2021-10-21T15:03:55.6467340+03:00', '2020-01-01T00:00:00.0000000-05:30'])('round-trips %s exactly', (text) => {
    expect(formatApiDateTime(parseApiDateTime(text))).toBe(text);
  });

  it('reads negative offsets west of UTC', () => {
    expect(parseApiDateTime('2020-01-01T00:00:00.0000000-05:30').date.toISOString()).toBe('2020-01-01T05:30:00.000Z');
  });

  it.each(['2021-10-21', '2021-10-21T15:03:55', 'yesterday', '2021-13-45T25:61:00.0000000Z'])('rejects %s', (text) => {
    expect(() => parseApiDateTime(text)).toThrow(RangeError);
  });
});

describe('toApiDate', () => {
  it('writes a Date in the yyyy-MM-ddTHH:mm:ss.fffZ form the server accepts', () => {
    expect(toApiDate(new Date(Date.UTC(2008, 3, 10, 6, 30)))).toBe('2008-04-10T06:30:00.000Z');
  });

  it('refuses an invalid Date', () => {
    expect(() => toApiDate(new Date('nope'))).toThrow(RangeError);
  });
});
