import { defineConfig } from 'vitest/config';
import { jsonResults } from '../../vitest.shared.js';

export default defineConfig({
  test: {
    ...jsonResults,
    include: ['test/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 120_000,
    // a file here mostly waits on the processes it starts (Dredd, Prism, schemathesis, the emulator): two files
    // at a time on every machine, where vitest's default (cores - 1) ran them one by one on two cores, at the
    // end of the whole suite's critical path
    maxWorkers: '100%',
  },
});
