/**
 * Compares strings by Unicode code point, as SQLite's BINARY collation and PostgreSQL's "C" collation
 * compare UTF-8 text. JavaScript's `<` compares UTF-16 code units, which differs for characters above
 * U+FFFF against those from U+E000 to U+FFFF.
 */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    // surrogates (0xD800-0xDFFF) encode code points above every BMP character: move them above 0xFFFF
    if (x >= 0xd800) x = x <= 0xdfff ? x + 0x2000 : x - 0x800;
    if (y >= 0xd800) y = y <= 0xdfff ? y + 0x2000 : y - 0x800;
    return x - y;
  }
  return a.length - b.length;
}
