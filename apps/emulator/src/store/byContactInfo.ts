import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { Database } from '../db/schema.js';
import { containsPattern, LIKE_ESCAPE } from './likePattern.js';
import { sql } from 'kysely';
import { visibleTo } from './visibility.js';
import type { ByContactInfoQuery, Viewer } from './types.js';

type ContactsEb = ExpressionBuilder<Database & { c: Database['contacts'] }, 'c'>;

/**
 * Contacts having at least one info row that matches; a contact with several matches still counts once.
 * Written as `c.id IN (...)`: SQLite 3.51.2 (bundled by better-sqlite3 12) applies OFFSET to the rows of
 * a correlated EXISTS that matches a contact more than once, so pages skipped or repeated contacts.
 */
export function byContactInfoCondition(eb: ContactsEb, viewer: Viewer, q: ByContactInfoQuery): Expression<SqlBool> {
  let info = eb.selectFrom('contact_info as i').select('i.contact_id').where('i.info_type', '=', q.infoType);
  const data = q.data?.trim() ? q.data.toLowerCase() : undefined;
  // case-insensitive substring: both sides lower-cased, the pattern's %, _ and \ escaped
  if (data !== undefined) info = info.where(sql<SqlBool>`i.search_text LIKE ${containsPattern(data)} ESCAPE ${LIKE_ESCAPE}`);
  if (q.category !== undefined) info = info.where('i.category', '=', q.category);
  if (q.isPrimary !== undefined) info = info.where('i.is_primary', '=', q.isPrimary ? 1 : 0);
  const visibility = visibleTo(eb, viewer);
  const matches = eb('c.id', 'in', info);
  return visibility ? eb.and([visibility, matches]) : matches;
}

export function byContactInfoTotalKey(q: ByContactInfoQuery): string {
  const data = q.data?.trim() ? q.data.toLowerCase() : null;
  return JSON.stringify(['byContactInfo', q.infoType, data, q.category ?? null, q.isPrimary ?? null]);
}
