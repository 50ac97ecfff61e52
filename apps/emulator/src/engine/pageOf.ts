// One page of a result in a given order. Two ways, whichever costs less: walk the order and keep the
// members (cheap when members are dense), or rank the members and sort them (cheap when they are few).
import type { ContactOrder } from './contactOrders.js';
import type { ContactSet } from './contactSet.js';

export interface PageRequest { startIndex: number; count: number; descending: boolean }

/** Contact indexes of the page; `result` null means every contact. */
export function pageOf(result: ContactSet | null, size: number, order: ContactOrder, { startIndex, count, descending }: PageRequest): number[] {
  const total = result ? result.size : size;
  const end = Math.min(total, startIndex + count);
  if (startIndex >= end) return [];
  const { permutation } = order;
  const page: number[] = [];
  if (!result) {
    for (let p = startIndex; p < end; p++) page.push(permutation[descending ? size - 1 - p : p]);
    return page;
  }
  const walk = (end * size) / total;
  const sort = size / 32 + total * Math.log2(total + 1);
  if (walk <= sort) {
    const { bits } = result;
    if (order.walk) return order.walk(bits, startIndex, end, descending);
    let seen = 0;
    for (let p = 0; p < size && seen < end; p++) {
      const i = permutation[descending ? size - 1 - p : p];
      if (bits.has(i) && seen++ >= startIndex) page.push(i);
    }
    return page;
  }
  const ranks = new Int32Array(total);
  let k = 0;
  result.bits.forEach((i) => {
    ranks[k++] = order.rank[i];
  });
  ranks.sort();
  for (let p = startIndex; p < end; p++) page.push(permutation[ranks[descending ? total - 1 - p : p]]);
  return page;
}
