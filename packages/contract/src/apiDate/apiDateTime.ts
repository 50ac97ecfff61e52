// The server's dates: it writes `yyyy-MM-ddTHH:mm:ss.fffffff` plus `Z` or `±hh:mm` (seven fractional
// digits, the portal's offset); it accepts, among others, `yyyy-MM-ddTHH:mm:ss.fffZ`. This is the client's
// view: a `Date` plus what a `Date` would lose (apiDate.ts is the emulator's, in microseconds). Browser-safe.

/** A moment as the server wrote it: the instant, and the offset and precision a `Date` would lose. */
export interface ApiDateTime {
  /** The instant (to the millisecond). */
  readonly date: Date;
  /** `Z` or `±hh:mm`, as written. */
  readonly offset: string;
  /** The offset east of UTC in minutes (`+03:00` is 180). */
  readonly offsetMinutes: number;
  /** The fraction of the second in 100-nanosecond ticks (0 to 9,999,999), all seven digits of it. */
  readonly ticks: number;
  /** The wall-clock time at the offset, `yyyy-MM-ddTHH:mm:ss`, as written. */
  readonly localDateTime: string;
}

const API_DATE_TIME = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,7}))?(Z|([+-])(\d{2}):(\d{2}))$/;

/** Reads the server's `yyyy-MM-ddTHH:mm:ss.fffffff±hh:mm`; throws a RangeError on anything else. */
export function parseApiDateTime(text: string): ApiDateTime {
  const match = API_DATE_TIME.exec(text);
  if (!match) throw new RangeError(`not a CRM date-time (yyyy-MM-ddTHH:mm:ss.fffffff±hh:mm): ${JSON.stringify(text)}`);
  const [, localDateTime, fraction = '', offset, sign, hours, minutes] = match;
  const offsetMinutes = offset === 'Z' ? 0 : (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
  const ticks = Number(fraction.padEnd(7, '0'));
  const wallClockAsUtc = Date.parse(`${localDateTime}Z`);
  if (Number.isNaN(wallClockAsUtc)) throw new RangeError(`impossible CRM date-time: ${JSON.stringify(text)}`);
  const date = new Date(wallClockAsUtc - offsetMinutes * 60_000 + Math.floor(ticks / 10_000));
  return { date, offset, offsetMinutes, ticks, localDateTime };
}

/** Writes an ApiDateTime back exactly as the server does (seven fractional digits, its offset). */
export function formatApiDateTime(value: ApiDateTime): string {
  return `${value.localDateTime}.${String(value.ticks).padStart(7, '0')}${value.offset}`;
}

/** Writes a `Date` as the server accepts it in a query: `yyyy-MM-ddTHH:mm:ss.fffZ` (UTC). */
export function toApiDate(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('cannot send an invalid Date to the CRM server');
  return date.toISOString();
}
