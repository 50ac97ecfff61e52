// A merge scenario's orders without sorting its base again: the base's order and the overlay's own, merged
// at page time. Each overlay contact's place among the base's is found once per order by binary search
// (m log n comparisons of the sort key); a position or a rank is then a binary search among the m.
import type { ContactSortBy as SortBy } from '@crm-contacts/types';
import { compareCodePoints } from './codePointOrder.js';
import type { ContactOrder, ContactOrders, SortKeyPart } from './contactOrders.js';
import { lowerBound } from './lowerBound.js';

/** Contact j of `own` against contact i of `base` by one sort key: negative when j sorts first. */
function comparing(own: SortKeyPart[], base: SortKeyPart[]): (j: number, i: number) => number {
  return (j, i) => {
    for (let k = 0; k < own.length; k++) {
      const a = own[k];
      const b = base[k];
      const d = 'numbers' in a ? a.numbers[j] - (b as typeof a).numbers[i] : compareCodePoints(a.text(j), (b as typeof a).text(i));
      if (d !== 0) return d;
    }
    // equal keys: the index decides, and every overlay contact comes after every base contact
    return 1;
  };
}

/** A read-only Int32Array-like view computed per index (pageOf reads `permutation[p]` and `rank[i]`). */
function computed(length: number, at: (i: number) => number): Int32Array {
  return new Proxy(new Int32Array(0), {
    get(target, key) {
      if (key === 'length') return length;
      if (typeof key === 'string') {
        const i = Number(key);
        if (Number.isInteger(i) && i >= 0) return at(i);
      }
      return Reflect.get(target, key);
    },
  });
}

export function mergedOrder(base: ContactOrder, own: ContactOrder, n: number, compare: (j: number, i: number) => number): ContactOrder {
  const m = own.permutation.length;
  // ownAt[r]: the merged position of the overlay's r-th contact (its place among the base's, plus r)
  const ownAt = new Int32Array(m);
  for (let r = 0; r < m; r++) {
    const j = own.permutation[r];
    ownAt[r] = lowerBound(n, (p) => compare(j, base.permutation[p]) >= 0) + r;
  }
  return {
    // the walk merges the two orders as it goes: an overlay contact comes just before the base position it was placed at
    walk(bits, startIndex, end, descending) {
      const page: number[] = [];
      let seen = 0;
      const visit = (i: number): boolean => {
        if (bits.has(i) && seen++ >= startIndex) page.push(i);
        return seen >= end;
      };
      let r = descending ? m - 1 : 0;
      for (let k = 0; k < n; k++) {
        const p = descending ? n - 1 - k : k;
        // ascending: the overlay's contacts placed at or before p; descending: those placed after it
        for (; descending ? r >= 0 && ownAt[r] - r > p : r < m && ownAt[r] - r <= p; r += descending ? -1 : 1) {
          if (visit(n + own.permutation[r])) return page;
        }
        if (visit(base.permutation[p])) return page;
      }
      for (; descending ? r >= 0 : r < m; r += descending ? -1 : 1) if (visit(n + own.permutation[r])) return page;
      return page;
    },
    permutation: computed(n + m, (p) => {
      const before = lowerBound(m, (r) => ownAt[r] < p);
      return before < m && ownAt[before] === p ? n + own.permutation[before] : base.permutation[p - before];
    }),
    rank: computed(n + m, (i) => {
      if (i >= n) return ownAt[own.rank[i - n]];
      // the base rank b moves down by the overlay contacts placed before it: those at merged positions <= b + their count
      const b = base.rank[i];
      return b + lowerBound(m, (r) => ownAt[r] - r <= b);
    }),
  };
}

/** Every order of the merged contacts, each merged on its first use. */
export function mergedOrders(base: ContactOrders, own: ContactOrders, n: number, baseKeys: Record<SortBy, SortKeyPart[]>, ownKeys: Record<SortBy, SortKeyPart[]>): ContactOrders {
  const orders = {} as ContactOrders;
  const merged = new Map<SortBy, ContactOrder>();
  for (const sortBy of Object.keys(baseKeys) as SortBy[]) {
    const get = (): ContactOrder => {
      let order = merged.get(sortBy);
      if (!order) merged.set(sortBy, (order = mergedOrder(base[sortBy], own[sortBy], n, comparing(ownKeys[sortBy], baseKeys[sortBy]))));
      return order;
    };
    Object.defineProperty(orders, sortBy, { enumerable: false, get });
  }
  return orders;
}
