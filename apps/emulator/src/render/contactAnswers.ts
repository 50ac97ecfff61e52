// List answers assembled from written contacts: each contact is written once per endpoint flavour,
// format and variant (kept under a memory bound, as UTF-8 bytes: writtenContacts.ts) and then copied into the answers that
// list it, one copy each. A variant is what differs between viewers: the contact's canEdit and canDelete,
// and its nested company (on filter whether it is shown, and its own rights), five bits that decide the
// written bytes; the viewers of a portal share a few variants per contact. An answer is written in place
// into one buffer: no list of parts, no concatenation.
import { XML_DECLARATION, writeXmlElement } from '@crm-contacts/contract/xml/write';
import { LRUCache } from 'lru-cache';
import type { ContactColumns } from '../engine/contactColumns.js';
import { companyShown, contactRecordOf, rightsOf, type Flavour } from '../engine/contactRecords.js';
import type { Viewer } from '../engine/query.js';
import { Doorkeeper } from './admission.js';
import { AnswerWriter } from './answerWriter.js';
import { renderContact } from './contact.js';
import { WrittenContacts } from './writtenContacts.js';

export type Format = 'json' | 'xml';

const KINDS = 4; // {filter, byContactInfo} × {json, xml}
const VARIANTS = 32; // canEdit, canDelete, company shown, its canEdit, its canDelete

export interface ContactAnswers {
  /**
   * A whole list answer: the envelope (its `response` left out) around the contacts at these indexes,
   * written for the viewer; with `fields`, each contact and its nested company keep only those members.
   */
  list(envelope: Record<string, unknown>, indexes: number[], viewer: Viewer, flavour: Flavour, format: Format, fields?: readonly string[]): Buffer;
  /** Bytes the written contacts hold now (within the cache size given: what they really cost). */
  cachedBytes(): number;
}

/**
 * A `fields` list: the members kept (names in any case), its number in the cache's keys (0: whole
 * contacts), whether it keeps the nested company, and whether an earlier request asked for it (only then
 * are its contacts kept).
 */
interface Trim { keep: ((key: string) => boolean) | null; id: number; keepsCompany: boolean; askedBefore: boolean }
const WHOLE: Trim = { keep: null, id: 0, keepsCompany: true, askedBefore: true };
const MAX_FIELD_SETS = 1024;

function trimmed(value: Record<string, unknown>, trim: Trim): Record<string, unknown> {
  if (!trim.keep) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) if (trim.keep(key)) out[key] = value[key];
  return out;
}

// stands in for the envelope's list while the envelope is written: a string either writer passes through
const LIST_MARK = '\uFDD0response\uFDD0';

/**
 * The envelope around its list, as text: what precedes the list and what follows it. JSON cuts at the
 * list's value (`"response":` stays before), XML at the whole `<response>` element (the contacts are
 * those elements).
 */
function envelopeAround(format: Format, envelope: Record<string, unknown>): [string, string] {
  const marked = { ...envelope, response: LIST_MARK };
  if (format === 'json') {
    const text = JSON.stringify(marked);
    const at = text.indexOf(`"${LIST_MARK}"`);
    return [`${text.slice(0, at)}[`, `]${text.slice(at + LIST_MARK.length + 2)}`];
  }
  const text = XML_DECLARATION + writeXmlElement('result', marked);
  const element = `<response>${LIST_MARK}</response>`;
  const at = text.indexOf(element);
  return [text.slice(0, at), text.slice(at + element.length)];
}

/** The most the written contacts hold by default: about 100,000 of them (the oldest are written again past it). */
export const DEFAULT_FRAGMENT_CACHE_MB = 256;
/** What the written contacts hold by default from 800,000 contacts on. */
const LEAST_FRAGMENT_CACHE_MB = 32;

/**
 * The default bound, sized to the data: 256 MB up to 100,000 contacts (every contact kept at 10,000, one
 * written form of each at 100,000), then shrinking as the data grows, to 32 MB from 800,000: at 1,000,000 the
 * indexes already hold about 1.3 GB, and a cache of a tenth of the contacts or less answers few of a
 * stream of distinct pages anyway.
 */
export function defaultFragmentCacheBytes(contacts: number): number {
  const mb = Math.min(DEFAULT_FRAGMENT_CACHE_MB, Math.max(LEAST_FRAGMENT_CACHE_MB, (DEFAULT_FRAGMENT_CACHE_MB * 100_000) / Math.max(contacts, 1)));
  return Math.round(mb * 1024 * 1024);
}

