// The bench's workload: distinct requests that use every parameter of both list operations, both
// representations and every user it is given.
import { describe, expect, it } from 'vitest';
import { listOperations, queryStream } from '../src/queryStream.js';
import { shapeOf } from '../src/shapes.js';
import type { Vocabulary } from '../src/harvest.js';

const vocabulary: Vocabulary = {
  tags: ['VIP', 'Lead'], nameWords: ['john', 'acme'], managerIds: ['00000000-0000-0000-0000-000000000000'], stageIds: [0, 1],
  contactTypeIds: [0, 1], createdRange: [Date.UTC(2020, 0, 1), Date.UTC(2024, 0, 1)], infoFragments: ['acme', '555'],
  shortFragments: ['a', '5', 'ac'], denseFragments: ['.example'],
};

describe('queryStream', () => {
  const stream = queryStream(vocabulary, ['a', 'b', 'c'], 5000, 1);

  it('never repeats a request for the same user', () => {
    expect(new Set(stream.map((r) => `${r.token} ${r.path}`)).size).toBe(5000);
  });

  it('covers every path and every parameter the contract gives the list operations, and every user', () => {
    for (const operation of listOperations()) {
      for (const path of operation.paths) expect(stream.some((r) => r.path.startsWith(`${path}?`)), path).toBe(true);
      for (const { name } of operation.parameters) {
        expect(stream.some((r) => operation.paths.some((p) => r.path.startsWith(`${p}?`)) && new URLSearchParams(r.path.split('?')[1]).has(name)), name).toBe(true);
      }
    }
    expect(new Set(stream.map((r) => r.token))).toEqual(new Set(['a', 'b', 'c']));
  });

  it('is the same for the same seed', () => {
    expect(queryStream(vocabulary, ['a', 'b', 'c'], 50, 1)).toEqual(stream.slice(0, 50));
  });

  it('sends every shape the engine must keep fast: fragments of one and two characters, ones most rows match, wildcards, blank data, deep pages', () => {
    const shapes = new Set(stream.map((r) => shapeOf(r.path)));
    for (const shape of ['bycontactinfo, data of 1 character', 'bycontactinfo, data of 2 characters', 'bycontactinfo, data of 3+ characters', 'bycontactinfo, data with a wildcard', 'bycontactinfo, blank data', 'filter, name search, sorted, deep page', 'bycontactinfo, data of 1 character + category/isPrimary, deep page']) {
      expect(shapes, shape).toContain(shape);
    }
    expect(stream.some((r) => r.path.includes('data=.example'))).toBe(true);
  });
});

describe('shapeOf', () => {
  it('names the operation and what makes a request cost more', () => {
    expect(shapeOf('/api/2.0/crm/contact/bycontactinfo.json?infoType=Email&data=a&category=1&startIndex=10000&count=25')).toBe('bycontactinfo, data of 1 character + category/isPrimary, deep page');
    expect(shapeOf('/api/2.0/crm/contact/bycontactinfo?infoType=Email&data=a_c&count=10')).toBe('bycontactinfo, data with a wildcard');
    expect(shapeOf('/api/2.0/crm/contact/bycontactinfo?infoType=Email&data=+')).toBe('bycontactinfo, blank data, default page size');
    expect(shapeOf('/api/2.0/crm/contact/filter.xml?filterValue=jo&sortBy=LastName&startIndex=25&count=25')).toBe('filter, name search, sorted');
    expect(shapeOf('/api/2.0/crm/contact/filter.xml?sortBy=title&count=25')).toBe('filter, member sort');
  });
});
