// What the API framework (SmartList) does to a list the controller handed it whole: keep the rows whose
// member matches filterBy/filterOp/filterValue and whose kind is `type`, then a stable sort by a member
// (memberOrders.ts, in this comparison). Paging is the caller's: it differs between the filter's modes and bycontactinfo.
import { FilterOperation } from '@crm-contacts/types';
import { TypedFastBitSet } from 'typedfastbitset';
import { BadQueryError } from './badQuery.js';
import type { FrameworkQuery, Viewer } from './query.js';
import type { ContactColumns } from './contactColumns.js';
import type { PropertyReader } from './contactProperties.js';
import { emptySet, intersectAll, type ContactSet } from './contactSet.js';

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

/** The kinds `type` keeps (isCompany): the exact lower-case words; anything else keeps nothing. */
const KINDS = new Map<string, number>([['company', 1], ['person', 0]]);

/** The comparison of the stable member sort: numbers by value, texts in culture order. */
export function compareMemberKeys(x: number | string, y: number | string): number {
  return typeof x === 'string' ? collator.compare(x, y as string) : x - (y as number);
}

export function kindFilter(columns: ContactColumns, kind: string): (i: number) => boolean {
  const isCompany = KINDS.get(kind);
  return (i) => columns.isCompany[i] === isCompany;
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

/** The contacts of each kind (the engine's sets), for `type`. */
export interface KindSets { companies: ContactSet; persons: ContactSet }

/**
 * The rows the framework keeps of `result` (null: every contact), before its sort: of the kind `type`
 * names, and whose member matches filterBy (read row by row: a filter's text is compared, not indexed).
 */
export function frameworkSet(result: ContactSet | null, size: number, kinds: KindSets, properties: Map<string, PropertyReader>, viewer: Viewer, q: FrameworkQuery): ContactSet | null {
  let kept = result;
  if (q.kind !== undefined) {
    const isCompany = KINDS.get(q.kind);
    const ofKind = isCompany === undefined ? emptySet() : isCompany === 1 ? kinds.companies : kinds.persons;
    kept = intersectAll(kept ? [kept, ofKind] : [ofKind]);
  }
  const member = memberFilter(properties, viewer, q);
  if (!member) return kept;
  const bits = new TypedFastBitSet();
  if (kept) kept.bits.forEach((i) => { if (member(i)) bits.add(i); });
  else for (let i = 0; i < size; i++) if (member(i)) bits.add(i);
  return { bits, size: bits.size() };
}
