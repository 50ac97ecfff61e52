/**
 * Lists per contact in CSR form ("compressed sparse row": contact i's items are items[start[i]..start[i+1])).
 * Groups rows by contact with a stable counting sort: rows keep the order they were read in within
 * their contact. `owner[r]` is row r's contact index (-1: a row of no known contact, dropped).
 * Returns the row order, and the start offsets per contact.
 */
export function groupByContact(owner: Int32Array, contacts: number): { order: Int32Array; start: Int32Array } {
  const start = new Int32Array(contacts + 1);
  for (let r = 0; r < owner.length; r++) if (owner[r] >= 0) start[owner[r] + 1]++;
  for (let i = 0; i < contacts; i++) start[i + 1] += start[i];
  const next = start.slice(0, contacts);
  const order = new Int32Array(start[contacts]);
  for (let r = 0; r < owner.length; r++) if (owner[r] >= 0) order[next[owner[r]]++] = r;
  return { order, start };
}
