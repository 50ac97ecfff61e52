// The first use of each sortBy order, of the name search and of the date ranges builds them a step per turn
// of the event loop (readyFor): other work runs in between, and the answers, during and after the build,
// are those of an engine that built them at once in the request.
import { ContactSortBy } from '@crm-contacts/types';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateSource } from '../../src/data/generate.js';
import { datasetTables } from '../../src/db/datasetTables.js';
import type { ContactColumns } from '../../src/engine/contactColumns.js';
import { readContactColumns } from '../../src/db/readContactColumns.js';
import { buildQueryEngine } from '../../src/engine/queryEngine.js';
import { TEXTS_PER_STEP as STEP } from '../../src/engine/slices.js';
import type { FilterQuery, Viewer } from '../../src/engine/query.js';
import { eventLoopTurnsDuring } from '../support/eventLoopTurns.js';

const admin: Viewer = { id: '', isAdmin: true };
const DAY_US = 86_400_000_000;

describe('building the orders, the name search and the date ranges in steps', () => {
  let columns: ContactColumns;
  let manager: Viewer;
  let midway: number;
  beforeAll(async () => {
    // enough contacts for several steps of each build
    columns = await readContactColumns(datasetTables(generateSource({ seed: 11, contacts: STEP * 3 })));
    manager = { id: columns.users.find((u) => !u.isAdmin)!.id, isAdmin: false };
    midway = [...columns.created].sort((a, b) => a - b)[Math.floor(columns.size / 3)];
  });

  const queries = (): [string, FilterQuery][] => [
    ...Object.values(ContactSortBy).flatMap((sortBy) => (['ascending', 'descending'] as const).map((sortOrder): [string, FilterQuery] =>
      [`sortBy ${sortBy} ${sortOrder}`, { startIndex: 2_000, count: 40, sortBy, sortOrder }])),
    ['no sortBy (newest first)', { startIndex: 100, count: 40 }],
    ['the name search', { startIndex: 0, count: 40, filterValue: 'a', sortBy: ContactSortBy.Id }],
    ['a date range', { startIndex: 10, count: 40, fromDate: midway, toDate: midway + 400 * DAY_US, sortBy: ContactSortBy.Id }],
  ];

  it.each(queries())('%s: lets other callbacks run between steps, and answers as a build at once does', async (_, q) => {
    const stepped = buildQueryEngine(columns);
    // the id order needs no sort: a few steps of filling its arrays
    expect(await eventLoopTurnsDuring(() => stepped.readyFor(q, manager))).toBeGreaterThan(q.sortBy === ContactSortBy.Id && !q.filterValue && !q.fromDate ? 0 : 2);
    expect(stepped.readyFor(q, manager)).toBeUndefined(); // built: nothing left to wait for
    const atOnce = buildQueryEngine(columns);
    expect(stepped.filter(manager, q)).toEqual(atOnce.filter(manager, q));
    expect(stepped.filter(admin, q)).toEqual(atOnce.filter(admin, q));
  });

  it.each(queries())('%s: a query while the steps run finishes the build at once, with the same answer', async (_, q) => {
    const engine = buildQueryEngine(columns);
    const ready = engine.readyFor(q, admin)!;
    expect(ready).toBeDefined();
    const now = engine.filter(admin, q);
    await ready;
    expect(engine.filter(admin, q)).toEqual(now);
    expect(now).toEqual(buildQueryEngine(columns).filter(admin, q));
  });

  it('bycontactinfo waits for the id order and its type\'s indexes, in steps', async () => {
    const engine = buildQueryEngine(columns);
    const q = { infoType: 1, data: 'ex', startIndex: 0, count: 30 };
    expect(await eventLoopTurnsDuring(() => engine.readyFor(q, admin))).toBeGreaterThan(2);
    expect(engine.readyFor(q, admin)).toBeUndefined();
    expect(engine.byContactInfo(admin, q)).toEqual(buildQueryEngine(columns).byContactInfo(admin, q));
  });
});
