/**
 * Effective settings from the extension's storage: local settings (the options page) under
 * policy (chrome.storage.managed). Managed storage is read once and cached, and re-read only
 * when the browser says the policy changed.
 *
 * The roster token is kept apart: not in `storage.local`, which content scripts — running inside
 * web pages — can read, but in the extension's own IndexedDB, which only extension pages and the
 * background reach. A token set by policy is read from managed storage and never copied.
 */
import { effectiveSettings, type EffectiveSettings } from '../settings';

export const LOCAL_KEY = 'settings';
export const SECRET_KEYS = ['rosterToken'] as const;

/** Where secrets live: the extension's IndexedDB (store/db.ts `meta`). */
export interface SecretStore {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
}

interface Area {
  get(key?: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export class SettingsSource {
  private managed?: Promise<unknown>;
  private cached?: Promise<EffectiveSettings>;
  private readonly listeners = new Set<(s: EffectiveSettings) => void>();
  private readonly local: Area;
  private readonly managedArea: Pick<Area, 'get'>;

  /** `areas`: the browser's storage.local and storage.managed (the background passes them; tests pass fakes). */
  constructor(private readonly secrets: SecretStore, areas: { local: Area; managed: Pick<Area, 'get'> }) {
    this.local = areas.local;
    this.managedArea = areas.managed;
  }

  /** The browser said a storage area changed. */
  storageChanged(area: string): void {
    if (area === 'managed') this.managed = undefined;
    if (area === 'managed' || area === 'local') this.changed();
  }

  private changed(): void {
    this.cached = undefined;
    void this.get().then((s) => this.listeners.forEach((l) => l(s)));
  }

  onChange(listener: (s: EffectiveSettings) => void): void {
    this.listeners.add(listener);
  }

  get(): Promise<EffectiveSettings> {
    this.cached ??= (async () => {
      this.managed ??= this.managedArea.get().catch(() => ({}));
      const [managed, stored] = await Promise.all([this.managed, this.local.get(LOCAL_KEY)]);
      let local = stored[LOCAL_KEY] as Record<string, unknown> | undefined;
      // A token an earlier version kept in storage.local moves out of the pages' reach.
      if (local && SECRET_KEYS.some((k) => typeof local![k] === 'string')) {
        for (const k of SECRET_KEYS) if (typeof local[k] === 'string') await this.secrets.set(k, local[k] as string);
        local = Object.fromEntries(Object.entries(local).filter(([k]) => !(SECRET_KEYS as readonly string[]).includes(k)));
        await this.local.set({ [LOCAL_KEY]: local });
      }
      const secrets: Record<string, string> = {};
      for (const k of SECRET_KEYS) {
        const v = await this.secrets.get(k);
        if (v !== undefined) secrets[k] = v;
      }
      return effectiveSettings({ ...(local ?? {}), ...secrets }, managed);
    })();
    return this.cached;
  }

  async save(values: Record<string, unknown>): Promise<void> {
    const current = ((await this.local.get(LOCAL_KEY))[LOCAL_KEY] as Record<string, unknown> | undefined) ?? {};
    const plain: Record<string, unknown> = { ...current };
    for (const [k, v] of Object.entries(values)) {
      if ((SECRET_KEYS as readonly string[]).includes(k)) await this.secrets.set(k, typeof v === 'string' ? v : '');
      else plain[k] = v;
    }
    await this.local.set({ [LOCAL_KEY]: plain });
    this.changed();
  }
}
