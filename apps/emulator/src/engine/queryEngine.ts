// Answers filter and bycontactinfo from memory: a filter is the intersection of prebuilt sets, `total`
// is that set's size, and the page comes from the prebuilt order of its `sortBy`.
import { contractLimits } from '@crm-contacts/contract';
import { ContactSortBy } from '@crm-contacts/types';
import { ContactListView, displayNameOf, EMPTY_GUID, tagKey } from '../data/model.js';
import { BadQueryError } from './badQuery.js';
import type { ByContactInfoQuery, FilterQuery, SortBy, Viewer } from './query.js';
import type { ContactColumns } from './contactColumns.js';
import { buildContactIndex, type ContactIndex } from './contactIndex.js';
import { buildContactOrders, type ContactOrders } from './contactOrders.js';
import { runAtOnce, runInSlices, type Steps } from './slices.js';
import { emptySet, intersectAll, type ContactSet } from './contactSet.js';
import { buildInfoSearch, type InfoSearch } from './infoSearch.js';
import { nameSearchSteps, nameWords, type NameSearch } from './nameSearch.js';
import { allPrepared, lazyBuilds } from './lazyBuilds.js';
import { pageOf } from './pageOf.js';
import { contactProperties, type PropertyReader } from './contactProperties.js';
import { frameworkSet, kindFilter } from './frameworkList.js';
import { buildMemberSorts, type MemberSorts } from './memberOrders.js';

/** More distinct tags than the contract admits is refused (400) rather than intersected. */
export const MAX_DISTINCT_TAGS = contractLimits().maxTags;
const DAY_US = 86_400_000_000;
const MINUTE_US = 60_000_000;
const VIEWS = new Set<number>(Object.values(ContactListView));

/**
 * A page as contact indexes, with the size of the whole result (on bycontactinfo after the framework's
 * filters). On filter, also what the envelope reports: `reportedTotal` (the controller's count) and
 * `more` (nextIndex, decided on the rows before the framework's filters).
 */
export interface PageRef { indexes: number[]; total: number; reportedTotal?: number; more?: boolean }

export interface QueryEngine {
  readonly columns: ContactColumns;
  filter(viewer: Viewer, q: FilterQuery): PageRef;
  byContactInfo(viewer: Viewer, q: ByContactInfoQuery): PageRef;
  /** Resolves once the engine can answer `q` without a long build (undefined: it already can). */
  readyFor(q: FilterQuery | ByContactInfoQuery, viewer: Viewer): Promise<void> | undefined;
  /** What the answers are computed from: a merge scenario's overlay reuses its base's (engine/overlayEngine.ts). */
  readonly parts: EngineParts;
  /** What this engine holds of its own, for measuring its memory (an overlay: not its base's). */
  readonly memoryRoots: readonly unknown[];
}

/** The columns, orders, sets and search indexes a filter or bycontactinfo answer is computed from. */
export interface EngineParts {
  columns: ContactColumns;
  displayNames: readonly string[];
  orders: ContactOrders;
  index: ContactIndex;
  /** The name search, built on its first use. */
  names(): NameSearch;
  infos: InfoSearch;
  /** The builds on first use, each run a step per turn of the event loop (undefined: already built). */
  prepare: PartBuilds;
}

/** What a query may need built before it is answered: without these, its first use builds them at once. */
export interface PartBuilds {
  order(sortBy: SortBy): Promise<void> | undefined;
  names(): Promise<void> | undefined;
  /** The date ranges' buckets (and the creation order under them). */
  dates(): Promise<void> | undefined;
}

export function buildQueryEngine(columns: ContactColumns): QueryEngine {
  return runAtOnce(engineSteps(columns));
}

/** The same, a turn of the event loop between its parts: how a running emulator builds a scenario's engine. */
export function buildQueryEngineInSlices(columns: ContactColumns): Promise<QueryEngine> {
  return runInSlices(engineSteps(columns));
}

