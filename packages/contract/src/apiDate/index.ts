// The API's date-time text, written and read: one codec for the emulator (microseconds in a portal's time
// zone) and the client (a Date with the offset and the seven fraction digits kept). Browser-safe: no
// Node-only imports; parseApiDate with the contract's own pattern is on the package's root.
export { assertTimeZone, formatApiDate, offsetMinutes, parseApiDateWith } from './apiDate.js';
export { formatApiDateTime, parseApiDateTime, toApiDate, type ApiDateTime } from './apiDateTime.js';
