import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, effectiveSettings, managedStorageSchema, validateSettingsChange } from './settings';
import { LOCAL_KEY, SettingsSource } from './store/settings-source';

describe('settings and enterprise policy', () => {
  it('starts from defaults: hourly sync, a day before the roster is stale, 30-day expiry warnings', () => {
    expect(effectiveSettings(undefined, undefined)).toEqual({ settings: DEFAULT_SETTINGS, locked: [], problems: [] });
    expect(DEFAULT_SETTINGS).toMatchObject({ syncIntervalMinutes: 60, maxRosterAgeHours: 24, expiryWarningDays: 30 });
  });

  it('lets policy override local settings and locks what policy sets', () => {
    const e = effectiveSettings(
      { rosterUrl: 'https://local.example/roster.json', expiryWarningDays: 60 },
      { rosterUrl: 'https://cred.hospital.example/roster.json', allowedSites: ['https://or.hospital.example/*'] },
    );
    expect(e.settings.rosterUrl).toBe('https://cred.hospital.example/roster.json');
    expect(e.settings.expiryWarningDays).toBe(60);
    expect(e.locked).toEqual(['rosterUrl', 'allowedSites']);
  });

  it('reports and ignores an invalid policy value without dropping the valid ones', () => {
    const e = effectiveSettings({}, { syncIntervalMinutes: 1, rosterUrl: 'ftp://x', maxRosterAgeHours: 12, colour: 'blue' });
    expect(e.settings.syncIntervalMinutes).toBe(60);
    expect(e.settings.maxRosterAgeHours).toBe(12);
    expect(e.locked).toEqual(['maxRosterAgeHours']);
    expect(e.problems.map((p) => [p.source, p.key])).toEqual([['policy', 'syncIntervalMinutes'], ['policy', 'rosterUrl'], ['policy', 'colour']]);
    expect(e.problems[2].message).toBe('is not a setting InScope knows');
  });

  it('validates site adapters and says where an adapter is wrong', () => {
    const e = effectiveSettings({ siteAdapters: [{ id: 'epic-or', matches: [], case: { row: 'tr' } }] }, undefined);
    expect(e.settings.siteAdapters).toEqual([]);
    expect(e.problems[0].key).toBe('siteAdapters');
    expect(e.problems[0].message).toMatch(/at 0\.matches/);
  });

  it('refuses changes to settings the policy locks', () => {
    expect(validateSettingsChange({ rosterUrl: 'https://x.example/r.json' }, ['rosterUrl'])).toEqual({
      ok: false, problems: [{ source: 'local', key: 'rosterUrl', message: "is set by your organization's policy and cannot be changed here" }],
    });
    expect(validateSettingsChange({ expiryWarningDays: 90 }, ['rosterUrl'])).toEqual({ ok: true, values: { expiryWarningDays: 90 } });
  });

  it('ships a managed-storage schema that matches the settings the code reads (run "npm run schema" after changing them)', () => {
    const committed = JSON.parse(readFileSync(new URL('../public/managed_schema.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(managedStorageSchema());
    expect(Object.keys(committed.properties)).toEqual(Object.keys(DEFAULT_SETTINGS));
  });
});

describe('where the roster token is kept', () => {
  function areas(initial: Record<string, unknown> = {}) {
    const local: Record<string, unknown> = { ...initial };
    const secrets = new Map<string, string>();
    return {
      local, secrets,
      source: new SettingsSource(
        { get: async (k) => secrets.get(k), set: async (k, v) => { secrets.set(k, v); } },
        { local: { get: async (k) => (k ? { [k]: local[k] } : { ...local }), set: async (items) => { Object.assign(local, items); } }, managed: { get: async () => ({}) } },
      ),
    };
  }

  it('not in storage.local, which content scripts can read: saved apart and merged back for the background', async () => {
    const a = areas();
    await a.source.save({ rosterUrl: 'https://cred.example.org/roster.json', rosterToken: 's3cret' });
    expect(JSON.stringify(a.local)).not.toContain('s3cret');
    expect(a.secrets.get('rosterToken')).toBe('s3cret');
    expect((await a.source.get()).settings).toMatchObject({ rosterUrl: 'https://cred.example.org/roster.json', rosterToken: 's3cret' });
  });

  it('moves a token an earlier version left in storage.local out of it', async () => {
    const a = areas({ [LOCAL_KEY]: { rosterUrl: 'https://cred.example.org/r.json', rosterToken: 'old-token' } });
    expect((await a.source.get()).settings.rosterToken).toBe('old-token');
    expect(JSON.stringify(a.local)).not.toContain('old-token');
    expect(a.local[LOCAL_KEY]).toEqual({ rosterUrl: 'https://cred.example.org/r.json' });
  });
});
