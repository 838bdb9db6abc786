import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { contentPlugin } from './src/build/content-plugin';

// Unit tests: *.test.ts run in Node, *.dom.test.tsx in happy-dom. Browser tests live in test/e2e.
export default defineConfig({
  plugins: [preact(), contentPlugin()],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    pool: 'threads',
    // One throwaway PostgreSQL cluster for the run: the stores' contract tests use it.
    globalSetup: ['test/support/postgres-global-setup.ts'],
    // Correctness, not speed, is tested here (speed lives in `npm run bench`): a loaded CI machine
    // must not fail a test that compiles all of content/ or sends thousands of requests.
    testTimeout: 30_000,
  },
});
