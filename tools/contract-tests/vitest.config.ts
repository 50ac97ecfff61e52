import { defineConfig } from 'vitest/config';
import { jsonResults } from '../../vitest.shared.js';

// One emulator and one mock for every file (test/sharedTargets.ts); the files share their worker's
// modules too (Dredd, fast-check and the contract load once), as none changes a module's state.
export default defineConfig({
  test: {
    ...jsonResults,
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/sharedTargets.ts'],
    isolate: false,
    testTimeout: 180_000,
    hookTimeout: 120_000,
  },
});
