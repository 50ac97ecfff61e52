import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { Database } from '../db/schema.js';
import { ShareType } from '../data/model.js';
import type { Viewer } from './types.js';

type ContactsEb = ExpressionBuilder<Database & { c: Database['contacts'] }, 'c'>;

/** Shared (Read or ReadWrite) contacts, or private ones the viewer is on the access list of; admins see all. */
export function visibleTo(eb: ContactsEb, viewer: Viewer): Expression<SqlBool> | undefined {
  if (viewer.isAdmin) return undefined;
  return eb.or([
    eb('c.share_type', 'in', [ShareType.ReadWrite, ShareType.Read]),
    // IN, not a correlated EXISTS: see byContactInfo.ts for the SQLite 3.51 OFFSET bug
    eb('c.id', 'in', eb.selectFrom('contact_access as a').select('a.contact_id').where('a.user_id', '=', viewer.id)),
  ]);
}

/** The cache class of a viewer: every admin sees the same; other users differ by their access lists. */
export function visibilityClass(viewer: Viewer): string {
  return viewer.isAdmin ? 'admin' : `user:${viewer.id}`;
}

export function canEdit(shareType: number, accessUserIds: readonly string[], viewer: Viewer): boolean {
  return shareType === ShareType.ReadWrite || viewer.isAdmin || accessUserIds.includes(viewer.id);
}
