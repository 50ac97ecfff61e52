// `pnpm bench:quick`: the quick bench end to end (Prism, a static server, the emulator), outside `pnpm test`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['quick/**/*.test.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/bench-quick.json' },
    testTimeout: 300_000,
  },
});
