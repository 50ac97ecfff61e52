// The plain reference the engine is checked against: every filter rule of the behaviour reference
// written as a straightforward pass over the generated dataset, sorted with the same keys.
import { ContactListView, displayNameOf, EMPTY_GUID, ShareType, tagKey, type Dataset } from '../../src/data/model.js';
import { parseAddress } from '../../src/data/address.js';
import type { ByContactInfoQuery, FilterQuery, FrameworkQuery, Viewer } from '../../src/engine/query.js';
import { formatApiDate } from '@crm-contacts/contract';

const DAY_US = 86_400_000_000;
const MINUTE_US = 60_000_000;
const words = (text: string) => [...new Set(text.toLowerCase().split(/\s+/).filter((w) => w))];
// code point order, as SQL's BINARY / "C" collations compare
const cmp = (a: string, b: string) => { const x = [...a].map((c) => c.codePointAt(0)!); const y = [...b].map((c) => c.codePointAt(0)!); for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i]; return x.length - y.length; };

type Row = Dataset['contacts'][number];

/** What the framework compares and sorts by, per member, written plainly from the dataset. */
export function memberOf(d: Dataset, viewer: Viewer, c: Row, name: string): { text: string; key: number | string } | undefined {
  const managers = d.accessList.filter((a) => a.contactId === c.id).map((a) => a.userId);
  const canEdit = c.shareType === ShareType.ReadWrite || viewer.isAdmin || managers.includes(viewer.id);
  const flag = (b: boolean) => ({ text: b ? 'True' : 'False', key: b ? 1 : 0 });
  const text = (t: string) => ({ text: t, key: t });
  const members: Record<string, () => { text: string; key: number | string }> = {
    id: () => ({ text: String(c.id), key: c.id }),
    displayname: () => text(displayNameOf(c)),
    iscompany: () => flag(c.isCompany),
    isprivate: () => flag(c.shareType === ShareType.None),
    isshared: () => flag(c.shareType !== ShareType.None),
    sharetype: () => ({ text: ['None', 'ReadWrite', 'Read'][c.shareType], key: c.shareType }),
    created: () => ({ text: formatApiDate(c.created, 'UTC'), key: c.created }),
    about: () => text(c.about ?? ''),
    industry: () => text(c.industry ?? ''),
    taskcount: () => ({ text: String(c.taskCount), key: c.taskCount }),
    havelatetasks: () => flag(c.hasLateTasks),
    canedit: () => flag(canEdit),
    candelete: () => flag(canEdit && !d.invoices.some((i) => i.contactId === c.id)),
  };
  return members[name.toLowerCase()]?.();
}

const OPS: Record<number, (t: string, v: string) => boolean> = {
  0: (t, v) => t.toLowerCase().includes(v.toLowerCase()), 1: (t, v) => t.toLowerCase() === v.toLowerCase(),
  2: (t, v) => t.toLowerCase().endsWith(v.toLowerCase()), 3: (t, v) => t.toLowerCase().startsWith(v.toLowerCase()), 4: (t, v) => t.includes(v),
};

/** The framework's pass as the behaviour reference says it: kind, member filter, stable member sort. */
function referenceFramework(d: Dataset, viewer: Viewer, rows: Row[], q: FrameworkQuery & { sortOrder?: string }): Row[] {
  let kept = rows;
  if (q.kind !== undefined) kept = kept.filter((c) => (q.kind === 'company' ? c.isCompany : q.kind === 'person' ? !c.isCompany : false));
  const values = q.filterValues ?? [];
  if (q.filterBy !== undefined && values.length > 0 && !values.includes('') && memberOf(d, viewer, rows[0] ?? d.contacts[0], q.filterBy)) {
    kept = kept.filter((c) => values.some((v) => OPS[q.filterOp ?? 1](memberOf(d, viewer, c, q.filterBy!)!.text, v)));
  }
  if (q.sortProperty === undefined || !memberOf(d, viewer, d.contacts[0], q.sortProperty)) return kept;
  const sign = q.sortOrder === 'descending' ? -1 : 1;
  return [...kept].sort((a, b) => {
    const x = memberOf(d, viewer, a, q.sortProperty!)!.key;
    const y = memberOf(d, viewer, b, q.sortProperty!)!.key;
    return sign * (typeof x === 'string' ? x.localeCompare(y as string, 'en') : x - (y as number));
  });
}

export interface ReferencePage { ids: number[]; total: number; reportedTotal?: number; more?: boolean }

/** filter: the database's list, then each mode's paging, `total` and nextIndex as the behaviour reference says. */
export function referenceFilterPage(d: Dataset, viewer: Viewer, q: FilterQuery): ReferencePage {
  const list = referenceFilterRows(d, viewer, q.sortProperty === undefined ? q : { ...q, sortBy: undefined });
  const n = list.length;
  const more = q.startIndex + q.count < n;
  if (q.sortProperty !== undefined) {
    const kept = referenceFramework(d, viewer, list, q);
    return { ids: kept.slice(q.startIndex, q.startIndex + q.count).map((c) => c.id), total: n, reportedTotal: n < q.count ? q.startIndex + n : n, more };
  }
  const page = list.slice(q.startIndex, q.startIndex + q.count);
  const ids = referenceFramework(d, viewer, page, { kind: q.kind }).map((c) => c.id);
  return { ids, total: n, reportedTotal: page.length < q.count ? q.startIndex + page.length : n, more };
}

