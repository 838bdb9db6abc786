import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './test/e2e/support/browser';
import { serveArgs } from './test/e2e/support/serve-command';

const PORT = Number(process.env.E2E_PORT ?? 4173);

// End-to-end tests: real Chromium against the production build served by the real server.
// `npm test` builds first (the app and the compiled server, started as `npm run serve` does); tests that must stop or change the server start their own (support/server.ts).
export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: false,
  workers: 2,
  // One retry on CI, so a one-off timing hiccup on a loaded machine does not block a landing;
  // Playwright still reports such a test as "flaky".
  retries: process.env.CI ? 1 : 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    serviceWorkers: 'allow',
    launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
  },
  webServer: {
    command: ['node', ...serveArgs()].join(' '),
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
    env: { PORT: String(PORT), HOST: '127.0.0.1', DATA_DIR: `test-results/e2e-data-${PORT}` },
  },
});
