// The emulator's side of the API-date codec: seven fraction digits and the zone's offset written, the
// accepted forms read, and exactly the texts the contract's ApiDateInput admits (5,000 near misses).
import { validatorFor } from '../../src/validator.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatApiDate, parseApiDate } from '../../src/index.js';

const us = (iso: string): number => Date.parse(iso) * 1000;

describe('apiDate', () => {
  it('formats with seven fraction digits and Z or the zone offset (DST-correct)', () => {
    expect(formatApiDate(us('2019-06-23T18:26:27.012Z') + 615, 'UTC')).toBe('2019-06-23T18:26:27.0126150Z');
    expect(formatApiDate(us('2019-06-23T18:26:27Z'), '+03:00')).toBe('2019-06-23T21:26:27.0000000+03:00');
    expect(formatApiDate(us('2019-06-23T18:26:27Z'), 'Europe/Berlin')).toBe('2019-06-23T20:26:27.0000000+02:00');
    expect(formatApiDate(us('2019-12-23T18:26:27Z'), 'Europe/Berlin')).toBe('2019-12-23T19:26:27.0000000+01:00');
    expect(formatApiDate(us('2019-12-23T18:26:27Z'), 'America/New_York')).toBe('2019-12-23T13:26:27.0000000-05:00');
  });

  it('parses the accepted forms', () => {
    expect(parseApiDate('2008-04-10T06-30-00.000Z', 'UTC')).toBe(us('2008-04-10T06:30:00Z'));
    expect(parseApiDate('2008-04-10T06-30-00Z', 'UTC')).toBe(us('2008-04-10T06:30:00Z'));
    expect(parseApiDate('2008-04-10T06:30:00.1234567+02:00', 'UTC')).toBe(us('2008-04-10T04:30:00.123Z') + 456);
    expect(parseApiDate('2008-04-10T06:30:00', '+03:00')).toBe(us('2008-04-10T03:30:00Z'));
    expect(parseApiDate('2008-04-10', 'Europe/Berlin')).toBe(us('2008-04-09T22:00:00Z'));
    expect(parseApiDate('2008-01-10', 'Europe/Berlin')).toBe(us('2008-01-09T23:00:00Z'));
  });

  it('refuses anything else', () => {
    for (const bad of ['', 'yesterday', '2008-04-10T06-30-00.1234Z', '2008-13-01', '2021-02-30', '2008-04-10T25:00:00Z', '10/04/2008', '2008-04-10T06:30']) {
      expect(parseApiDate(bad, 'UTC')).toBeUndefined();
    }
  });
});

describe('parseApiDate at the edges of the calendar', () => {
  it('reads years below 100 as themselves, knows leap days, and refuses year 0', () => {
    expect(parseApiDate('0001-01-01', 'UTC')).toBe(Date.UTC(2000, 0, 1) * 1000 - 63_082_281_600_000_000);
    expect(new Date(parseApiDate('0099-12-31T23:59:59Z', 'UTC')! / 1000).getUTCFullYear()).toBe(99);
    expect(parseApiDate('2000-02-29', 'UTC')).toBe(Date.UTC(2000, 1, 29) * 1000);
    expect(parseApiDate('2100-02-29', 'UTC')).toBeUndefined();
    expect(parseApiDate('0000-01-01', 'UTC')).toBeUndefined();
  });
});

describe('parseApiDate and the contract', () => {
  // texts near the grammar's edges: every field one step inside or outside its range, both separators,
  // 0-8 fraction digits, zones up to ±15:xx; about half of them are dates
  const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
  const nearDate = fc.tuple(
    fc.constantFrom('0000', '0001', '0099', '1900', '2000', '2021', '2024', '2100', '9999'), two(13), two(32),
    fc.option(fc.tuple(two(24), fc.constantFrom(':', '-'), two(60), two(60), fc.option(fc.stringMatching(/^\.\d{0,8}$/)),
      fc.option(fc.oneof(fc.constant('Z'), fc.tuple(fc.constantFrom('+', '-'), two(15), two(60)).map(([s, h, m]) => `${s}${h}:${m}`))))),
  ).map(([y, mo, d, time]) => {
    if (!time) return `${y}-${mo}-${d}`;
    const [h, sep, mi, s, fraction, zone] = time;
    return `${y}-${mo}-${d}T${h}${sep}${mi}${sep}${s}${fraction ?? ''}${zone ?? ''}`;
  });

  it("reads exactly the texts the contract's ApiDateInput admits", () => {
    const contract = validatorFor();
    fc.assert(fc.property(nearDate, (text) => {
      expect(parseApiDate(text, 'UTC') !== undefined, text).toBe(contract.validateComponent('ApiDateInput', text).valid);
    }), { numRuns: 5000, seed: 20240601 });
  });
});
