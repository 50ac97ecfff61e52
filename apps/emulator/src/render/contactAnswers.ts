// List answers assembled from per-contact fragments: each contact is written once per endpoint flavour
// and format (kept in a bounded cache, as UTF-8 bytes), and only what depends on the viewer is filled
// in per request: canEdit, canDelete, and the nested company (its own rights, and on filter whether it
// is shown). An answer is written in place into one buffer: each part copied once, no list of parts.
import { XML_DECLARATION, writeXmlElement } from '@crm-contacts/contract/xml/write';
import { LRUCache } from 'lru-cache';
import type { ContactColumns } from '../engine/contactColumns.js';
import { companyRecordOf, companyShown, contactRecordOf, rightsOf, type Flavour } from '../engine/contactRecords.js';
import type { Viewer } from '../engine/query.js';
import { Doorkeeper } from './admission.js';
import { fillInto, memberBytes, memberOpen, templateOf, type AnswerTemplate, type Format, type HoleFiller } from './answerTemplate.js';
import { AnswerWriter } from './answerWriter.js';
import { renderCompanyShort, renderContact } from './contact.js';

const PER_VIEWER = ['company', 'canEdit', 'canDelete'];
// any viewer writes the same fragment: the members that differ are left open
const WRITER: Viewer = { id: '', isAdmin: true };
const KINDS = 6; // contact × {filter, byContactInfo} × {json, xml}, company × {json, xml}

export interface ContactAnswers {
  /**
   * A whole list answer: the envelope (its `response` left out) around the contacts at these indexes,
   * written for the viewer; with `fields`, each contact and its nested company keep only those members.
   */
  list(envelope: Record<string, unknown>, indexes: number[], viewer: Viewer, flavour: Flavour, format: Format, fields?: readonly string[]): Buffer;
  /** Bytes of written fragments held now (bounded by the cache size given). */
  cachedBytes(): number;
}

/**
 * A `fields` list: the members kept (names in any case), its number in the fragment cache's keys (0:
 * whole contacts), and whether an earlier request asked for it (only then are its fragments kept).
 */
interface Trim { keep: ((key: string) => boolean) | null; id: number; askedBefore: boolean }
const WHOLE: Trim = { keep: null, id: 0, askedBefore: true };
const MAX_FIELD_SETS = 1024;

function trimmed(value: Record<string, unknown>, trim: Trim): Record<string, unknown> {
  if (!trim.keep) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) if (trim.keep(key)) out[key] = value[key];
  return out;
}

/**
 * What every answer of a format shares, written once: `canEdit`/`canDelete` true or false, the nested
 * company's opening, and the list's separator, opening and closing.
 */
function formatBytes(format: Format) {
  return {
    canEdit: [memberBytes(format, 'canEdit', false), memberBytes(format, 'canEdit', true)],
    canDelete: [memberBytes(format, 'canDelete', false), memberBytes(format, 'canDelete', true)],
    // XML: the company fragment is itself the <company> element; JSON: it needs its key
    companyOpen: memberOpen(format, 'company'),
    // JSON: "response":[ … ]; XML: the contacts are the <response> elements themselves
    separator: Buffer.from(format === 'json' ? ',' : ''),
    listOpen: Buffer.from(format === 'json' ? '[' : ''),
    listClose: Buffer.from(format === 'json' ? ']' : ''),
  };
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
    return [text.slice(0, at), text.slice(at + LIST_MARK.length + 2)];
  }
  const text = XML_DECLARATION + writeXmlElement('result', marked);
  const element = `<response>${LIST_MARK}</response>`;
  const at = text.indexOf(element);
  return [text.slice(0, at), text.slice(at + element.length)];
}

/** Enough for every fragment of 100,000 contacts; beyond that the least recently used are written again. */
export const DEFAULT_FRAGMENT_CACHE_MB = 256;
// about what one written contact takes, to size an answer's buffer before writing it
const BYTES_PER_CONTACT_HINT = 1536;

