// What the API framework (SmartList) does to a list the controller handed it whole: keep the rows whose
// member matches filterBy/filterOp/filterValue and whose kind is `type`, then a stable sort by a member.
// Paging is the caller's: it differs between the filter's modes and bycontactinfo.
import { FilterOperation } from '@crm-contacts/types';
import { BadQueryError } from './badQuery.js';
import type { FrameworkQuery, Viewer } from './query.js';
import type { ContactColumns } from './contactColumns.js';
import type { PropertyReader } from './contactProperties.js';

type Matcher = (text: string, value: string) => boolean;
const lower = (s: string) => s.toLowerCase();
const MATCHERS: Record<number, Matcher> = {
  [FilterOperation.contains]: (t, v) => lower(t).includes(lower(v)),
  [FilterOperation.equals]: (t, v) => lower(t) === lower(v),
  [FilterOperation.endsWith]: (t, v) => lower(t).endsWith(lower(v)),
  [FilterOperation.startsWith]: (t, v) => lower(t).startsWith(lower(v)),
  [FilterOperation.present]: (t, v) => t.includes(v),
};
// "culture order" for text: the invariant culture's comparison is close to English collation
const collator = new Intl.Collator('en');

/** The kind `type` keeps: the exact lower-case words; anything else keeps nothing. */
export function kindFilter(columns: ContactColumns, kind: string): (i: number) => boolean {
  if (kind === 'company') return (i) => columns.isCompany[i] === 1;
  if (kind === 'person') return (i) => columns.isCompany[i] === 0;
  return () => false;
}

/** The member filter, or undefined when it is off (no member, an unknown one, no value, an empty value). */
export function memberFilter(properties: Map<string, PropertyReader>, viewer: Viewer, q: FrameworkQuery): ((i: number) => boolean) | undefined {
  const reader = q.filterBy === undefined ? undefined : properties.get(q.filterBy.toLowerCase());
  const values = q.filterValues;
  if (!reader || !values || values.length === 0 || values.some((v) => v === '')) return undefined;
  const op = q.filterOp ?? FilterOperation.equals;
  const matches = MATCHERS[op];
  // the real server fails with a 500 on an operation number it does not define; a client error here
  if (!matches) throw new BadQueryError(`Value of parameter 'filterOp' is not valid: '${op}' names no filter operation`);
  return (i) => {
    const text = reader.text(i, viewer);
    return values.some((v) => matches(text, v));
  };
}

/** The framework's pass over rows in the controller's order: filters, then the stable member sort. */
export function frameworkRows(rows: number[], columns: ContactColumns, properties: Map<string, PropertyReader>, viewer: Viewer,
  q: FrameworkQuery & { sortOrder?: 'ascending' | 'descending' }): number[] {
  let kept = rows;
  if (q.kind !== undefined) kept = kept.filter(kindFilter(columns, q.kind));
  const member = memberFilter(properties, viewer, q);
  if (member) kept = kept.filter(member);
  const reader = q.sortProperty === undefined ? undefined : properties.get(q.sortProperty.toLowerCase());
  if (!reader) return kept;
  const sign = q.sortOrder === 'descending' ? -1 : 1;
  const keys = new Map<number, number | string>();
  for (const i of kept) keys.set(i, reader.key(i, viewer));
  // Array.prototype.sort is stable, as LINQ's OrderBy and OrderByDescending are
  return [...kept].sort((a, b) => {
    const x = keys.get(a)!;
    const y = keys.get(b)!;
    return sign * (typeof x === 'string' ? collator.compare(x, y as string) : x - (y as number));
  });
}
