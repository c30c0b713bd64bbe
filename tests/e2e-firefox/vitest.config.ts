import { defineConfig } from 'vitest/config';

// The Firefox end-to-end suite (`npm run test:e2e`, after the build): the built bundles' checks and
// Firefox ESR driven over WebDriver BiDi. One browser for the whole suite, tests in file order.
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.spec.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e-firefox/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // expect.poll waits as long as Playwright's expect does in the Chromium specs (vitest's own default is 1 s).
    expect: { poll: { timeout: 5_000 } },
  },
});
