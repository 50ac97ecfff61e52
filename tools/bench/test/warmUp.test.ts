// The warm-up pass that waits for the emulator's lazy builds: what it must send for none to be left.
import { loadContract } from '@crm-contacts/contract';
import { describe, expect, it } from 'vitest';
import { enumNames, listOperations, sortByNames } from '../src/queryStream.js';
import { warmUpRequests } from '../src/warmUp.js';
import type { Vocabulary } from '../src/harvest.js';

const vocabulary: Vocabulary = {
  tags: ['VIP'], nameWords: ['john'], managerIds: ['00000000-0000-0000-0000-000000000000'], stageIds: [1], contactTypeIds: [1],
  createdRange: [Date.UTC(2020, 0, 1), Date.UTC(2024, 0, 1)], infoFragments: ['acme'], shortFragments: ['a'], denseFragments: ['.example'],
};

describe('warmUpRequests', () => {
  const tokens = ['admin', 'manager', 'user'];
  const requests = warmUpRequests(vocabulary, tokens);
  const sent = (operationPath: string, token: string) => requests.filter((r) => r.token === token && r.path.startsWith(`${operationPath}?`))
    .map((r) => new URLSearchParams(r.path.split('?')[1]));

  it('sends, as each user, every parameter of each list operation, every enum value, and each sortBy value in both directions', () => {
    const document = loadContract();
    for (const operation of listOperations()) {
      for (const token of tokens) {
        const queries = sent(operation.paths[0], token);
        for (const { name, schema } of operation.parameters) {
          if (name === 'count' || name === 'startIndex') continue;
          expect(queries.some((q) => q.has(name)), `${token} ${name}`).toBe(true);
          if (name === 'sortBy') {
            for (const value of sortByNames(document, schema)) {
              for (const order of ['ascending', 'descending']) expect(queries.some((q) => q.get(name) === value && q.get('sortOrder') === order), `${value} ${order}`).toBe(true);
            }
          } else {
            for (const value of enumNames(document, schema) ?? []) expect(queries.some((q) => q.get(name) === value), `${name}=${value}`).toBe(true);
          }
        }
      }
    }
  });

  it('asks for one contact each, with the operation\'s required parameters', () => {
    for (const operation of listOperations()) {
      const required = operation.parameters.filter((p) => p.required).map((p) => p.name);
      for (const q of sent(operation.paths[0], 'admin')) {
        expect(q.get('count')).toBe('1');
        for (const name of required) expect(q.has(name), name).toBe(true);
      }
    }
  });
});
