import { defineConfig } from 'vitest/config';
import { jsonResults } from '../../vitest.shared.js';

export default defineConfig({
  test: {
    ...jsonResults,
    include: ['test/**/*.test.ts'],
    benchmark: { include: ['bench/**/*.bench.ts'] },
    // starts (and at the end removes) a throwaway PostgreSQL cluster for the store suite
    globalSetup: ['test/support/postgres.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
