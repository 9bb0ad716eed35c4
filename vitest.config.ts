/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// One runner for everything: unit tests (schemas, src/lib, content rules, build errors) and
// browser tests that drive Debian's Chromium against the built site.
export default getViteConfig({
  test: {
    environment: 'node',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          globalSetup: ['tests/unit/global-setup.ts'],
          testTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 240_000,
          // Two cores: one browser file at a time keeps timings stable and memory low.
          fileParallelism: false,
        },
      },
    ],
  },
});
