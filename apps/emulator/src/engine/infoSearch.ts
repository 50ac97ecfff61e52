// bycontactinfo: the contacts with a contact-info row of a type that matches the data pattern, the
// category and the primary flag. Per type, every row's searchable text sits in one string, so the
// pattern's literal part is found by the engine's native substring search instead of row by row.
import { LRUCache } from 'lru-cache';
import { TypedFastBitSet } from 'typedfastbitset';
import { ContactInfoType } from '../data/model.js';
import { parseAddress } from '../data/address.js';
import type { ContactColumns } from './contactColumns.js';
import { emptySet, type ContactSet } from './contactSet.js';
import { likePattern } from './likePattern.js';
import { trigramIndexSteps, type TrigramIndex } from './trigramIndex.js';
import type { Steps } from './slices.js';

/** The text the data pattern runs over: the data lower-cased, or for addresses their parts (not the JSON keys). */
export function searchText(infoType: number, data: string): string {
  if (infoType === ContactInfoType.Address) {
    const a = parseAddress(data);
    return [a.street, a.city, a.state, a.zip, a.country].filter((p) => p).join('\n').toLowerCase();
  }
  return data.toLowerCase();
}

export interface InfoCriteria { infoType: number; data?: string; category?: number; isPrimary?: boolean }

export interface InfoSearch {
  /** The contacts with at least one matching row. */
  matching(criteria: InfoCriteria): ContactSet;
  /** What it holds, for measuring its memory (scenarios/memoryOf.ts). */
  readonly held: object;
}

interface RowsOfType {
  /** Info row numbers (ContactColumns.info), in contact order. */
  rows: Int32Array;
  /** Their texts joined by a separator; row k's text starts at offsets[k] and ends before offsets[k + 1] - 1. */
  text: string;
  offsets: Int32Array;
  /** The contacts having a row of this type. */
  owners: ContactSet;
  trigrams: TrigramIndex;
  /** Sets for a category and/or primary flag with no data, kept once asked for (a handful per type in use; bounded against any category number a caller may send). */
  byRowKind: LRUCache<string, ContactSet>;
}

const SEPARATOR = '\u0000';

/** The search over every info type, pausing between types and inside each one's trigram index. */
export function* infoSearchSteps(c: ContactColumns): Steps<InfoSearch> {
  const { info } = c;
  const byType = new Map<number, number[]>();
  for (let r = 0; r < info.id.length; r++) {
    const list = byType.get(info.infoType[r]);
    if (list) list.push(r);
    else byType.set(info.infoType[r], [r]);
  }
  const types = new Map<number, RowsOfType>();
  for (const [infoType, list] of byType) {
    const texts = list.map((r) => searchText(infoType, info.data[r]));
    const offsets = new Int32Array(list.length + 1);
    for (let k = 0; k < list.length; k++) offsets[k + 1] = offsets[k] + texts[k].length + SEPARATOR.length;
    const owners = new TypedFastBitSet();
    for (const r of list) owners.add(info.owner[r]);
    yield;
    types.set(infoType, {
      rows: Int32Array.from(list), text: texts.join(SEPARATOR) + SEPARATOR, offsets, owners: { bits: owners, size: owners.size() },
      trigrams: yield* trigramIndexSteps(texts),
      byRowKind: new LRUCache({ max: 64 }),
    });
  }

  return {
    held: types,
    matching({ infoType, data, category, isPrimary }) {
      const of = types.get(infoType);
      const blank = data === undefined || data.trim() === '';
      if (!of) return emptySet();
      if (blank && category === undefined && isPrimary === undefined) return of.owners;
      const kind = `${category}|${isPrimary}`;
      const kept = blank ? of.byRowKind.get(kind) : undefined;
      if (kept) return kept;
      const bits = new TypedFastBitSet();
      const accept = (k: number): void => {
        const r = of.rows[k];
        if (category !== undefined && info.category[r] !== category) return;
        if (isPrimary !== undefined && (info.isPrimary[r] === 1) !== isPrimary) return;
        bits.add(info.owner[r]);
      };
      const textOf = (k: number) => of.text.slice(of.offsets[k], of.offsets[k + 1] - SEPARATOR.length);
      if (blank) {
        for (let k = 0; k < of.rows.length; k++) accept(k);
        const set = { bits, size: bits.size() };
        of.byRowKind.set(kind, set);
        return set;
      } else {
        const pattern = likePattern(data);
        if (pattern.literal.length >= 3) {
          for (const k of of.trigrams.candidates(pattern.literals)) if (pattern.test(textOf(k))) accept(k);
        } else if (pattern.literal === '') {
          for (let k = 0; k < of.rows.length; k++) if (pattern.test(textOf(k))) accept(k);
        } else {
          // jump from one occurrence of the literal part to the next; check the row it falls in
          for (let at = of.text.indexOf(pattern.literal); at >= 0;) {
            const k = rowAt(of.offsets, at);
            if (pattern.test(textOf(k))) accept(k);
            at = of.text.indexOf(pattern.literal, of.offsets[k + 1]);
          }
        }
      }
      return { bits, size: bits.size() };
    },
  };
}

/** The row whose text holds character `at` (offsets ascending). */
function rowAt(offsets: Int32Array, at: number): number {
  let lo = 0;
  let hi = offsets.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (offsets[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
