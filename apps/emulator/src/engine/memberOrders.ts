// The framework's stable member sort (SmartList's OrderBy over the list the controller handed it) from
// orders built once: a page is a walk of the member's order kept to the framework's rows. Ties keep the
// controller's order (newest first on filter, id order on bycontactinfo), so a member has an order per
// controller and direction, built by counting over its ranks. A member of few values (flags, share type,
// task count) is a set per value instead, each walked in the controller's order; so are the members that
// depend on the viewer (canEdit, canDelete), per viewer.
import { TypedFastBitSet } from 'typedfastbitset';
import type { Viewer } from './query.js';
import type { ContactOrder } from './contactOrders.js';
import { intersectAll, type ContactSet } from './contactSet.js';
import type { PropertyReader } from './contactProperties.js';
import { lazyBuilds } from './lazyBuilds.js';
import { memberRankSteps, type MemberRanks } from './memberRanks.js';
import { pageOf } from './pageOf.js';
import type { Steps } from './slices.js';

/** The order the controller hands its list over in. */
export interface BaseOrder { order: ContactOrder; descending: boolean }
export type Controller = 'filter' | 'byContactInfo';

/** A member of at most this many distinct values is sorted as a set per value (a few bitmaps, no order). */
const MAX_VALUE_SETS = 16;
/** Rows of a counting pass between two pauses (a millisecond or so). */
const ROWS_PER_STEP = 131_072;

/** `reversible`: no two contacts share a key, so the descending order is the ascending one reversed. */
type Sorted = { values: ContactSet[] } | { order: ContactOrder; reversible: boolean };

export interface MemberSorts {
  /** Resolves once a page sorted by `member` for `viewer` needs no long build (undefined: none is needed). */
  prepare(member: string | undefined, controller: Controller, descending: boolean, viewer: Viewer): Promise<void> | undefined;
  /** startIndex..startIndex+count of `kept` (null: every contact) sorted by `member` (none or unknown: the controller's order). */
  page(kept: ContactSet | null, member: string | undefined, controller: Controller, descending: boolean, viewer: Viewer, startIndex: number, count: number): number[];
  /** What it holds, for measuring its memory. */
  readonly held: object;
}

function* valueSetSteps({ rank, distinct }: MemberRanks): Steps<ContactSet[]> {
  const bits = Array.from({ length: distinct }, () => new TypedFastBitSet());
  for (let i = 0; i < rank.length; i++) {
    bits[rank[i]].add(i);
    if ((i + 1) % ROWS_PER_STEP === 0) yield;
  }
  return bits.map((b) => ({ bits: b, size: b.size() }));
}

/** A stable counting sort of the base order by rank: ties stay in the base order, in either direction. */
function* countingOrderSteps({ rank, distinct }: MemberRanks, base: BaseOrder, descending: boolean): Steps<ContactOrder> {
  const n = rank.length;
  const slot = (i: number) => (descending ? distinct - 1 - rank[i] : rank[i]);
  const next = new Int32Array(distinct + 1);
  for (let i = 0; i < n; i++) next[slot(i) + 1]++;
  for (let g = 0; g < distinct; g++) next[g + 1] += next[g];
  yield;
  const permutation = new Int32Array(n);
  for (let p = 0; p < n; p++) {
    const i = base.order.permutation[base.descending ? n - 1 - p : p];
    permutation[next[slot(i)]++] = i;
    if ((p + 1) % ROWS_PER_STEP === 0) yield;
  }
  const positions = new Int32Array(n);
  for (let p = 0; p < n; p++) {
    positions[permutation[p]] = p;
    if ((p + 1) % ROWS_PER_STEP === 0) yield;
  }
  return { permutation, rank: positions };
}

/** The page over a set per value: whole values skipped by their size, the rest walked in the base order. */
function valuesPage(kept: ContactSet | null, values: ContactSet[], size: number, base: BaseOrder, descending: boolean, startIndex: number, count: number): number[] {
  const page: number[] = [];
  let skip = startIndex;
  for (let k = 0; k < values.length && page.length < count; k++) {
    const value = values[descending ? values.length - 1 - k : k];
    const inValue = kept ? kept.bits.intersection_size(value.bits) : value.size;
    if (inValue <= skip) {
      skip -= inValue;
      continue;
    }
    const part = kept ? intersectAll([kept, value])! : value;
    for (const i of pageOf(part, size, base.order, { startIndex: skip, count: count - page.length, descending: base.descending })) page.push(i);
    skip = 0;
  }
  return page;
}

