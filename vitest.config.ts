import { defineConfig } from 'vitest/config';

// Tests always run in UTC so that no test passes only because of the machine's zone;
// meeting times carry their own IANA zone and are converted explicitly in code.
process.env.TZ = 'UTC';

export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    env: { TZ: 'UTC' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // A few small tests read real files or a corpus (letters, notices, extraction): about a second alone,
          // several on a loaded 2-core machine. Speed targets live in `npm run bench`, not in timeouts.
          testTimeout: 20_000,
          include: ['packages/*/src/**/*.test.ts', 'packages/*/src/**/*.test.tsx'],
          exclude: ['**/*.medium.test.ts', '**/node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'medium',
          include: ['packages/*/src/**/*.medium.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
