import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import type { Database } from '../db/schema.js';
import { ContactListView, EMPTY_GUID, ShareType, tagKey } from '../data/model.js';
import { BadQueryError } from './errors.js';
import { prefixUpperBound } from './likePattern.js';
import { visibleTo } from './visibility.js';
import type { FilterQuery, SortBy, Viewer } from './types.js';

type ContactsEb = ExpressionBuilder<Database & { c: Database['contacts'] }, 'c'>;

/** More distinct tags than this is refused (400) rather than sent to the database. */
export const MAX_DISTINCT_TAGS = 1000;
// Beyond a few tags one GROUP BY ... HAVING beats one IN (subquery) per tag.
const TAGS_PER_SUBQUERY = 16;
const DAY_US = 86_400_000_000;
const MINUTE_US = 60_000_000;

/** A filter whose user input has been checked and resolved (tag titles to ids); null means "nothing matches". */
export interface ResolvedFilter {
  q: FilterQuery;
  view: number;
  tagIds: number[];
  words: string[];
}

export async function resolveFilter(db: Kysely<Database>, q: FilterQuery): Promise<ResolvedFilter | null> {
  const view = q.contactListView ?? ContactListView.All;
  if (!(Object.values(ContactListView) as number[]).includes(view)) return null;

  let tagIds: number[] = [];
  if (q.tags && q.tags.length > 0) {
    const keys = q.tags.map(tagKey);
    const distinct = [...new Set(keys)];
    // the same tag twice gives an empty list on the real server: decided before touching the database
    if (distinct.length < keys.length) return null;
    if (distinct.length > MAX_DISTINCT_TAGS) throw new BadQueryError(`tags: at most ${MAX_DISTINCT_TAGS} distinct tags are accepted, got ${distinct.length}`);
    const found = new Map<string, number>();
    for (let i = 0; i < distinct.length; i += 500) {
      const rows = await db.selectFrom('tags').select(['id', 'title_key']).where('title_key', 'in', distinct.slice(i, i + 500)).execute();
      for (const r of rows) if (!found.has(r.title_key)) found.set(r.title_key, r.id);
    }
    if (found.size < distinct.length) return null; // an unknown tag
    tagIds = distinct.map((k) => found.get(k)!);
  }

  const words = [...new Set((q.filterValue ?? '').toLowerCase().split(/\s+/).filter((w) => w.length > 0))];
  return { q, view, tagIds, words };
}

/** The ids whose display name has, for every search word, a word starting with it. */
function nameMatches(eb: ContactsEb, words: string[]) {
  const one = (w: string) => eb.selectFrom('contact_words').select('contact_id').where('word', '>=', w).where('word', '<', prefixUpperBound(w));
  let q = one(words[0]);
  for (const w of words.slice(1)) q = q.intersect(one(w));
  return q;
}

