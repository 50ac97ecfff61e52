/** The escape character used with every LIKE the store issues (`LIKE ? ESCAPE '\'`). */
export const LIKE_ESCAPE = '\\';

/** A LIKE pattern matching `text` anywhere, with %, _ and \ in the text taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (ch) => LIKE_ESCAPE + ch)}%`;
}

/** Upper bound of the strings starting with `prefix`, for an index range (compared by code point on both engines). */
export function prefixUpperBound(prefix: string): string {
  return prefix + '\u{10FFFF}';
}