export function referenceFilter(d: Dataset, viewer: Viewer, q: FilterQuery): { ids: number[]; total: number } {
  const list = referenceFilterRows(d, viewer, q);
  return { ids: list.slice(q.startIndex, q.startIndex + q.count).map((c) => c.id), total: list.length };
}

function referenceFilterRows(d: Dataset, viewer: Viewer, q: FilterQuery): Row[] {
  const view = q.contactListView ?? ContactListView.All;
  const managers = (id: number) => d.accessList.filter((a) => a.contactId === id).map((a) => a.userId);
  const visible = (id: number, share: number) => viewer.isAdmin || share !== ShareType.None || managers(id).includes(viewer.id);
  const tagsOf = (id: number) => d.contactTags.filter((t) => t.contactId === id).map((t) => tagKey(d.tags.find((x) => x.id === t.tagId)!.title));
  const wanted = (q.tags ?? []).map(tagKey);
  if (new Set(wanted).size < wanted.length || wanted.some((w) => !d.tags.some((t) => tagKey(t.title) === w)) || ![0, 1, 2, 3].includes(view)) return [];
  const search = words(q.filterValue ?? '');
  const nameMatches = (c: { isCompany: boolean; firstName: string | null; lastName: string | null; companyName: string | null }) =>
    search.every((w) => words(displayNameOf(c)).some((x) => x.startsWith(w)));
  const byId = new Map(d.contacts.map((c) => [c.id, c]));
  const list = d.contacts.filter((c) => {
    if (!visible(c.id, c.shareType)) return false;
    if (view === 1 && !c.isCompany) return false;
    if (view === 2 && c.isCompany) return false;
    if (view === 3 && !d.dealContacts.some((x) => x.contactId === c.id)) return false;
    if (!wanted.every((w) => tagsOf(c.id).includes(w))) return false;
    if (q.contactStage !== undefined && q.contactStage >= 0 && c.stageId !== q.contactStage) return false;
    if (q.contactType !== undefined && q.contactType >= 0 && c.contactTypeId !== q.contactType) return false;
    if (q.fromDate !== undefined && c.created < q.fromDate) return false;
    if (q.toDate !== undefined && c.created > q.toDate + DAY_US - MINUTE_US) return false;
    if (q.responsibleId !== undefined) {
      const m = managers(c.id);
      if (q.responsibleId === EMPTY_GUID ? m.length > 0 : !m.includes(q.responsibleId)) return false;
    }
    if (q.isShared === true && c.shareType === ShareType.None) return false;
    if (q.isShared === false && c.shareType !== ShareType.None) return false;
    if (search.length > 0) {
      const company = byId.get(c.companyId);
      const viaCompany = (view === 0 || view === 2) && !!company && company.isCompany && nameMatches(company);
      if (!nameMatches(c) && !viaCompany) return false;
    }
    return true;
  });
  const lower = (s: string | null) => (s ?? '').toLowerCase();
  const keys: Record<string, (c: (typeof list)[number]) => (number | string)[]> = {
    DisplayName: (c) => [displayNameOf(c).toLowerCase()], ContactType: (c) => [c.stageId], Created: (c) => [c.created],
    FirstName: (c) => [lower(c.firstName), lower(c.lastName)], LastName: (c) => [lower(c.lastName), lower(c.firstName)],
    History: (c) => [c.lastActivity ?? 0, c.created], Id: () => [],
  };
  const key = keys[q.sortBy ?? 'Created'];
  const sign = q.sortBy === undefined || q.sortOrder === 'descending' ? -1 : 1;
  list.sort((a, b) => {
    const ka = [...key(a), a.id];
    const kb = [...key(b), b.id];
    for (let i = 0; i < ka.length; i++) {
      const x = ka[i];
      const y = kb[i];
      const c = typeof x === 'string' ? cmp(x, y as string) : (x as number) - (y as number);
      if (c !== 0) return sign * c;
    }
    return 0;
  });
  return list;
}

export function referenceByContactInfo(d: Dataset, viewer: Viewer, q: ByContactInfoQuery): { ids: number[]; total: number } {
  const text = (infoType: number, data: string) => {
    if (infoType !== 7) return data.toLowerCase();
    const a = parseAddress(data);
    return [a.street, a.city, a.state, a.zip, a.country].filter((p) => p).join('\n').toLowerCase();
  };
  const like = q.data?.trim()
    ? new RegExp(q.data.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/%/g, '.*').replace(/_/g, '.'), 'su') : undefined;
  const matching = new Set(d.contactInfos.filter((i) => i.infoType === q.infoType && (like === undefined || like.test(text(i.infoType, i.data)))
    && (q.category === undefined || i.category === q.category) && (q.isPrimary === undefined || i.isPrimary === q.isPrimary)).map((i) => i.contactId));
  const managers = (id: number) => d.accessList.filter((a) => a.contactId === id).map((a) => a.userId);
  const rows = d.contacts.filter((c) => matching.has(c.id) && (viewer.isAdmin || c.shareType !== ShareType.None || managers(c.id).includes(viewer.id)))
    .sort((a, b) => a.id - b.id);
  // bycontactinfo is always the framework's: its filters and sort, then the page; total counts what is kept
  const list = referenceFramework(d, viewer, rows, q).map((c) => c.id);
  return { ids: list.slice(q.startIndex, q.startIndex + q.count), total: list.length };
}
