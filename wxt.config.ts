import { defineConfig } from 'wxt';
import { DEMO_HOSTS } from './extension/demo-hosts';

/**
 * `npm run build:release` (INSCOPE_RELEASE=1) is the build users install: no host is built in —
 * the overlay runs only on sites the organization's policy allows or a user turns on, and the
 * roster server is asked for when it is set. The default build (the demo, the tests) also runs on
 * http://localhost and http://127.0.0.1.
 */
const release = process.env.INSCOPE_RELEASE === '1';

// The extension: background owns the roster (IndexedDB through Dexie), the popup is the
// credentialing coordinator's window. The pure core lives in lib/ and is bundled in.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'InScope',
    description:
      'Shows clinical privilege and credential status on the scheduling pages you already use.',
    permissions: ['storage', 'alarms', 'unlimitedStorage', 'scripting', 'activeTab'],
    // The default build reaches local servers (the demo, tests); the release build none. Any other
    // roster server or site is asked for when the coordinator sets it.
    host_permissions: release ? [] : DEMO_HOSTS,
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // Hospitals deploy settings by policy (chrome.storage.managed); see extension/settings.ts.
    storage: { managed_schema: 'managed_schema.json' },
  },
  ...(release ? { outDir: '.output/release' } : {}),
  hooks: {
    // WXT grants a runtime-registered content script's matches as host permissions; the release
    // build grants none (sites are asked for when a user turns them on, or come with the policy).
    'build:manifestGenerated': (_wxt, manifest) => {
      if (release) manifest.host_permissions = [];
    },
  },
  vite: () => ({
    // INSCOPE_NO_MINIFY=1: readable function names in profiles (BENCH_PROFILE=1 npm run bench:overlay).
    ...(process.env.INSCOPE_NO_MINIFY === '1' ? { build: { minify: false } } : {}),
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    define: { __INSCOPE_RELEASE__: JSON.stringify(release) },
  }),
});
