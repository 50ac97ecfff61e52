// List answers assembled from per-contact fragments: each contact is written once per endpoint flavour
// and format (kept in a bounded cache), and only what depends on the viewer is filled in per request:
// canEdit, canDelete, and the nested company (its own rights, and on filter whether it is shown).
import { XML_DECLARATION } from '@crm-contacts/contract/xml/write';
import { LRUCache } from 'lru-cache';
import type { ContactColumns } from '../engine/contactColumns.js';
import { companyRecordOf, companyShown, contactRecordOf, rightsOf, type Flavour } from '../engine/contactRecords.js';
import type { Viewer } from '../store/types.js';
import { fill, memberText, templateOf, type AnswerTemplate, type Format } from './answerTemplate.js';
import { renderCompanyShort, renderContact } from './contact.js';
import { DEFAULT_FRAGMENT_CACHE_MB } from '../config.js';

const PER_VIEWER = ['company', 'canEdit', 'canDelete'];
// any viewer writes the same fragment: the members that differ are left open
const WRITER: Viewer = { id: '', isAdmin: true };
const KINDS = 6; // contact × {filter, byContactInfo} × {json, xml}, company × {json, xml}

export interface ContactAnswers {
  /** The contacts at these indexes, as the members of a list answer, written for the viewer. */
  items(indexes: number[], viewer: Viewer, flavour: Flavour, format: Format): string[];
  /** A whole list answer: the envelope (with `response` left out) around the items. */
  list(envelope: Record<string, unknown>, items: string[], format: Format): string;
}

export function createContactAnswers(columns: ContactColumns, timeZone: string, cacheBytes = DEFAULT_FRAGMENT_CACHE_MB * 1024 * 1024): ContactAnswers {
  const fragments = new LRUCache<number, AnswerTemplate>({
    maxSize: cacheBytes,
    sizeCalculation: (t) => t.segments.reduce((n, s) => n + s.length, 64),
  });
  const kindOf = (flavour: Flavour, format: Format) => (flavour === 'filter' ? 0 : 2) + (format === 'json' ? 0 : 1);

  function contactFragment(i: number, flavour: Flavour, format: Format): AnswerTemplate {
    const key = i * KINDS + kindOf(flavour, format);
    let t = fragments.get(key);
    if (!t) {
      const record = contactRecordOf(columns, i, WRITER, flavour);
      t = templateOf(format, 'response', renderContact(record, { flavour, timeZone }), PER_VIEWER);
      fragments.set(key, t);
    }
    return t;
  }

  function companyFragment(i: number, format: Format): AnswerTemplate {
    const key = i * KINDS + 4 + (format === 'json' ? 0 : 1);
    let t = fragments.get(key);
    if (!t) {
      t = templateOf(format, 'company', renderCompanyShort(companyRecordOf(columns, i, WRITER)), PER_VIEWER);
      fragments.set(key, t);
    }
    return t;
  }

  const rightsMembers = (i: number, viewer: Viewer, format: Format): Record<string, string> => {
    const { canEdit, canDelete } = rightsOf(columns, i, viewer);
    return { canEdit: memberText(format, 'canEdit', String(canEdit)), canDelete: memberText(format, 'canDelete', String(canDelete)) };
  };

  return {
    items(indexes, viewer, flavour, format) {
      return indexes.map((i) => {
        const members = rightsMembers(i, viewer, format);
        const company = companyShown(columns, i, viewer, flavour);
        if (company >= 0) members.company = memberText(format, 'company', fill(companyFragment(company, format), rightsMembers(company, viewer, format)));
        return fill(contactFragment(i, flavour, format), members);
      });
    },
    list(envelope, items, format) {
      const t = templateOf(format, 'result', envelope, ['response']);
      if (format === 'json') return fill(t, { response: `"response":[${items.join(',')}]` });
      return XML_DECLARATION + fill(t, { response: items.join('') });
    },
  };
}
