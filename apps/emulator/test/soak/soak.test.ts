// The soak's short mode (bench/soak.ts runs the 10-minute one): the built emulator as a shared service,
// workers loading, querying and deleting their own replace and merge scenarios while a reader queries the
// start-up data, on SQLite and on PostgreSQL. No 5xx, no scenario's contacts in another's answers, and the
// resident memory after warm-up stays within 10 %.
import { describe, it } from 'vitest';
import { runSoak } from '../../bench/soak.js';
import { backends } from '../support/databases.js';

// Both backends at once (each soak is its own emulator process): the file takes one soak's time, not two.
describe('soak (short)', () => {
  it.concurrent.for(backends())('on $name: answers every request without a 5xx or a leak, in steady memory', { timeout: 120_000 }, async (backend, { expect }) => {
    const result = await runSoak({ seconds: 30, warmUpSeconds: 15, workers: 3, contacts: 2000, persons: 50, databaseUrl: await backend.databaseUrl() });
    expect(result.failures).toEqual([]);
    expect(result.serverErrors).toBe(0);
    expect(result.crossScenario).toBe(0);
    expect(result.scenarioLoads).toBeGreaterThan(10);
    expect(result.rssGrowthPercent).toBeLessThanOrEqual(10);
  });
});
