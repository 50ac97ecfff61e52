import { defineConfig } from 'vitest/config';
import { jsonResults } from '../../vitest.shared.js';

export default defineConfig({
  test: {
    ...jsonResults,
    include: ['test/**/*.test.ts'],
    // GitHub's parser imports its schema JSON without an import attribute: vite transforms it instead of Node.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
    testTimeout: 300_000,
    hookTimeout: 600_000,
  },
});