// what one written contact takes before any is written, to size an answer's buffer
const BYTES_PER_CONTACT_HINT = 1536;

export function createContactAnswers(columns: ContactColumns, timeZone: string, cacheBytes = defaultFragmentCacheBytes(columns.size)): ContactAnswers {
  const written = new WrittenContacts(cacheBytes);
  // once the cache is full, a contact is kept only when written a second time (see admission.ts)
  const doorkeeper = new Doorkeeper();
  // Contacts trimmed by `fields` are cached like whole ones, under a number per distinct `fields` set (its
  // members lower-cased and sorted), so that a trimmed answer costs no more than a whole one once written.
  const trims = new LRUCache<string, Trim>({ max: MAX_FIELD_SETS });
  let lastTrimId = 0;
  function trimOf(fields: readonly string[] | undefined): Trim {
    if (!fields) return WHOLE;
    const names = [...new Set(fields.map((f) => f.toLowerCase()))].sort();
    const setKey = names.join(',');
    let trim = trims.get(setKey);
    if (trim) trim.askedBefore = true;
    else {
      const kept = new Set(names);
      trims.set(setKey, (trim = { keep: (key) => kept.has(key.toLowerCase()), id: ++lastTrimId, keepsCompany: kept.has('company'), askedBefore: false }));
    }
    return trim;
  }

  /** The five bits that decide how contact `i` is written for this viewer. */
  function variantOf(i: number, viewer: Viewer, flavour: Flavour, trim: Trim): number {
    const rights = rightsOf(columns, i, viewer);
    let variant = (rights.canEdit ? 1 : 0) | (rights.canDelete ? 2 : 0);
    const company = trim.keepsCompany ? companyShown(columns, i, viewer, flavour) : -1;
    if (company >= 0) {
      const its = rightsOf(columns, company, viewer);
      variant |= 4 | (its.canEdit ? 8 : 0) | (its.canDelete ? 16 : 0);
    }
    return variant;
  }

  /**
   * Whether a contact just written is worth keeping: not for a `fields` list asked once (most lists a
   * stream sends are), nor, once the cache is full, for one written for the first time in a while.
   */
  function keeps(key: number, size: number, trim: Trim): boolean {
    return trim.askedBefore && (written.hasRoomFor(size) || doorkeeper.admit(key));
  }

  /** A contact written for this viewer, as the real server writes it (trimmed, its nested company too). */
  function contactText(i: number, viewer: Viewer, flavour: Flavour, format: Format, trim: Trim): string {
    const contact = trimmed(renderContact(contactRecordOf(columns, i, viewer, flavour), { flavour, timeZone }), trim);
    if (trim.keep && contact.company) contact.company = trimmed(contact.company as Record<string, unknown>, trim);
    return format === 'json' ? JSON.stringify(contact) : writeXmlElement('response', contact);
  }

  const bytesPerContact = new Array<number>(KINDS * 2).fill(BYTES_PER_CONTACT_HINT);

  return {
    cachedBytes: () => written.heldBytes(),
    list(envelope, indexes, viewer, flavour, format, fields) {
      const trim = trimOf(fields);
      const [before, after] = envelopeAround(format, envelope);
      const kind = (flavour === 'filter' ? 0 : 2) + (format === 'json' ? 0 : 1);
      // sized by the last answer of this kind (whole or trimmed), a little over, so that it seldom grows (a
      // copy) or holds much unused
      const sizing = kind * 2 + (trim.keep ? 1 : 0);
      const out = new AnswerWriter(before.length + after.length + Math.ceil(indexes.length * bytesPerContact[sizing] * 1.1));
      // JSON separates the contacts with commas; XML's <response> elements follow one another
      const separated = format === 'json';
      out.text(before);
      for (let k = 0; k < indexes.length; k++) {
        if (separated && k > 0) out.comma();
        const i = indexes[k];
        const key = ((trim.id * columns.size + i) * KINDS + kind) * VARIANTS + variantOf(i, viewer, flavour, trim);
        if (written.copyTo(key, out)) continue;
        const start = out.length;
        out.text(contactText(i, viewer, flavour, format, trim));
        if (keeps(key, out.length - start, trim)) written.keep(key, out.since(start));
      }
      out.text(after);
      if (indexes.length > 0) bytesPerContact[sizing] = (out.length - before.length - after.length) / indexes.length;
      return out.result();
    },
  };
}
