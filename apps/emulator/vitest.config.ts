import { configDefaults, defineConfig } from 'vitest/config';
import { jsonResults } from '../../vitest.shared.js';

// files that check what the first import of a module compiles: they need a module graph of their own
const FRESH_MODULES = ['test/scenarios/firstLoad.test.ts'];

export default defineConfig({
  test: {
    ...jsonResults,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'emulator',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...FRESH_MODULES],
          benchmark: { include: ['bench/**/*.bench.ts'] },
          // each file starts its own emulator and data: the files of a worker share its modules, imported
          // once rather than once a file (the emulator's tests then cost about 40 % less CPU)
          isolate: false,
          // starts (and at the end removes) a throwaway PostgreSQL cluster for the store suite
          globalSetup: ['test/support/postgres.ts'],
        },
      },
      { extends: true, test: { name: 'fresh modules', include: FRESH_MODULES, benchmark: { include: [] } } },
    ],
  },
});
