/** The background service worker (WXT entry point): extension/background.ts does the work. */
import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../extension/background';

export default defineBackground(() => startBackground());