function* engineSteps(columns: ContactColumns): Steps<QueryEngine> {
  const displayNames = Array.from({ length: columns.size }, (_, i) => displayNameOf({
    isCompany: columns.isCompany[i] === 1, firstName: columns.firstName[i], lastName: columns.lastName[i], companyName: columns.companyName[i],
  }));
  yield;
  // orders, the name search, the date ranges and each info type's indexes are built on first use: start-up
  // and a scenario's build do not wait for what no request has asked for yet
  const orderBuilds = buildContactOrders(columns, displayNames);
  const { orders } = orderBuilds;
  const { index, prepareDates } = buildContactIndex(columns, orderBuilds);
  yield;
  const nameBuild = lazyBuilds<NameSearch>();
  const nameSteps = () => nameSearchSteps(columns, displayNames);
  const names = (): NameSearch => nameBuild.get('names', nameSteps);
  const prepare: PartBuilds = { order: orderBuilds.prepare, names: () => nameBuild.prepare('names', nameSteps), dates: prepareDates };
  const infos: InfoSearch = buildInfoSearch(columns);
  return engineOver({ columns, displayNames, orders, index, names, infos, prepare }, { displayNames, orders: orderBuilds.held, index, names: nameBuild.built, infos });
}

/** The answers over these parts; `held` is what they hold, for measuring memory. */
export function engineOver(parts: EngineParts, held: object): QueryEngine {
  const { columns, displayNames, orders, index, names, infos, prepare } = parts;
  const size = columns.size;
  const propertiesByZone = new Map<string, Map<string, PropertyReader>>();
  const propertiesFor = (timeZone = 'UTC') => {
    let properties = propertiesByZone.get(timeZone);
    if (!properties) propertiesByZone.set(timeZone, (properties = contactProperties(columns, displayNames, timeZone)));
    return properties;
  };
  // the members' sort keys do not depend on the time zone (only their texts do)
  const sorts: MemberSorts = buildMemberSorts(size, propertiesFor(), {
    filter: () => ({ order: orders.Created, descending: true }), // the database's order when sortBy is no ContactSortBy: newest first
    byContactInfo: () => ({ order: orders.Id, descending: false }),
  });

  /** The sets a filter intersects, or null when nothing can match. */
  function filterSets(viewer: Viewer, q: FilterQuery): ContactSet[] | null {
    const view = q.contactListView ?? ContactListView.All;
    if (!VIEWS.has(view)) return null;
    const sets: ContactSet[] = [];
    const visible = index.visibleTo(viewer);
    if (visible) sets.push(visible);
    if (view === ContactListView.Company) sets.push(index.companies);
    if (view === ContactListView.Person) sets.push(index.persons);
    if (view === ContactListView.WithOpportunity) sets.push(index.inDeal);

    if (q.tags && q.tags.length > 0) {
      const keys = q.tags.map(tagKey);
      const distinct = new Set(keys);
      // the same tag twice gives an empty list on the real server
      if (distinct.size < keys.length) return null;
      if (distinct.size > MAX_DISTINCT_TAGS) throw new BadQueryError(`tags: at most ${MAX_DISTINCT_TAGS} distinct tags are accepted, got ${distinct.size}`);
      for (const key of distinct) {
        const tagged = index.byTag.get(key);
        if (!tagged) return null; // an unknown tag
        sets.push(tagged);
      }
    }
    if (q.contactStage !== undefined && q.contactStage >= 0) sets.push(index.byStage.get(q.contactStage) ?? emptySet());
    if (q.contactType !== undefined && q.contactType >= 0) sets.push(index.byType.get(q.contactType) ?? emptySet());
    if (q.fromDate !== undefined || q.toDate !== undefined) {
      // the real server widens toDate to the end of that day, minus a minute
      sets.push(index.createdBetween(q.fromDate ?? -Infinity, q.toDate === undefined ? Infinity : q.toDate + DAY_US - MINUTE_US));
    }
    if (q.responsibleId !== undefined) {
      const responsible = q.responsibleId.toLowerCase();
      sets.push(responsible === EMPTY_GUID ? index.noManager : (index.byManager.get(columns.managerKeys.get(responsible) ?? -1) ?? emptySet()));
    }
    if (q.isShared === true) sets.push(index.shared);
    if (q.isShared === false) sets.push(index.private);

    const words = nameWords(q.filterValue ?? '');
    if (words.length > 0) {
      // persons of the companies whose name matches come along in the All and Person views
      sets.push(names().matching(words, view === ContactListView.All || view === ContactListView.Person));
    }
    return sets;
  }

  return {
    columns,
    parts,
    // the member orders are this engine's own (an overlay sorts its own rows)
    memoryRoots: [columns, held, sorts.held],
    filter(viewer, q) {
      const sets = filterSets(viewer, q);
      const result = sets ? intersectAll(sets) : emptySet();
      const matches = result ? result.size : size;
      // the framework pages when sortBy names a member (memory mode): the database hands every match over
      if (q.sortProperty !== undefined) {
        const kept = frameworkSet(result, size, index, propertiesFor(q.timeZone), viewer, q);
        return {
          indexes: sorts.page(kept, q.sortProperty, 'filter', q.sortOrder === 'descending', viewer, q.startIndex, q.count),
          total: matches,
          // the controller's count: the rows it got back, plus startIndex, when fewer than count
          reportedTotal: matches < q.count ? q.startIndex + matches : matches,
          more: q.startIndex + q.count < matches,
        };
      }
      // without sortBy the real server sorts newest first and ignores sortOrder
      const order = orders[q.sortBy ?? 'Created'];
      const descending = q.sortBy === undefined || q.sortOrder === 'descending';
      const page = pageOf(result, size, order, { startIndex: q.startIndex, count: q.count, descending });
      return {
        // `type` runs after the database paged: the page may shrink, total and nextIndex do not
        indexes: q.kind === undefined ? page : page.filter(kindFilter(columns, q.kind)),
        total: matches,
        // a page past the end reports startIndex
        reportedTotal: page.length < q.count ? q.startIndex + page.length : matches,
        more: q.startIndex + q.count < matches,
      };
    },

    readyFor(q, viewer) {
      const byContactInfo = 'infoType' in q;
      // a member's order is counted over the controller's order: that one is built first
      const rest = () => allPrepared([
        sorts.prepare(q.sortProperty, byContactInfo ? 'byContactInfo' : 'filter', q.sortOrder === 'descending', viewer),
        byContactInfo ? infos.prepare(q.infoType) : undefined,
      ]);
      const first = byContactInfo ? prepare.order(ContactSortBy.Id) : allPrepared([
        prepare.order(q.sortProperty === undefined ? (q.sortBy ?? ContactSortBy.Created) : ContactSortBy.Created),
        q.fromDate !== undefined || q.toDate !== undefined ? prepare.dates() : undefined,
        q.filterValue !== undefined && nameWords(q.filterValue).length > 0 ? prepare.names() : undefined,
      ]);
      return first ? first.then(rest) : rest();
    },

    byContactInfo(viewer, q) {
      const sets = [infos.matching(q)];
      const visible = index.visibleTo(viewer);
      if (visible) sets.push(visible);
      const result = intersectAll(sets)!;
      const framework = q.kind !== undefined || q.filterBy !== undefined || q.sortProperty !== undefined;
      if (!framework) return { indexes: pageOf(result, size, orders.Id, { startIndex: q.startIndex, count: q.count, descending: false }), total: result.size };
      // always the framework's paging: every match in id order, filtered and sorted, then the page
      const kept = frameworkSet(result, size, index, propertiesFor(q.timeZone), viewer, q)!;
      return { indexes: sorts.page(kept, q.sortProperty, 'byContactInfo', q.sortOrder === 'descending', viewer, q.startIndex, q.count), total: kept.size };
    },
  };
}
