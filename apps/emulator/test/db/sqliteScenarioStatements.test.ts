// The SQLite scenarios' table prepares each of its statements once. Prepared on every call, better-sqlite3
// statements kept about 5.7 KB of native memory each that no GC gave back (the soak's RSS creep on SQLite):
// counted here on a real in-memory database, over the soak's load-and-delete churn.
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import { sqliteScenarioTable } from '../../src/db/scenarioTable.js';

describe('the SQLite scenarios table', () => {
  it('prepares each statement once, however many scenarios are loaded, read and deleted', async () => {
    const native = new BetterSqlite3(':memory:');
    const prepare = vi.spyOn(native, 'prepare');
    const table = sqliteScenarioTable(native);
    for (let i = 0; i < 200; i++) {
      const name = `s${i % 3}`;
      await table.save(name, 'merge', JSON.stringify({ persons: [{ id: i }] }));
      expect((await table.read(name))?.document).toBe(JSON.stringify({ persons: [{ id: i }] }));
      await table.list();
      expect(await table.remove(name)).toBe(true);
    }
    expect(await table.removeAll()).toBe(0);
    // save, read, list, remove, removeAll: one statement each
    expect(prepare.mock.calls.length).toBeLessThanOrEqual(5);
    native.close();
  });
});
