import { defineConfig } from 'vitest/config';
import { jsonResults } from '../../vitest.shared.js';

export default defineConfig({
  test: {
    ...jsonResults,
    include: ['test/**/*.test.ts'],
    // installs Debian's Chromium where /usr/bin/chromium is missing (a fresh CI machine)
    globalSetup: ['test/support/installChromium.ts'],
    // one browser at a time: the machine has two cores, shared with the other packages' suites
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 600_000,
  },
});
