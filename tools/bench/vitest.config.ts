import { defineConfig } from 'vitest/config';
import { jsonResults } from '../../vitest.shared.js';

export default defineConfig({
  test: {
    ...jsonResults, include: ['test/**/*.test.ts'], benchmark: { include: ['bench/**/*.bench.ts'] }, testTimeout: 300_000,
    // the workspace's packages loaded by Node itself, not through vitest's module runner, whose export getters a bench would measure
    server: { deps: { external: [/\/(packages|apps)\/[^/]+\/dist\//] } },
  },
});
