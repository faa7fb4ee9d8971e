/**
 * The page overlay's content script: runs in all frames of allowed sites. The default build
 * (the demo and the tests) runs on http://localhost and http://127.0.0.1; other sites are added
 * by policy or from the popup.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { Overlay } from '../components/overlay/overlay';
import { extensionSource } from '../components/overlay/extension-source';

export default defineContentScript({
  matches: ['http://localhost/*', 'http://127.0.0.1/*'],
  allFrames: true,
  runAt: 'document_idle',
  async main(ctx) {
    const source = extensionSource();
    const overlay = new Overlay(document, source, { adapters: await source.adapters() });
    ctx.onInvalidated(() => overlay.stop());
    await overlay.start();
  },
});
