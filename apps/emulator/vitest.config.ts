import { configDefaults, defineConfig } from 'vitest/config';
import { jsonResults } from '../../vitest.shared.js';

// files that check what runs or compiles for the first time (the first import, the first load): they need a
// module graph of their own, or other files would have run that code already and the check could not fail
const FRESH_MODULES = ['test/scenarios/firstLoad.test.ts', 'test/scenarios/firstLoadCode.test.ts'];

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
