// Bitmaps over the rows of one info type (bit k: the type's k-th row), as bare Uint32Array words:
// the info search ANDs them word by word and walks their set bits without a per-row call.
export type RowBits = Uint32Array;

export const bitWords = (rows: number): number => Math.ceil(rows / 32);

/** Every row of `rows`. */
export function allRows(rows: number): RowBits {
  const bits = new Uint32Array(bitWords(rows)).fill(0xffffffff);
  if (rows % 32 !== 0) bits[bits.length - 1] = (1 << (rows % 32)) - 1;
  return bits;
}

/** Row k of each set bit, ascending. */
export function forEachRow(bits: RowBits, visit: (k: number) => void): void {
  for (let w = 0; w < bits.length; w++) {
    let word = bits[w];
    while (word !== 0) {
      const lowest = word & -word;
      visit((w << 5) + 31 - Math.clz32(lowest));
      word ^= lowest;
    }
  }
}

/** `into` &= `other` (or &= ~`other` with `without`). */
export function intersectRows(into: RowBits, other: RowBits, without = false): void {
  if (without) for (let w = 0; w < into.length; w++) into[w] &= ~other[w];
  else for (let w = 0; w < into.length; w++) into[w] &= other[w];
}
