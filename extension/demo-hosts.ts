/**
 * The hosts the default build (the demo, the tests) runs on and may reach without asking; the
 * release build (INSCOPE_RELEASE=1) has none. One list for the manifest (wxt.config.ts), the
 * content script's declared matches and the site rules (store/sites.ts).
 */
export const DEMO_HOSTS: string[] = ['http://localhost/*', 'http://127.0.0.1/*'];