export function filterCondition(eb: ContactsEb, viewer: Viewer, f: ResolvedFilter): Expression<SqlBool> {
  const { q } = f;
  const and: Expression<SqlBool>[] = [];
  const visibility = visibleTo(eb, viewer);
  if (visibility) and.push(visibility);

  if (f.view === ContactListView.Company) and.push(eb('c.is_company', '=', 1));
  if (f.view === ContactListView.Person) and.push(eb('c.is_company', '=', 0));
  if (f.view === ContactListView.WithOpportunity) {
    // IN, not a correlated EXISTS: see byContactInfo.ts for the SQLite 3.51 OFFSET bug
    and.push(eb('c.id', 'in', eb.selectFrom('deal_contacts as d').select('d.contact_id')));
  }

  if (f.tagIds.length > 0 && f.tagIds.length <= TAGS_PER_SUBQUERY) {
    for (const tagId of f.tagIds) and.push(eb('c.id', 'in', eb.selectFrom('contact_tags').select('contact_id').where('tag_id', '=', tagId)));
  } else if (f.tagIds.length > TAGS_PER_SUBQUERY) {
    and.push(eb('c.id', 'in', eb.selectFrom('contact_tags').select('contact_id').where('tag_id', 'in', f.tagIds)
      .groupBy('contact_id').having((h) => h.fn.countAll(), '=', f.tagIds.length)));
  }

  if (q.contactStage !== undefined && q.contactStage >= 0) and.push(eb('c.stage_id', '=', q.contactStage));
  if (q.contactType !== undefined && q.contactType >= 0) and.push(eb('c.contact_type_id', '=', q.contactType));
  if (q.fromDate !== undefined) and.push(eb('c.created', '>=', q.fromDate));
  // the real server widens toDate to the end of that day, minus a minute
  if (q.toDate !== undefined) and.push(eb('c.created', '<=', q.toDate + DAY_US - MINUTE_US));

  if (q.responsibleId !== undefined) {
    if (q.responsibleId === EMPTY_GUID) {
      and.push(eb('c.id', 'not in', eb.selectFrom('contact_access as r').select('r.contact_id')));
    } else {
      and.push(eb('c.id', 'in', eb.selectFrom('contact_access').select('contact_id').where('user_id', '=', q.responsibleId.toLowerCase())));
    }
  }
  if (q.isShared === true) and.push(eb('c.share_type', 'in', [ShareType.ReadWrite, ShareType.Read]));
  if (q.isShared === false) and.push(eb('c.share_type', '=', ShareType.None));

  if (f.words.length > 0) {
    const byName = eb('c.id', 'in', nameMatches(eb, f.words));
    if (f.view === ContactListView.All || f.view === ContactListView.Person) {
      // persons of the companies whose name matches come along
      and.push(eb.or([
        byName,
        eb('c.company_id', 'in', eb.selectFrom('contacts as m').select('m.id').where('m.is_company', '=', 1).where('m.id', 'in', nameMatches(eb, f.words))),
      ]));
    } else {
      and.push(byName);
    }
  }
  return and.length > 0 ? eb.and(and) : sql<SqlBool>`1 = 1`;
}

type SortColumn = 'c.created' | 'c.id' | 'c.display_name_key' | 'c.stage_id' | 'c.first_name_key' | 'c.last_name_key' | 'c.last_activity';

/** ORDER BY columns; every order ends with id so paging is stable. */
export function sortColumns(sortBy: SortBy | undefined, sortOrder: FilterQuery['sortOrder']): { columns: SortColumn[]; direction: 'asc' | 'desc' } {
  // without sortBy the real server sorts newest first and ignores sortOrder
  if (sortBy === undefined) return { columns: ['c.created', 'c.id'], direction: 'desc' };
  const direction = sortOrder === 'descending' ? 'desc' : 'asc';
  const columns: Record<SortBy, SortColumn[]> = {
    DisplayName: ['c.display_name_key', 'c.id'],
    ContactType: ['c.stage_id', 'c.id'], // the real server sorts "ContactType" by the stage (status_id)
    Created: ['c.created', 'c.id'],
    FirstName: ['c.first_name_key', 'c.last_name_key', 'c.id'],
    LastName: ['c.last_name_key', 'c.first_name_key', 'c.id'],
    History: ['c.last_activity', 'c.created', 'c.id'],
    Id: ['c.id'],
  };
  return { columns: columns[sortBy], direction };
}

/** The cache key of a filter's total: the resolved conditions only, never paging or sorting. */
export function filterTotalKey(f: ResolvedFilter): string {
  const { q } = f;
  return JSON.stringify([
    'filter', f.view, [...f.tagIds].sort((a, b) => a - b), f.words,
    q.contactStage !== undefined && q.contactStage >= 0 ? q.contactStage : null,
    q.contactType !== undefined && q.contactType >= 0 ? q.contactType : null,
    q.fromDate ?? null, q.toDate ?? null, q.responsibleId?.toLowerCase() ?? null, q.isShared ?? null,
  ]);
}
