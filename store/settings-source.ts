/**
 * Effective settings from the extension's storage: local settings (the options page) under
 * policy (chrome.storage.managed). Managed storage is read once and cached, and re-read only
 * when the browser says the policy changed.
 */
import browser from 'webextension-polyfill';
import { effectiveSettings, type EffectiveSettings } from '../lib/settings';

export const LOCAL_KEY = 'settings';

export class SettingsSource {
  private managed?: Promise<unknown>;
  private cached?: Promise<EffectiveSettings>;
  private readonly listeners = new Set<(s: EffectiveSettings) => void>();

  constructor() {
    browser.storage.onChanged.addListener((_changes, area) => {
      if (area === 'managed') this.managed = undefined;
      if (area === 'managed' || area === 'local') {
        this.cached = undefined;
        void this.get().then((s) => this.listeners.forEach((l) => l(s)));
      }
    });
  }

  onChange(listener: (s: EffectiveSettings) => void): void {
    this.listeners.add(listener);
  }

  get(): Promise<EffectiveSettings> {
    this.cached ??= (async () => {
      this.managed ??= browser.storage.managed.get().catch(() => ({}));
      const [managed, local] = await Promise.all([this.managed, browser.storage.local.get(LOCAL_KEY)]);
      return effectiveSettings(local[LOCAL_KEY], managed);
    })();
    return this.cached;
  }

  async save(values: Record<string, unknown>): Promise<void> {
    const current = (await browser.storage.local.get(LOCAL_KEY))[LOCAL_KEY] as Record<string, unknown> | undefined;
    await browser.storage.local.set({ [LOCAL_KEY]: { ...(current ?? {}), ...values } });
    this.cached = undefined;
  }
}
