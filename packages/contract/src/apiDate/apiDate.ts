// The API's dates as the emulator writes and reads them, in microseconds since the epoch (the client's view
// of the same text, with its offset and seven digits kept, is apiDateTime.ts). Browser-safe.
/**
 * The API's date text: produced as yyyy-MM-ddTHH:mm:ss.fffffff plus Z or ±hh:mm in the portal's time
 * zone (ASC.Specific.ApiDateTime); parsed from the forms the real server accepts.
 * Time zones: 'UTC', fixed offsets like '+03:00', or IANA names (DST through Intl).
 */
const FIXED_OFFSET = /^([+-])(\d{2}):(\d{2})$/;
const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset from UTC, in minutes, at the given instant. */
export function offsetMinutes(timeZone: string, epochMillis: number): number {
  if (timeZone === 'UTC' || timeZone === 'Z') return 0;
  const fixed = FIXED_OFFSET.exec(timeZone);
  if (fixed) return (fixed[1] === '-' ? -1 : 1) * (Number(fixed[2]) * 60 + Number(fixed[3]));
  let fmt = offsetFormatters.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    offsetFormatters.set(timeZone, fmt);
  }
  const name = fmt.formatToParts(new Date(epochMillis)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

/** Throws for a time zone neither fixed, UTC nor known to Intl: the HTTP layer checks its config with it. */
export function assertTimeZone(timeZone: string): void {
  offsetMinutes(timeZone, 0);
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function formatApiDate(epochMicros: number, timeZone: string): string {
  const millis = Math.floor(epochMicros / 1000);
  const offset = offsetMinutes(timeZone, millis);
  const local = new Date(millis + offset * 60_000);
  const micros = ((epochMicros % 1_000_000) + 1_000_000) % 1_000_000;
  const date = `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}.${pad(micros, 6)}0`;
  if (offset === 0) return `${date}T${time}Z`;
  const abs = Math.abs(offset);
  return `${date}T${time}${offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

// Which texts are dates is the contract's ApiDateInput pattern (real days only, offsets up to ±14:00, the
// dashed form with three fraction digits), passed in (parseApiDate in ../apiDateInput.ts binds it, so
// this file stays browser-safe); PARTS only splits a text the pattern admitted into its fields.
const PARTS = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2})[:-](\d{2})[:-](\d{2})(?:\.(\d{1,7}))?(Z|[+-]\d{2}:\d{2})?)?$/;

/** Epoch microseconds (UTC) of a date text `apiDateInput` (the contract's ApiDateInput pattern) admits, or undefined for anything else. */
export function parseApiDateWith(apiDateInput: RegExp, text: string, timeZone: string): number | undefined {
  if (!apiDateInput.test(text)) return undefined;
  const [, year, month, day, hour = '0', minute = '0', second = '0', fraction, zone] = PARTS.exec(text)!;
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0-99 to 1900-1999, and .NET dates start at 0001
  const local = new Date(0);
  local.setUTCFullYear(Number(year), Number(month) - 1, Number(day));
  local.setUTCHours(Number(hour), Number(minute), Number(second), 0);
  const localMillis = local.getTime();
  const sub = fraction ? Number(fraction.padEnd(7, '0')) / 10 : 0; // 100 ns ticks to microseconds
  let utcMillis: number;
  if (zone === 'Z') utcMillis = localMillis;
  else if (zone) utcMillis = localMillis - offsetMinutes(zone, localMillis) * 60_000;
  else utcMillis = localToUtc(localMillis, timeZone);
  return utcMillis * 1000 + Math.floor(sub);
}

/** A wall-clock time in the zone to UTC; around DST the offset is re-read at the candidate instant. */
function localToUtc(localMillis: number, timeZone: string): number {
  let utc = localMillis - offsetMinutes(timeZone, localMillis) * 60_000;
  utc = localMillis - offsetMinutes(timeZone, utc) * 60_000;
  return utc;
}
