// bycontactinfo: the contacts with a contact-info row of a type that matches the data pattern, the
// category and the primary flag. Per type, the rows that may match come as a bitmap (trigram lists for
// literals of three or more characters, unigram/bigram bitmaps for shorter ones, row bitmaps per
// category and primary flag); only patterns with inner wildcards test the candidates' texts.
import { TypedFastBitSet } from 'typedfastbitset';
import { ContactInfoType } from '../data/model.js';
import { ADDRESS_PARTS, parseAddress } from '../data/address.js';
import type { ContactColumns } from './contactColumns.js';
import { emptySet, type ContactSet } from './contactSet.js';
import { keptSets, keptSetsBudget } from './keptSets.js';
import type { ByContactInfoQuery } from './query.js';
import { likePattern, type LikePattern } from './likePattern.js';
import { allRows, bitWords, forEachRow, intersectRows, type RowBits } from './rowBits.js';
import { shortGramIndexSteps, type ShortGramIndex } from './shortGramIndex.js';
import { lazyBuilds } from './lazyBuilds.js';
import { TEXTS_PER_STEP, type Steps } from './slices.js';
import { trigramIndexSteps, type TrigramIndex } from './trigramIndex.js';

/** The text the data pattern runs over: the data lower-cased, or for addresses their parts (not the JSON keys). */
export function searchText(infoType: number, data: string): string {
  if (infoType === ContactInfoType.Address) {
    const a = parseAddress(data);
    return ADDRESS_PARTS.map((part) => a[part]).filter((p) => p).join('\n').toLowerCase();
  }
  return data.toLowerCase();
}

/** What picks the rows: bycontactinfo's query without its paging and the framework's parameters. */
export type InfoCriteria = Pick<ByContactInfoQuery, 'infoType' | 'data' | 'category' | 'isPrimary'>;

export interface InfoSearch {
  /** The contacts with at least one matching row. */
  matching(criteria: InfoCriteria): ContactSet;
  /**
   * Builds the type's indexes a step per turn of the event loop, if they are not built yet (then
   * `matching` would build them whole, holding up every other request meanwhile).
   */
  prepare(infoType: number): Promise<void> | undefined;
  /** What it holds, for measuring its memory (scenarios/memoryOf.ts): the types built so far, the kept match sets. */
  readonly held: object;
}

interface RowsOfType {
  /** The contact of each row of this type, rows in contact order. */
  ownerOf: Int32Array;
  /** Their texts joined by a separator; row k's text starts at offsets[k] and ends before offsets[k + 1] - 1. */
  text: string;
  offsets: Int32Array;
  /** The contacts having a row of this type. */
  owners: ContactSet;
  trigrams: TrigramIndex;
  /** Fragments of one or two characters. */
  shortGrams: ShortGramIndex;
  /** The rows of each category, and the primary rows. */
  byCategory: Map<number, RowBits>;
  primary: RowBits;
}

const SEPARATOR = '\u0000';
/** A match set that took more rows than this to build is kept (built on demand, like an index). */
const KEEP_AFTER_ROWS = 4096;

