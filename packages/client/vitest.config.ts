import { defineConfig } from 'vitest/config';
import { jsonResults } from '../../vitest.shared.js';

// test-d files hold the type-level tests: misuse that must not compile, checked by tsc.
export default defineConfig({
  test: {
    ...jsonResults,
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    benchmark: { include: ['bench/**/*.bench.ts'] },
  },
});
