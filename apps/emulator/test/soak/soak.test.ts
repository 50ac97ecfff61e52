// The soak's short mode (bench/soak.ts runs the 10-minute one): the built emulator as a shared service,
// workers loading, querying and deleting their own replace and merge scenarios while a reader queries the
// start-up data, on SQLite and on PostgreSQL. No 5xx, no scenario's contacts in another's answers, and no
// memory that grows with the loads.
import { describe, expect, it } from 'vitest';
import { runSoak } from '../../bench/soak.js';
import { backends } from '../support/databases.js';

// Memory is judged by its growth per scenario load after a warm-up counted in loads, not by a percentage
// after a warm-up counted in seconds: V8's young generation grows (32 → 128 MB here) with what is allocated,
// so on a loaded machine 15 seconds did not cover it and its growth read as a leak (12-14 % in 2 of 4 runs).
// A leak grows with every load, noise does not: the least-squares slope of RSS against loads measured
// 5-7 KB a load with nothing leaking (up to 21 KB in a run forcing a GC every 2 s), and 290-300 KB with every
// deleted scenario kept (2026-12-05, apps/emulator/README.md "Soak"). The heap grows in steps of 10-16 MB;
// over 1,200 loads each step adds at most 13-20 KB to the slope, so the bound allows about three of them and
// stays a fifth of such a leak. The warm-up stays at 1,000 loads: after 600, PostgreSQL's RSS was still rising
// (61 KB a load, 2026-12-05). Smaller leaks have tests of their own (test/db/sqliteScenarioStatements.test.ts).
const WARM_UP_LOADS = 1000;
const MEASURED_LOADS = 1200;
const MAX_KB_PER_LOAD = 60;

describe.each(backends())('soak (short) on $name', (backend) => {
  it('answers every request without a 5xx or a leak, its memory not growing with the loads', async () => {
    // seconds: only a ceiling for a very slow machine; the run ends after the measured loads
    const result = await runSoak({
      seconds: 120, warmUpSeconds: 0, warmUpLoads: WARM_UP_LOADS, measuredLoads: MEASURED_LOADS,
      workers: 3, contacts: 2000, persons: 50, databaseUrl: await backend.databaseUrl(),
    });
    expect(result.failures).toEqual([]);
    expect(result.serverErrors).toBe(0);
    expect(result.crossScenario).toBe(0);
    expect(result.loadsAfterWarmUp).toBeGreaterThanOrEqual(MEASURED_LOADS / 3);
    expect(result.rssKbPerLoad).toBeLessThanOrEqual(MAX_KB_PER_LOAD);
  }, 180_000);
});
