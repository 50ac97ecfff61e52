// List answers assembled from per-contact fragments: each contact is written once per endpoint flavour
// and format (kept in a bounded cache, as UTF-8 bytes), and only what depends on the viewer is filled
// in per request: canEdit, canDelete, and the nested company (its own rights, and on filter whether it
// is shown). An answer is one Buffer: one copy of its parts, its length known without measuring.
import { XML_DECLARATION } from '@crm-contacts/contract/xml/write';
import { LRUCache } from 'lru-cache';
import type { ContactColumns } from '../engine/contactColumns.js';
import { companyRecordOf, companyShown, contactRecordOf, rightsOf, type Flavour } from '../engine/contactRecords.js';
import type { Viewer } from '../engine/query.js';
import { fillInto, memberBytes, memberOpen, templateOf, type AnswerTemplate, type Chunks, type Format } from './answerTemplate.js';
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

/** A `fields` list: the members kept (names in any case), and its number in the fragment cache's keys (0: whole contacts). */
interface Trim { keep: ((key: string) => boolean) | null; id: number }
const WHOLE: Trim = { keep: null, id: 0 };
const MAX_FIELD_SETS = 1024;

function trimmed(value: Record<string, unknown>, trim: Trim): Record<string, unknown> {
  if (!trim.keep) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) if (trim.keep(key)) out[key] = value[key];
  return out;
}

/**
 * What every answer of a format shares, written once: `canEdit`/`canDelete` true or false, the nested
 * company's opening, and the list's and the answer's own openings and closings.
 */
function formatBytes(format: Format) {
  const right = (key: string) => ({ true: [memberBytes(format, key, true)], false: [memberBytes(format, key, false)] });
  return {
    canEdit: right('canEdit'),
    canDelete: right('canDelete'),
    // XML: the company fragment is itself the <company> element; JSON: it needs its key
    companyOpen: format === 'json' ? [memberOpen(format, 'company')] : [],
    separator: Buffer.from(format === 'json' ? ',' : ''),
    // JSON: "response":[ … ]; XML: the contacts are the <response> elements themselves
    listOpen: format === 'json' ? [memberOpen(format, 'response'), Buffer.from('[')] : [],
    listClose: format === 'json' ? [Buffer.from(']')] : [],
    answerOpen: format === 'xml' ? [Buffer.from(XML_DECLARATION)] : [],
  };
}

/** Enough for every fragment of 100,000 contacts; beyond that the least recently used are written again. */
export const DEFAULT_FRAGMENT_CACHE_MB = 256;

export function createContactAnswers(columns: ContactColumns, timeZone: string, cacheBytes = DEFAULT_FRAGMENT_CACHE_MB * 1024 * 1024): ContactAnswers {
  const fragments = new LRUCache<number, AnswerTemplate>({ maxSize: cacheBytes, sizeCalculation: (t) => t.size });
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
    if (!trim) {
      const kept = new Set(names);
      trims.set(setKey, (trim = { keep: (key) => kept.has(key.toLowerCase()), id: ++lastTrimId }));
    }
    return trim;
  }

  function contactFragment(i: number, flavour: Flavour, format: Format, trim: Trim): AnswerTemplate {
    const key = trim.id * slots + i * KINDS + kindOf(flavour, format);
    let t = fragments.get(key);
    if (!t) {
      const record = contactRecordOf(columns, i, WRITER, flavour);
      t = templateOf(format, 'response', trimmed(renderContact(record, { flavour, timeZone }), trim), PER_VIEWER);
      fragments.set(key, t);
    }
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

  function rightsMembers(i: number, viewer: Viewer, format: Format): Record<string, Chunks | undefined> {
    const { canEdit, canDelete } = rightsOf(columns, i, viewer);
    const b = bytes[format];
    return { canEdit: b.canEdit[`${canEdit}`], canDelete: b.canDelete[`${canDelete}`] };
  }

  function itemInto(out: Chunks, i: number, viewer: Viewer, flavour: Flavour, format: Format, trim: Trim): void {
    const members = rightsMembers(i, viewer, format);
    const company = trim.keep && !trim.keep('company') ? -1 : companyShown(columns, i, viewer, flavour);
    if (company >= 0) members.company = fillInto([...bytes[format].companyOpen], companyFragment(company, format, trim), rightsMembers(company, viewer, format));
    fillInto(out, contactFragment(i, flavour, format, trim), members);
  }

  return {
    cachedBytes: () => fragments.calculatedSize,
    list(envelope, indexes, viewer, flavour, format, fields) {
      const b = bytes[format];
      const trim = trimOf(fields);
      const response: Chunks = [...b.listOpen];
      indexes.forEach((i, k) => {
        if (k > 0) response.push(b.separator);
        itemInto(response, i, viewer, flavour, format, trim);
      });
      response.push(...b.listClose);
      const out: Chunks = [...b.answerOpen];
      fillInto(out, templateOf(format, 'result', envelope, ['response']), { response });
      return Buffer.concat(out);
    },
  };
}
