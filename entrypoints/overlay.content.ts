/**
 * The page overlay's content script: runs in all frames of allowed sites. The default build
 * (the demo and the tests) runs on http://localhost and http://127.0.0.1; other sites are added
 * by policy or from the popup. The release build (INSCOPE_RELEASE=1) declares no site: it is
 * registered only for sites a policy allows or a user turns on (store/sites.ts).
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { Overlay } from '../page/overlay/overlay';
import { extensionSource } from '../extension/overlay-source';
import { AcknowledgeForm } from '../page/overlay/AcknowledgeForm';
import { WIDGET_ATTRIBUTE } from '../page/scan';
import { DEMO_HOSTS } from '../extension/demo-hosts';
import browser from 'webextension-polyfill';

export default defineContentScript({
  matches: DEMO_HOSTS,
  // Read when WXT builds the manifest (in Node); in the page there is no process and it does not matter.
  registration: typeof process !== 'undefined' && process.env.INSCOPE_RELEASE === '1' ? 'runtime' : 'manifest',
  allFrames: true,
  runAt: 'document_idle',
  async main(ctx) {
    // A page that embeds the InScope widget shows its badges already: one set, the host's.
    const html = document.documentElement;
    if (html.hasAttribute(WIDGET_ATTRIBUTE)) return;
    const source = extensionSource();
    // Closed shadow roots: the page's scripts see the badge's verdict word, not what is inside.
    const overlay = new Overlay(document, source, { adapters: await source.adapters(), acknowledgeForm: AcknowledgeForm, closed: true });
    const standDown = new MutationObserver(() => {
      if (!html.hasAttribute(WIDGET_ATTRIBUTE)) return;
      standDown.disconnect();
      overlay.stop();
    });
    standDown.observe(html, { attributes: true, attributeFilter: [WIDGET_ATTRIBUTE] });
    // The roster in force changed (a sync or an import): check everything again, now.
    const onMessage = (message: unknown) => {
      if ((message as { type?: unknown } | null)?.type === 'rosterChanged') void overlay.refresh();
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      standDown.disconnect();
    });
    if (html.hasAttribute(WIDGET_ATTRIBUTE)) return;
    // The extension updated or unloaded: WXT's context aborts, and every badge and listener goes.
    await overlay.start(ctx.signal);
  },
});
