import { defineConfig } from 'wxt';

// The extension: background owns the roster (IndexedDB through Dexie), the popup is the
// credentialing coordinator's window. The pure core lives in lib/ and is bundled in.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'InScope',
    description:
      'Shows clinical privilege and credential status on the scheduling pages you already use.',
    permissions: ['storage', 'alarms', 'unlimitedStorage', 'scripting', 'activeTab'],
    // The default build reaches local servers (the demo, tests). Any other roster server or site
    // is asked for when the coordinator sets it.
    host_permissions: ['http://localhost/*', 'http://127.0.0.1/*'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // Hospitals deploy settings by policy (chrome.storage.managed); see lib/settings.ts.
    storage: { managed_schema: 'managed_schema.json' },
  },
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
});
