// Answers assembled from written contacts are byte for byte what writing the whole envelope at once gives,
// for every kind of viewer, both flavours and both formats (each viewer given its own variant).
import { writeXml } from '@crm-contacts/contract/xml/write';
import { ContactMember } from '@crm-contacts/types';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contactRecordOf, type Flavour } from '../../src/engine/contactRecords.js';
import { createContactAnswers, defaultFragmentCacheBytes } from '../../src/render/contactAnswers.js';
import { WrittenContacts } from '../../src/render/writtenContacts.js';
import { renderContact } from '../../src/render/contact.js';
import { listEnvelope } from '../../src/http/envelope.js';
import { loadData, type LoadedData } from '../../src/load/loadData.js';

const CONTACTS = 300;

describe('contact answers from fragments', () => {
  let data: LoadedData;
  beforeAll(async () => { data = await loadData({ seed: 7, contacts: CONTACTS, snapshotDir: null }); });
  afterAll(async () => data?.close());

  const cases = (['filter', 'byContactInfo'] as Flavour[]).flatMap((flavour) => (['json', 'xml'] as const).map((format) => ({ flavour, format })));

  it.each(cases)('$flavour in $format, every viewer, pages of every size', ({ flavour, format }) => {
    const columns = data.engine.columns;
    // a tiny cache too, so that fragments are evicted and written again between pages, and next to none: once
    // the cache is full a contact is written straight into its answer until it is written a second time
    for (const cacheBytes of [256 * 1024 * 1024, 4096, 1]) {
      const answers = createContactAnswers(columns, '+03:00', cacheBytes);
      for (const user of columns.users) {
        const viewer = { id: user.id, isAdmin: user.isAdmin };
        for (const [start, count] of [[0, 0], [0, 1], [5, 25], [0, CONTACTS]]) {
          const indexes = Array.from({ length: count }, (_, k) => (start + k * 7) % CONTACTS);
          const envelope = listEnvelope({ items: indexes, startIndex: start, count: Math.max(count, 1), total: CONTACTS }, 'always');
          const whole = { ...envelope, response: indexes.map((i) => renderContact(contactRecordOf(columns, i, viewer, flavour), { flavour, timeZone: '+03:00' })) };
          const expected = format === 'json' ? JSON.stringify(whole) : writeXml(whole);
          expect(answers.list(envelope, indexes, viewer, flavour, format).toString('utf8')).toBe(expected);
        }
      }
    }
  });

  // fields: the whole contact written, then trimmed (its nested company too), is what the fragments give
  const trimmedWhole = (contact: Record<string, unknown>, keep: Set<string>) => {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(contact)) {
      if (!keep.has(key.toLowerCase())) continue;
      out[key] = key === 'company' ? trimmedWhole(value as Record<string, unknown>, keep) : value;
    }
    return out;
  };

  it.each(cases)('$flavour in $format with random `fields` lists (any case, unknown names, empty): the whole answer trimmed', ({ flavour, format }) => {
    const columns = data.engine.columns;
    const answers = createContactAnswers(columns, 'UTC', 64 * 1024);
    const name = fc.oneof(fc.constantFrom(...Object.values(ContactMember)), fc.constantFrom('ID', 'DisplayName', 'nope', ''));
    fc.assert(fc.property(fc.array(name, { maxLength: 8 }), fc.constantFrom(...columns.users), fc.integer({ min: 0, max: CONTACTS - 40 }), (fields, user, start) => {
      const viewer = { id: user.id, isAdmin: user.isAdmin };
      const indexes = Array.from({ length: 40 }, (_, k) => start + k);
      const envelope = listEnvelope({ items: indexes, startIndex: start, count: 40, total: CONTACTS }, 'always');
      const keep = new Set(fields.map((f) => f.toLowerCase()));
      const whole = { ...envelope, response: indexes.map((i) => trimmedWhole(renderContact(contactRecordOf(columns, i, viewer, flavour), { flavour, timeZone: 'UTC' }), keep)) };
      const expected = format === 'json' ? JSON.stringify(whole) : writeXml(whole);
      expect(answers.list(envelope, indexes, viewer, flavour, format, fields).toString('utf8')).toBe(expected);
    }), { numRuns: 150, seed: 23 });
  });

  it('by default holds every contact written twice at 10,000 contacts and once at 100,000, and 32 MB from 800,000', () => {
    const written = new WrittenContacts(defaultFragmentCacheBytes(10_000));
    const contact = Buffer.alloc(2048, 'x');
    for (let key = 0; key < 20_000; key++) written.keep(key, contact);
    expect(written.size).toBe(20_000);
    expect(defaultFragmentCacheBytes(100_000)).toBe(256 * 1024 * 1024);
    expect(defaultFragmentCacheBytes(1_000_000)).toBe(32 * 1024 * 1024);
    expect(defaultFragmentCacheBytes(5_000_000)).toBe(32 * 1024 * 1024);
  });
});
