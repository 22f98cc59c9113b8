import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          // Module tests beside their modules, and tests over the seeds and the real papers.
          name: 'unit',
          include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          testTimeout: 120_000,
          // A beforeAll that loads the Dutch speller and converts a folder took over vitest's 10 s default beside
          // a busy loop on each core: hooks get the tests' limit.
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          // Whole builds and whole-folder converts: site builds in parts, worker pool and cache, killed publishes.
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 300_000,
          hookTimeout: 300_000,
          // One Chromium at a time on a 2-core machine.
          fileParallelism: false,
          // A poll waits for a settled page; on a loaded machine that takes longer than vitest's 1 s default.
          expect: { poll: { timeout: 20_000 } },
        },
      },
    ],
  },
});
