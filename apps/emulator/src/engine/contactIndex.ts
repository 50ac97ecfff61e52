// The sets a filter intersects, built once at load: one per tag, stage, contact type, share kind,
// company/person, "in a deal" and manager, plus creation-time buckets for date ranges. Visibility sets
// are built per user on first use and kept.
import { TypedFastBitSet } from 'typedfastbitset';
import { ContactSortBy } from '@crm-contacts/types';
import { ShareType, tagKey } from '../data/model.js';
import type { Viewer } from './query.js';
import type { ContactColumns } from './contactColumns.js';
import type { OrderBuilds } from './contactOrders.js';
import { emptySet, union, type ContactSet } from './contactSet.js';
import { keptSets, keptSetsBudget } from './keptSets.js';
import { lowerBound } from './lowerBound.js';
import { lazyBuilds } from './lazyBuilds.js';
import type { Steps } from './slices.js';

// Date ranges: whole buckets of the creation order come from prefix bitmaps, only the two ends bit by bit.
const DATE_BUCKETS = 64;

export interface ContactIndex {
  companies: ContactSet;
  persons: ContactSet;
  inDeal: ContactSet;
  shared: ContactSet;
  private: ContactSet;
  noManager: ContactSet;
  byStage: Map<number, ContactSet>;
  byType: Map<number, ContactSet>;
  /** By trimmed, lower-cased title. */
  byTag: Map<string, ContactSet>;
  /** By manager key (ContactColumns.managerKeys). */
  byManager: Map<number, ContactSet>;
  /** The contacts created in [from, to] (epoch microseconds, inclusive). */
  createdBetween(from: number, to: number): ContactSet;
  /** What a viewer may see; undefined for administrators, who see everything. */
  visibleTo(viewer: Viewer): ContactSet | undefined;
  /** What it holds, for measuring its memory (scenarios/memoryOf.ts). */
  readonly held: object;
}

function groupSets(size: number, keyOf: (i: number) => number | undefined): Map<number, ContactSet> {
  const bits = new Map<number, TypedFastBitSet>();
  for (let i = 0; i < size; i++) {
    const key = keyOf(i);
    if (key === undefined) continue;
    let set = bits.get(key);
    if (!set) bits.set(key, (set = new TypedFastBitSet()));
    set.add(i);
  }
  return new Map([...bits].map(([key, b]) => [key, { bits: b, size: b.size() }]));
}

/** One set per value of a list per contact (CSR: contact i's values are values[start[i]..start[i+1]]). */
function listSets(size: number, start: Int32Array, values: Int32Array): Map<number, ContactSet> {
  const bits = new Map<number, TypedFastBitSet>();
  for (let i = 0; i < size; i++) {
    for (let k = start[i]; k < start[i + 1]; k++) {
      let set = bits.get(values[k]);
      if (!set) bits.set(values[k], (set = new TypedFastBitSet()));
      set.add(i);
    }
  }
  return new Map([...bits].map(([key, b]) => [key, { bits: b, size: b.size() }]));
}

/** The index, and the preparation of its one build on first use (the date ranges'). */
export interface IndexBuilds {
  index: ContactIndex;
  /** Resolves once a date range needs no long build (the creation order and its buckets), built in steps. */
  prepareDates(): Promise<void> | undefined;
}

export function buildContactIndex(c: ContactColumns, orderBuilds: OrderBuilds): IndexBuilds {
  const n = c.size;
  const { orders } = orderBuilds;
  const kind = groupSets(n, (i) => c.isCompany[i]);
  const share = groupSets(n, (i) => (c.shareType[i] === ShareType.None ? 0 : 1));
  const tagSets = listSets(n, c.tags.start, c.tags.tagId);
  const byTag = new Map<string, ContactSet>();
  for (const [tagId, title] of [...c.tagTitles].sort((a, b) => a[0] - b[0])) {
    const key = tagKey(title);
    // titles that differ only in case or spaces are one tag to a filter: the first id wins, as before
    if (!byTag.has(key)) byTag.set(key, tagSets.get(tagId) ?? emptySet());
  }
  const byManager = listSets(n, c.access.start, c.access.manager);
  const noManager = new TypedFastBitSet();
  for (let i = 0; i < n; i++) if (c.access.start[i] === c.access.start[i + 1]) noManager.add(i);
  const shared = share.get(1) ?? emptySet();

  const bucket = Math.max(1024, Math.ceil(n / DATE_BUCKETS));
  // prefix[k]: the contacts whose rank in creation order is below k * bucket; built on the first date
  // range (with the creation order), not at start-up, a bucket per step
  const prefixes = lazyBuilds<TypedFastBitSet[]>();
  function* prefixSteps(): Steps<TypedFastBitSet[]> {
    const created = yield* orderBuilds.need(ContactSortBy.Created);
    const prefix: TypedFastBitSet[] = [new TypedFastBitSet()];
    for (let k = 1; (k - 1) * bucket < n; k++) {
      const bits = prefix[k - 1].clone();
      for (let p = (k - 1) * bucket; p < Math.min(n, k * bucket); p++) bits.add(created.permutation[p]);
      prefix.push(bits);
      yield;
    }
    return prefix;
  }
  const prefixOf = (): TypedFastBitSet[] => prefixes.get('created', prefixSteps);
  // the first rank whose creation time is >= t (or > t with `after`)
  const rankAt = (t: number, after: boolean): number => {
    const created = orders.Created;
    return lowerBound(n, (rank) => {
      const v = c.created[created.permutation[rank]];
      return v < t || (after && v === t);
    });
  };

  // per viewer: the shared contacts and their own (each a bitmap of every contact, hence the bound in bytes)
  const visibility = keptSets(keptSetsBudget(n));
  const index: ContactIndex = {
    held: prefixes.built,
    companies: kind.get(1) ?? emptySet(),
    persons: kind.get(0) ?? emptySet(),
    inDeal: groupSets(n, (i) => (c.inDeal[i] ? 1 : undefined)).get(1) ?? emptySet(),
    shared,
    private: share.get(0) ?? emptySet(),
    noManager: { bits: noManager, size: noManager.size() },
    byStage: groupSets(n, (i) => c.stageId[i]),
    byType: groupSets(n, (i) => c.contactTypeId[i]),
    byTag,
    byManager,
    createdBetween(from, to) {
      const created = orders.Created;
      const prefix = prefixOf();
      const lo = rankAt(from, false);
      const hi = rankAt(to, true);
      if (hi <= lo) return emptySet();
      const firstWhole = Math.ceil(lo / bucket);
      const lastWhole = Math.floor(hi / bucket);
      let bits: TypedFastBitSet;
      let p = lo;
      if (firstWhole < lastWhole) {
        bits = prefix[lastWhole].clone().difference(prefix[firstWhole]);
        for (; p < firstWhole * bucket; p++) bits.add(created.permutation[p]);
        p = lastWhole * bucket;
      } else {
        bits = new TypedFastBitSet();
      }
      for (; p < hi; p++) bits.add(created.permutation[p]);
      return { bits, size: hi - lo };
    },
    visibleTo(viewer) {
      if (viewer.isAdmin) return undefined;
      let set = visibility.get(viewer.id);
      if (!set) {
        const own = byManager.get(c.managerKeys.get(viewer.id.toLowerCase()) ?? -1);
        set = own ? union(shared, own) : shared;
        visibility.set(viewer.id, set);
      }
      return set;
    },
  };
  return { index, prepareDates: () => prefixes.prepare('created', prefixSteps) };
}
