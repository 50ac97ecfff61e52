// A merge scenario's engine as an overlay on the start-up engine: the overlay's own contacts get a small
// engine of their own, numbered after the base's, and every set, search and order the filter rules read
// is the base's joined with the overlay's (a set: the base's bits, plus the overlay's shifted by n) when a
// query asks for it. The same rules (engineOver) then answer over the joined parts, so a merge scenario
// answers exactly as a full build of the merged data would, at the cost of the document, not of the base.
import { TypedFastBitSet } from 'typedfastbitset';
import type { ContactColumns } from './contactColumns.js';
import type { ContactIndex } from './contactIndex.js';
import { sortKeyParts } from './contactOrders.js';
import type { ContactSet } from './contactSet.js';
import type { InfoSearch } from './infoSearch.js';
import { keptSets, keptSetsBudget } from './keptSets.js';
import { joinedColumn, joinedColumns, type BasePatches } from './joinedColumns.js';
import { mergedOrders } from './mergedOrders.js';
import type { NameSearch } from './nameSearch.js';
import { engineOver, type PartBuilds, type QueryEngine } from './queryEngine.js';
import { allPrepared } from './lazyBuilds.js';

/** The base's set (or none) with the overlay's members added after its n contacts. */
function joinedSet(base: ContactSet | undefined, own: ContactSet | undefined, n: number): ContactSet {
  const bits = base ? base.bits.clone() : new TypedFastBitSet();
  own?.bits.forEach((j) => void bits.add(n + j));
  return { bits, size: (base?.size ?? 0) + (own?.size ?? 0) };
}

function addMember(set: ContactSet, i: number): void {
  if (set.bits.has(i)) return;
  set.bits.add(i);
  set.size++;
}

/**
 * Sets by key, joined when asked for: `known` says which keys the merged data has (the others are
 * undefined). Only `get` and `has` answer: they are all the filter rules read of these maps.
 */
class JoinedSets<K> extends Map<K, ContactSet> {
  constructor(private readonly base: Map<K, ContactSet>, private readonly own: Map<K, ContactSet>, private readonly n: number,
    private readonly known = (key: K) => base.has(key) || own.has(key)) {
    super();
  }

  override get(key: K): ContactSet | undefined {
    return this.known(key) ? joinedSet(this.base.get(key), this.own.get(key), this.n) : undefined;
  }

  override has(key: K): boolean {
    return this.known(key);
  }
}

type EverySet = 'companies' | 'persons' | 'inDeal' | 'shared' | 'private' | 'noManager';

class JoinedIndex implements ContactIndex {
  /** The sets many queries read, joined once on first use (one bit per contact each: counted as the overlay's own). */
  readonly held: Partial<Record<EverySet, ContactSet>> = {};
  readonly byStage: Map<number, ContactSet>;
  readonly byType: Map<number, ContactSet>;
  readonly byTag: Map<string, ContactSet>;
  readonly byManager: Map<number, ContactSet>;
  private readonly visibility: ReturnType<typeof keptSets>;

  /** `inDealToo`: the base contacts the overlay's deals name. */
  constructor(private readonly base: ContactIndex, private readonly own: ContactIndex, private readonly n: number, private readonly inDealToo: readonly number[]) {
    this.byStage = new JoinedSets(base.byStage, own.byStage, n);
    this.byType = new JoinedSets(base.byType, own.byType, n);
    // the overlay's tag titles are the merged ones: a tag it does not know is unknown to the merged data
    this.byTag = new JoinedSets(base.byTag, own.byTag, n, (key) => own.byTag.has(key));
    this.byManager = new JoinedSets(base.byManager, own.byManager, n);
    this.visibility = keptSets(keptSetsBudget(n));
  }

  private joined(key: EverySet): ContactSet {
    let set = this.held[key];
    if (!set) {
      this.held[key] = set = joinedSet(this.base[key], this.own[key], this.n);
      if (key === 'inDeal') for (const i of this.inDealToo) addMember(set, i);
    }
    return set;
  }

