import { defineConfig } from 'vitest/config';
import { jsonResults } from '../../vitest.shared.js';

export default defineConfig({ test: { ...jsonResults, include: ['test/**/*.test.ts'], testTimeout: 180_000, hookTimeout: 120_000 } });
