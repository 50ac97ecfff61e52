import { defineConfig } from 'vitest/config';
import { jsonResults } from '../../vitest.shared.js';

export default defineConfig({
  test: {
    ...jsonResults,
    include: ['test/**/*.test.ts'],
    // installs podman, runc and debootstrap where they are missing (a fresh CI machine, as root)
    globalSetup: ['test/support/installPodman.ts'],
    testTimeout: 120_000,
    // a cold build: the base image (debootstrap) and the npm install inside the image
    hookTimeout: 900_000,
  },
});
