import { defineConfig } from '@playwright/test';

// End-to-end tests run the built extension (.output/chrome-mv3) in Debian's Chromium; see
// test/e2e/browser.ts for how the browser is found.
export default defineConfig({
  testDir: 'test/e2e',
  timeout: 60_000,
  workers: 1,
  retries: 0,
  reporter: 'list',
});