export function buildMemberSorts(size: number, readers: Map<string, PropertyReader>, bases: Record<Controller, () => BaseOrder>): MemberSorts {
  const ranks = lazyBuilds<MemberRanks>();
  const sorted = lazyBuilds<Sorted>();
  // one entry per user who sorted by canEdit/canDelete: bounded by the users of the data (a few bitmaps each)
  const perViewer = lazyBuilds<ContactSet[]>();
  const perViewerKey = (name: string, viewer: Viewer) => `${name}|${viewer.id}|${viewer.isAdmin}`;
  const perViewerSteps = (reader: PropertyReader, viewer: Viewer) => function* (): Steps<ContactSet[]> {
    return yield* valueSetSteps(yield* memberRankSteps(size, (i) => reader.key(i, viewer)));
  };
  // the key of a member that does not depend on the viewer reads no viewer
  const nobody: Viewer = { id: '', isAdmin: false };

  function* sortedSteps(name: string, reader: PropertyReader, controller: Controller, descending: boolean): Steps<Sorted> {
    // what serves both controllers and directions is kept under the member's name, its ranks then dropped
    const shared = sorted.built.get(name);
    if (shared) return shared;
    const r = yield* ranks.need(name, () => memberRankSteps(size, reader.order ?? ((i) => reader.key(i, nobody))));
    let one: Steps<Sorted> | undefined;
    // a set per value
    if (r.distinct <= MAX_VALUE_SETS) one = (function* () { return { values: yield* valueSetSteps(r) }; })();
    // keys all distinct (ids, creation times): no ties, so the descending order is the ascending one reversed
    else if (r.distinct === size) one = (function* () { return { order: yield* countingOrderSteps(r, bases[controller](), false), reversible: true }; })();
    if (one) {
      const built = yield* sorted.need(name, () => one);
      ranks.built.delete(name);
      return built;
    }
    const key = `${name}|${controller}|${descending ? 'descending' : 'ascending'}`;
    return yield* sorted.need(key, function* () { return { order: yield* countingOrderSteps(r, bases[controller](), descending), reversible: false }; });
  }
  const ready = lazyBuilds<Sorted>();
  const readyKey = (name: string, controller: Controller, descending: boolean) => `${name}|${controller}|${descending}`;
  const readerOf = (member: string | undefined) => {
    const name = member?.toLowerCase();
    const reader = name === undefined ? undefined : readers.get(name);
    return reader && name !== undefined ? { name, reader } : undefined;
  };

  return {
    held: { ranks: ranks.built, sorted: sorted.built, perViewer: perViewer.built },
    prepare(member, controller, descending, viewer) {
      const found = readerOf(member);
      if (!found) return undefined;
      if (found.reader.perViewer) return perViewer.prepare(perViewerKey(found.name, viewer), perViewerSteps(found.reader, viewer));
      return ready.prepare(readyKey(found.name, controller, descending), () => sortedSteps(found.name, found.reader, controller, descending));
    },
    page(kept, member, controller, descending, viewer, startIndex, count) {
      const base = bases[controller]();
      const found = readerOf(member);
      if (!found) return pageOf(kept, size, base.order, { startIndex, count, descending: base.descending });
      const { name, reader } = found;
      if (reader.perViewer) return valuesPage(kept, perViewer.get(perViewerKey(name, viewer), perViewerSteps(reader, viewer)), size, base, descending, startIndex, count);
      const built = ready.get(readyKey(name, controller, descending), () => sortedSteps(name, reader, controller, descending));
      if ('values' in built) return valuesPage(kept, built.values, size, base, descending, startIndex, count);
      return pageOf(kept, size, built.order, { startIndex, count, descending: built.reversible && descending });
    },
  };
}