export function createContactAnswers(columns: ContactColumns, timeZone: string, cacheBytes = DEFAULT_FRAGMENT_CACHE_MB * 1024 * 1024): ContactAnswers {
  const fragments = new LRUCache<number, AnswerTemplate>({ maxSize: cacheBytes, sizeCalculation: (t) => t.size });
  // once the cache is full, a fragment is kept only when written a second time (see admission.ts)
  const doorkeeper = new Doorkeeper();
  const kindOf = (flavour: Flavour, format: Format) => (flavour === 'filter' ? 0 : 2) + (format === 'json' ? 0 : 1);
  const bytes = { json: formatBytes('json'), xml: formatBytes('xml') };
  // Trimmed fragments are cached like whole ones, under a number per distinct `fields` set (its members
  // lower-cased and sorted), so that a trimmed answer costs no more than a whole one once written.
  const trims = new LRUCache<string, Trim>({ max: MAX_FIELD_SETS });
  let lastTrimId = 0;
  const slots = columns.size * KINDS;
  function trimOf(fields: readonly string[] | undefined): Trim {
    if (!fields) return WHOLE;
    const names = [...new Set(fields.map((f) => f.toLowerCase()))].sort();
    const setKey = names.join(',');
    let trim = trims.get(setKey);
    if (trim) trim.askedBefore = true;
    else {
      const kept = new Set(names);
      trims.set(setKey, (trim = { keep: (key) => kept.has(key.toLowerCase()), id: ++lastTrimId, askedBefore: false }));
    }
    return trim;
  }

  /**
   * Whether a fragment not in the cache is worth writing as a template and keeping: not for a `fields`
   * list asked once (most lists a stream sends are), nor once the cache is full for one written once.
   */
  function keeps(key: number, size: number, trim: Trim): boolean {
    return trim.askedBefore && (fragments.calculatedSize + size <= cacheBytes || doorkeeper.admit(key));
  }

  function contactFragment(key: number, i: number, flavour: Flavour, format: Format, trim: Trim): AnswerTemplate {
    const record = contactRecordOf(columns, i, WRITER, flavour);
    const t = templateOf(format, 'response', trimmed(renderContact(record, { flavour, timeZone }), trim), PER_VIEWER);
    fragments.set(key, t);
    return t;
  }

  function companyFragment(i: number, format: Format, trim: Trim): AnswerTemplate {
    const key = trim.id * slots + i * KINDS + 4 + (format === 'json' ? 0 : 1);
    let t = fragments.get(key);
    if (!t) {
      t = templateOf(format, 'company', trimmed(renderCompanyShort(companyRecordOf(columns, i, WRITER)), trim), PER_VIEWER);
      fragments.set(key, t);
    }
    return t;
  }

  /** A contact written for this viewer alone, not kept: what the cached fragments filled in give. */
  function contactText(i: number, viewer: Viewer, flavour: Flavour, format: Format, trim: Trim): string {
    const contact = trimmed(renderContact(contactRecordOf(columns, i, viewer, flavour), { flavour, timeZone }), trim);
    if (trim.keep && contact.company) contact.company = trimmed(contact.company as Record<string, unknown>, trim);
    return format === 'json' ? JSON.stringify(contact) : writeXmlElement('response', contact);
  }

  /** Fills a contact's or its company's holes for one request's viewer; `at` is the contact being written. */
  class Holes implements HoleFiller {
    at = 0;
    constructor(
      private readonly viewer: Viewer,
      private readonly flavour: Flavour,
      private readonly format: Format,
      private readonly trim: Trim,
      private readonly company: Holes | null,
    ) {}

    fill(out: AnswerWriter, hole: string): void {
      const b = bytes[this.format];
      if (hole === 'company') {
        const company = this.company;
        if (!company || (this.trim.keep && !this.trim.keep('company'))) return;
        company.at = companyShown(columns, this.at, this.viewer, this.flavour);
        if (company.at < 0) return;
        const mark = out.length;
        if (this.format === 'json') out.bytes(b.companyOpen);
        const before = out.length;
        fillInto(out, companyFragment(company.at, this.format, this.trim), company);
        if (out.length === before) out.length = mark;
        return;
      }
      const { canEdit, canDelete } = rightsOf(columns, this.at, this.viewer);
      out.bytes(hole === 'canEdit' ? b.canEdit[+canEdit] : b.canDelete[+canDelete]);
    }
  }

  return {
    cachedBytes: () => fragments.calculatedSize,
    list(envelope, indexes, viewer, flavour, format, fields) {
      const b = bytes[format];
      const trim = trimOf(fields);
      const [before, after] = envelopeAround(format, envelope);
      const out = new AnswerWriter(before.length + after.length + indexes.length * BYTES_PER_CONTACT_HINT);
      const holes = new Holes(viewer, flavour, format, trim, new Holes(viewer, flavour, format, trim, null));
      const kind = kindOf(flavour, format);
      out.text(before);
      out.bytes(b.listOpen);
      for (let k = 0; k < indexes.length; k++) {
        if (k > 0) out.bytes(b.separator);
        const i = indexes[k];
        const key = trim.id * slots + i * KINDS + kind;
        let t = fragments.get(key);
        if (!t && keeps(key, BYTES_PER_CONTACT_HINT, trim)) t = contactFragment(key, i, flavour, format, trim);
        if (t) {
          holes.at = i;
          fillInto(out, t, holes);
        } else out.text(contactText(i, viewer, flavour, format, trim));
      }
      out.bytes(b.listClose);
      out.text(after);
      return out.result();
    },
  };
}