export function buildInfoSearch(c: ContactColumns, keptMatchesBytes = keptSetsBudget(c.size)): InfoSearch {
  const { info } = c;
  const rowLists = new Map<number, number[]>();
  for (let r = 0; r < info.id.length; r++) {
    const list = rowLists.get(info.infoType[r]);
    if (list) list.push(r);
    else rowLists.set(info.infoType[r], [r]);
  }
  const byType = new Map([...rowLists].map(([infoType, list]) => [infoType, Int32Array.from(list)]));
  rowLists.clear();
  // a type's indexes are built on its first search: start-up does not wait for types no one asks about
  const builds = lazyBuilds<RowsOfType>();
  const buildOf = new Map([...byType].map(([infoType, list]) => [infoType, () => rowsOfTypeSteps(c, infoType, list)]));
  const typeOf = (infoType: number): RowsOfType | undefined => {
    const steps = buildOf.get(infoType);
    return steps && builds.get(String(infoType), steps);
  };
  // match sets that were costly to build, per (type, data, category, primary), under a memory bound
  const kept = keptSets(keptMatchesBytes);

  /** The rows that may match (a fresh bitmap), and whether each must still be tested against the pattern. */
  function candidateRows(of: RowsOfType, data: string | undefined): { rows: RowBits; pattern?: LikePattern } {
    const count = of.ownerOf.length;
    if (data === undefined) return { rows: allRows(count) };
    const pattern = likePattern(data);
    let rows: RowBits;
    if (pattern.literal.length >= 3 && of.trigrams.fewest(pattern.literal) * 8 > count) {
      // most rows hold it: each occurrence found by the native search costs less than joining long lists
      return { rows: rowsContaining(of, pattern.literal), pattern: pattern.plain ? undefined : pattern };
    }
    if (pattern.literal.length >= 3) {
      rows = new Uint32Array(bitWords(count));
      for (const k of of.trigrams.candidates(pattern.literals)) rows[k >>> 5] |= 1 << (k & 31);
      // a literal of exactly three characters is its one trigram: every candidate matches
      return { rows, pattern: pattern.plain && pattern.literal.length === 3 ? undefined : pattern };
    }
    rows = pattern.literal.length > 0 ? of.shortGrams.textsWith(pattern.literals) : allRows(count);
    return { rows, pattern: pattern.plain ? undefined : pattern };
  }

  return {
    held: { types: builds.built, kept },
    prepare(infoType) {
      const steps = buildOf.get(infoType);
      return steps && builds.prepare(String(infoType), steps);
    },

    matching({ infoType, data, category, isPrimary }) {
      const of = typeOf(infoType);
      const blank = data === undefined || data.trim() === '';
      if (!of) return emptySet();
      if (blank && category === undefined && isPrimary === undefined) return of.owners;
      const key = `${infoType}|${category}|${isPrimary}|${blank ? '' : data.toLowerCase()}`;
      const known = kept.get(key);
      if (known) return known;
      const { rows, pattern } = candidateRows(of, blank ? undefined : data);
      if (category !== undefined) intersectRows(rows, of.byCategory.get(category) ?? new Uint32Array(rows.length));
      if (isPrimary !== undefined) intersectRows(rows, of.primary, !isPrimary);
      const words = new Uint32Array(bitWords(c.size));
      let visited = 0;
      forEachRow(rows, (k) => {
        visited++;
        if (pattern && !pattern.test(of.text.slice(of.offsets[k], of.offsets[k + 1] - SEPARATOR.length))) return;
        const owner = of.ownerOf[k];
        words[owner >>> 5] |= 1 << (owner & 31);
      });
      const bits = TypedFastBitSet.fromWords(words);
      const set = { bits, size: bits.size() };
      if (visited > KEEP_AFTER_ROWS) kept.set(key, set);
      return set;
    },
  };
}

/** A type's indexes, built pausing every TEXTS_PER_STEP rows. */
function* rowsOfTypeSteps(c: ContactColumns, infoType: number, list: Int32Array): Steps<RowsOfType> {
  const { info } = c;
  const texts: string[] = new Array(list.length);
  for (let k = 0; k < list.length; k++) {
    texts[k] = searchText(infoType, info.data.at(list[k]));
    if (k % TEXTS_PER_STEP === TEXTS_PER_STEP - 1) yield;
  }
  const offsets = new Int32Array(list.length + 1);
  for (let k = 0; k < list.length; k++) offsets[k + 1] = offsets[k] + texts[k].length + SEPARATOR.length;
  const owners = new TypedFastBitSet();
  for (const r of list) owners.add(info.owner[r]);
  const byCategory = new Map<number, RowBits>();
  const primary = new Uint32Array(bitWords(list.length));
  list.forEach((r, k) => {
    let rows = byCategory.get(info.category[r]);
    if (!rows) byCategory.set(info.category[r], (rows = new Uint32Array(bitWords(list.length))));
    rows[k >>> 5] |= 1 << (k & 31);
    if (info.isPrimary[r] === 1) primary[k >>> 5] |= 1 << (k & 31);
  });
  yield;
  const text = texts.join(SEPARATOR) + SEPARATOR;
  yield;
  const trigrams = yield* trigramIndexSteps(texts);
  const shortGrams = yield* shortGramIndexSteps(texts);
  return {
    ownerOf: Int32Array.from(list, (r) => info.owner[r]), text, offsets, owners: { bits: owners, size: owners.size() }, trigrams, shortGrams, byCategory, primary,
  };
}

/** The rows whose text contains the literal: from one occurrence to the next row's first. */
function rowsContaining(of: RowsOfType, literal: string): RowBits {
  const rows = new Uint32Array(bitWords(of.ownerOf.length));
  let k = 0;
  for (let at = of.text.indexOf(literal); at >= 0; at = of.text.indexOf(literal, of.offsets[k + 1])) {
    while (of.offsets[k + 1] <= at) k++;
    rows[k >>> 5] |= 1 << (k & 31);
  }
  return rows;
}
