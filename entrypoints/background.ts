import { defineBackground } from 'wxt/utils/define-background';
import browser from 'webextension-polyfill';

// Placeholder until the data plane lands: the background will own the roster in IndexedDB.
export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    // Nothing to migrate yet.
  });
});
