// A type's first search builds its indexes a step per turn of the event loop (prepare): other work runs
// in between, and the answers are those of a build run whole.
import { beforeAll, describe, expect, it } from 'vitest';
import { generateSource } from '../../src/data/generate.js';
import { ContactInfoType } from '../../src/data/model.js';
import { datasetTables } from '../../src/db/datasetTables.js';
import type { ContactColumns } from '../../src/engine/contactColumns.js';
import { readContactColumns } from '../../src/db/readContactColumns.js';
import { buildInfoSearch } from '../../src/engine/infoSearch.js';
import { TEXTS_PER_STEP as STEP } from '../../src/engine/slices.js';
import { eventLoopTurnsDuring } from '../support/eventLoopTurns.js';

describe('building a type\'s indexes in steps', () => {
  let columns: ContactColumns;
  beforeAll(async () => {
    // enough e-mail rows for several steps
    columns = await readContactColumns(datasetTables(generateSource({ seed: 7, contacts: Math.ceil((STEP * 3) / 0.5) })));
  });

  it('lets other callbacks run between steps, and answers as the whole build does', async () => {
    const emails = columns.info.infoType.filter((t) => t === ContactInfoType.Email).length;
    expect(emails).toBeGreaterThan(STEP * 2);
    const stepped = buildInfoSearch(columns);
    expect(await eventLoopTurnsDuring(() => stepped.prepare(ContactInfoType.Email))).toBeGreaterThan(2);
    expect(stepped.prepare(ContactInfoType.Email)).toBeUndefined(); // built: nothing left to wait for

    const whole = buildInfoSearch(columns);
    for (const data of ['a', 'ex', 'example', 'e_a', undefined]) {
      const criteria = { infoType: ContactInfoType.Email, data, category: data ? undefined : 1 };
      expect(stepped.matching(criteria).bits.array()).toEqual(whole.matching(criteria).bits.array());
    }
  });

  it('a search while the steps run finishes the build at once', async () => {
    const search = buildInfoSearch(columns);
    const ready = search.prepare(ContactInfoType.Email)!;
    const now = search.matching({ infoType: ContactInfoType.Email, data: 'a' });
    await ready;
    expect(search.matching({ infoType: ContactInfoType.Email, data: 'a' }).size).toBe(now.size);
  });
});
