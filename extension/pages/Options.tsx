/**
 * The options page: roster URL and token, sync timing, freshness and expiry windows, allowed
 * sites and site adapters. Settings an organization sets by policy show as locked.
 */
import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { settingFields, type EffectiveSettings, type SettingField, type SettingsProblem } from '../settings';
import { ask } from '../messaging';
import { sitePattern } from '../../lib/match-pattern';

const current = signal<EffectiveSettings | undefined>(undefined);
const draft = signal<Record<string, string>>({});
const problems = signal<SettingsProblem[]>([]);
const saved = signal(false);

type Field = SettingField;

const FIELDS: Field[] = settingFields();

function asText(f: Field, v: unknown): string {
  if (f.kind === 'lines') return (v as string[]).join('\n');
  if (f.kind === 'json') return JSON.stringify(v, null, 2);
  return String(v ?? '');
}

function fromText(f: Field, text: string): { value?: unknown; error?: string } {
  if (f.kind === 'number') return text.trim() === '' || Number.isNaN(Number(text)) ? { error: 'must be a number' } : { value: Number(text) };
  if (f.kind === 'lines') return { value: text.split('\n').map((s) => s.trim()).filter(Boolean) };
  if (f.kind === 'json') {
    try {
      return { value: JSON.parse(text || '[]') };
    } catch (e) {
      return { error: `is not valid JSON (${(e as Error).message})` };
    }
  }
  return { value: text.trim() };
}

async function load(): Promise<void> {
  const r = await ask({ type: 'settings' });
  current.value = r.settings;
  draft.value = Object.fromEntries(FIELDS.map((f) => [f.key, asText(f, r.settings.settings[f.key])]));
}

async function save(): Promise<void> {
  saved.value = false;
  const values: Record<string, unknown> = {};
  const local: SettingsProblem[] = [];
  for (const f of FIELDS) {
    if (current.value?.locked.includes(f.key)) continue;
    const { value, error } = fromText(f, draft.value[f.key] ?? '');
    if (error) local.push({ source: 'local', key: f.key, message: error });
    else values[f.key] = value;
  }
  if (local.length) {
    problems.value = local;
    return;
  }
  // Reaching the roster servers needs the browser's permission; ask now, while the click counts.
  const urls = [values.rosterUrl, ...(Array.isArray(values.moreRosterUrls) ? values.moreRosterUrls : [])]
    .filter((u): u is string => typeof u === 'string' && /^https?:\/\//.test(u));
  if (urls.length) {
    const origins = [...new Set(urls.map(sitePattern))];
    const granted = (await browser.permissions.contains({ origins })) || (await browser.permissions.request({ origins }).catch(() => false));
    if (!granted) {
      const hosts = [...new Set(urls.map((u) => new URL(u).origin))].join(', ');
      problems.value = [{ source: 'local', key: values.rosterUrl ? 'rosterUrl' : 'moreRosterUrls', message: `needs your permission for InScope to reach ${hosts}; save again and allow it` }];
      return;
    }
  }
  const r = await ask({ type: 'saveSettings', values });
  problems.value = r.problems ?? [];
  saved.value = r.saved;
  if (r.saved) current.value = r.settings;
}

export function Options() {
  useEffect(() => void load(), []);
  const c = current.value;
  if (!c) return <main class="options"><p>Loading…</p></main>;
  const policyProblems = c.problems.filter((p) => p.source === 'policy');
  return (
    <main class="options" style={{ maxWidth: '640px', padding: '16px' }}>
      <h1>InScope options</h1>
      {c.locked.length > 0 && <p class="banner">Some settings are managed by your organization and cannot be changed here.</p>}
      {policyProblems.length > 0 && (
        <div class="banner error" role="alert">
          Your organization's policy has settings InScope could not use:
          <ul>{policyProblems.map((p) => <li key={p.key}><code>{p.key}</code> {p.message}</li>)}</ul>
        </div>
      )}
      <form onSubmit={(e) => { e.preventDefault(); void save(); }}>
        {FIELDS.map((f) => {
          const locked = c.locked.includes(f.key);
          const id = `opt-${f.key}`;
          const err = problems.value.find((p) => p.key === f.key);
          const onInput = (e: Event) => { draft.value = { ...draft.value, [f.key]: (e.currentTarget as HTMLInputElement).value }; };
          return (
            <div class="field" key={f.key} style={{ margin: '10px 0' }}>
              <label for={id} style={{ display: 'block', fontWeight: 600 }}>
                {f.label} {locked && <span class="muted" data-testid={`locked-${f.key}`}>🔒 set by your organization</span>}
              </label>
              {f.kind === 'lines' || f.kind === 'json' ? (
                <textarea id={id} rows={f.kind === 'json' ? 8 : 3} style={{ width: '100%', fontFamily: f.kind === 'json' ? 'monospace' : undefined }}
                  disabled={locked} value={draft.value[f.key]} onInput={onInput} aria-invalid={!!err} />
              ) : (
                <input id={id} type={f.kind} style={{ width: '100%' }} disabled={locked} value={draft.value[f.key]} onInput={onInput} aria-invalid={!!err} />
              )}
              <div class="muted">{f.help}</div>
              {err && <div class="reason block" role="alert">{f.label} {err.message}</div>}
            </div>
          );
        })}
        <button type="submit">Save</button> {saved.value && <span role="status">Saved.</span>}
      </form>
    </main>
  );
}
