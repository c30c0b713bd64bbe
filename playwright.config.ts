import { defineConfig } from '@playwright/test';

// Browser tests drive the system Chromium (Debian package `chromium`) with the production build
// in .output/chrome-mv3 loaded unpacked; `npm run test:e2e` builds it first.
export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  timeout: 60_000,
  workers: 1,
  reporter: process.env.CI ? 'list' : 'line',
});
