import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// WxtVitest: the extension's code runs against WXT's fakeBrowser (an in-memory browser.* for
// storage, runtime messaging, tabs and alarms), so the background and site registration have unit tests.
export default defineConfig({
  plugins: [WxtVitest()],
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    include: ['{lib,page,extension,widget,cli,test}/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
