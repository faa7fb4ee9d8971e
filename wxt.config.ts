import { defineConfig } from 'wxt';

// The extension: background owns the roster (IndexedDB through Dexie), the popup is the
// credentialing coordinator's window. The pure core lives in lib/ and is bundled in.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'InScope',
    description:
      'Shows clinical privilege and credential status on the scheduling pages you already use.',
    permissions: ['storage'],
  },
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
});
