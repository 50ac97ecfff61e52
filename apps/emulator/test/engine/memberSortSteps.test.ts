// A member sort's first use builds its order a step per turn of the event loop (readyFor): other work
// runs in between, also for the members read per viewer, and the pages are those of an engine that built
// the order at once in the request.
import { ContactProperty } from '@crm-contacts/types';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateSource } from '../../src/data/generate.js';
import { datasetTables } from '../../src/db/datasetTables.js';
import type { ContactColumns } from '../../src/engine/contactColumns.js';
import { readContactColumns } from '../../src/db/readContactColumns.js';
import { buildQueryEngine } from '../../src/engine/queryEngine.js';
import { TEXTS_PER_STEP as STEP } from '../../src/engine/slices.js';
import type { FilterQuery, Viewer } from '../../src/engine/query.js';
import { eventLoopTurnsDuring } from '../support/eventLoopTurns.js';

describe('building a member sort in steps', () => {
  let columns: ContactColumns;
  let manager: Viewer;
  beforeAll(async () => {
    // enough contacts for several steps of reading the keys
    columns = await readContactColumns(datasetTables(generateSource({ seed: 7, contacts: STEP * 3 })));
    manager = { id: columns.users.find((u) => !u.isAdmin)!.id, isAdmin: false };
  });

  it.each([ContactProperty.displayName, ContactProperty.created, ContactProperty.canEdit])('%s: lets other callbacks run between steps, and pages as a build at once does', async (member) => {
    const stepped = buildQueryEngine(columns);
    const q: FilterQuery = { startIndex: 1_000, count: 50, sortProperty: member, sortOrder: 'descending' };
    expect(await eventLoopTurnsDuring(() => stepped.readyFor(q, manager))).toBeGreaterThan(2);
    expect(stepped.readyFor(q, manager)).toBeUndefined(); // built: nothing left to wait for

    const atOnce = buildQueryEngine(columns);
    expect(stepped.filter(manager, q)).toEqual(atOnce.filter(manager, q));
    const byInfo = { infoType: 1, startIndex: 0, count: 30, sortProperty: member };
    await stepped.readyFor(byInfo, manager);
    expect(stepped.byContactInfo(manager, byInfo)).toEqual(atOnce.byContactInfo(manager, byInfo));
  });
});