  get companies() { return this.joined('companies'); }
  get persons() { return this.joined('persons'); }
  get inDeal() { return this.joined('inDeal'); }
  get shared() { return this.joined('shared'); }
  get private() { return this.joined('private'); }
  get noManager() { return this.joined('noManager'); }

  createdBetween(from: number, to: number): ContactSet {
    return joinedSet(this.base.createdBetween(from, to), this.own.createdBetween(from, to), this.n);
  }

  readonly visibleTo: ContactIndex['visibleTo'] = (viewer) => {
    if (viewer.isAdmin) return undefined;
    let set = this.visibility.get(viewer.id);
    if (!set) this.visibility.set(viewer.id, (set = joinedSet(this.base.visibleTo(viewer), this.own.visibleTo(viewer), this.n)));
    return set;
  };
}

function joinedNames(base: () => NameSearch, own: () => NameSearch, n: number, companyIndex: Int32Array): NameSearch {
  // overlay persons who name a base company: found when that company's name matches
  const ofBaseCompanies: [number, number][] = [];
  companyIndex.forEach((company, j) => {
    if (company >= 0 && company < n) ofBaseCompanies.push([j, company]);
  });
  return {
    held: { ofBaseCompanies },
    matching(words, withCompanyMembers) {
      const set = joinedSet(base().matching(words, withCompanyMembers), own().matching(words, withCompanyMembers), n);
      if (withCompanyMembers && ofBaseCompanies.length > 0) {
        const companies = base().matching(words, false);
        for (const [j, company] of ofBaseCompanies) {
          if (companies.bits.has(company)) addMember(set, n + j);
        }
      }
      return set;
    },
  };
}

function joinedInfos(base: InfoSearch, own: InfoSearch, n: number): InfoSearch {
  return {
    held: own.held,
    matching: (criteria) => joinedSet(base.matching(criteria), own.matching(criteria), n),
    prepare(infoType) {
      const pending = [base.prepare(infoType), own.prepare(infoType)].filter((p) => p !== undefined);
      return pending.length === 0 ? undefined : Promise.all(pending).then(() => undefined);
    },
  };
}

/**
 * `own`: the overlay's engine, over columns holding the merged users, tags, stages, custom fields and
 * manager keys; `companyIndex`: its contacts' companies in the joined numbering (a base company below n).
 */
export function overlayEngine(base: QueryEngine, own: QueryEngine, companyIndex: Int32Array, patches: BasePatches): QueryEngine {
  const b = base.parts;
  const o = own.parts;
  const n = b.columns.size;
  const columns: ContactColumns = joinedColumns(b.columns, o.columns, companyIndex, patches);
  const displayNames = joinedColumn(b.displayNames, o.displayNames, n) as readonly string[];
  const orders = mergedOrders(b.orders, o.orders, n, sortKeyParts(b.columns, b.displayNames), sortKeyParts(o.columns, o.displayNames));
  const index = new JoinedIndex(b.index, o.index, n, [...patches.inDeal.keys()]);
  const names = joinedNames(b.names, o.names, n, companyIndex);
  const held = { index: index.held, names: names.held };
  // a joined part is built over the base's and the overlay's: both prepared
  const prepare: PartBuilds = {
    order: (sortBy) => allPrepared([b.prepare.order(sortBy), o.prepare.order(sortBy)]),
    names: () => allPrepared([b.prepare.names(), o.prepare.names()]),
    dates: () => allPrepared([b.prepare.dates(), o.prepare.dates()]),
  };
  const engine = engineOver({ columns, displayNames, orders, index, names: () => names, infos: joinedInfos(b.infos, o.infos, n), prepare }, held);
  // the joined columns reach the base's: only what the overlay holds of its own counts
  return { ...engine, memoryRoots: [...own.memoryRoots, companyIndex, patches, held] };
}
