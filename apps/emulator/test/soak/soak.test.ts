// The soak's short mode (bench/soak.ts runs the 10-minute one): the built emulator as a shared service,
// workers loading, querying and deleting their own replace and merge scenarios while a reader queries the
// start-up data, on SQLite and on PostgreSQL. No 5xx, no scenario's contacts in another's answers, and the
// resident memory after warm-up stays within 10 %.
import { describe, expect, it } from 'vitest';
import { runSoak } from '../../bench/soak.js';
import { backends } from '../support/databases.js';

describe.each(backends())('soak (short) on $name', (backend) => {
  it('answers every request without a 5xx or a leak, in steady memory', async () => {
    const result = await runSoak({ seconds: 30, warmUpSeconds: 15, workers: 3, contacts: 2000, persons: 50, databaseUrl: await backend.databaseUrl() });
    expect(result.failures).toEqual([]);
    expect(result.serverErrors).toBe(0);
    expect(result.crossScenario).toBe(0);
    expect(result.scenarioLoads).toBeGreaterThan(10);
    expect(result.rssGrowthPercent).toBeLessThanOrEqual(10);
  }, 120_000);
});
