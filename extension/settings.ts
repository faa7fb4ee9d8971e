/**
 * Settings: what the options page edits (chrome.storage.local) and what a hospital's IT can set
 * by enterprise policy (chrome.storage.managed, schema in public/managed_schema.json). Policy
 * values override local ones and show as locked. Everything is validated with zod; an invalid
 * policy value is reported and ignored, never half-applied.
 */
import { z } from 'zod';

import { AdapterSchema } from '../page/adapter';

export { AdapterSchema, type Adapter } from '../page/adapter';

/** Each setting's label (`title`), help (`description`) and, for a secret, `secret`: the options page, the policy schema and the docs read them here. */
const about = (title: string, description: string, more: { secret?: boolean } = {}) => ({ title, description, ...more });

export const SettingsSchema = z.object({
  rosterUrl: z.union([z.url({ protocol: /^https?$/, error: 'must be an http or https URL' }), z.literal('')])
    .meta(about('Roster URL', 'Where to sync the roster from (canonical JSON, CSV, or a FHIR search). Empty: import files only.')),
  rosterToken: z.string().meta(about('Roster token', 'Bearer token sent with roster requests, if the server needs one.', { secret: true })),
  syncIntervalMinutes: z.number().int().min(5).max(1440).meta(about('Sync every (minutes)', 'Minutes between automatic syncs (5 to 1440).')),
  syncTimeoutSeconds: z.number().int().min(1).max(600).meta(about('Wait for the server (seconds)', 'Seconds to wait for the roster server before retrying.')),
  syncAttempts: z.number().int().min(1).max(10).meta(about('Attempts per request', 'Attempts per sync request (retries back off exponentially: 1 s, 2 s, 4 s…).')),
  maxRosterAgeHours: z.number().int().min(1).max(720).meta(about('Roster is stale after (hours)', 'A roster older than this is stale: verdicts that would be ok become unknown.')),
  expiryWarningDays: z.number().int().min(1).max(365).meta(about('Warn about credentials expiring within (days)', 'Credentials expiring within this many days show as warnings on person cards.')),
  horizonDays: z.number().int().min(0).max(730).meta(about('Undated cases: look ahead (days)', 'A case whose row shows no date may be this many days ahead: it gets a verdict only if the verdict is the same on every day through then.')),
  keptGenerations: z.number().int().min(1).max(10).meta(about('Previous rosters kept', 'How many previous roster generations are kept, for the coordinator to compare and roll back to (1 to 10).')),
  maxRemovedPercent: z.number().int().min(0).max(100).meta(about('Hold an import that removes more than (%)', 'An import or sync that would remove more than this share of the practitioners (or leave none) is held: a file import asks to confirm, a sync is refused.')),
  allowedSites: z.array(z.string().min(1)).meta(about('Allowed sites', 'URL match patterns of sites where the overlay runs, one a line, e.g. https://or.hospital.example/*')),
  siteAdapters: z.array(AdapterSchema).meta(about('Site adapters (JSON)', 'Site adapters for pages that are not plain tables (docs/adapters.md).')),
  moreRosterUrls: z.array(z.url({ protocol: /^https?$/, error: 'must be an http or https URL' }))
    .meta(about('More roster URLs', "A health system's other facilities: one roster URL a line, each synced like the roster URL (each roster names its facility; the roster token goes with each).")),
  facilityAliases: z.array(z.object({ facility: z.string().min(1), aliases: z.array(z.string().min(1)) }))
    .meta(about('Facility aliases (JSON)', 'More names schedules print for a facility in a Location column or a room, beside those its roster gives, e.g. [{"facility": "riverside-asc-north", "aliases": ["ASC-N", "NORTH CAMPUS"]}].')),
});
export type Settings = z.infer<typeof SettingsSchema>;
export type SettingKey = keyof Settings;

export const DEFAULT_SETTINGS: Settings = {
  rosterUrl: '',
  rosterToken: '',
  syncIntervalMinutes: 60,
  syncTimeoutSeconds: 30,
  syncAttempts: 4,
  maxRosterAgeHours: 24,
  expiryWarningDays: 30,
  horizonDays: 90,
  keptGenerations: 3,
  maxRemovedPercent: 20,
  allowedSites: [],
  siteAdapters: [],
  moreRosterUrls: [],
  facilityAliases: [],
};

/** A setting as the options page shows it: from the schema, so the page says what the policy schema says. */
export interface SettingField {
  key: SettingKey;
  label: string;
  help: string;
  kind: 'text' | 'password' | 'number' | 'lines' | 'json';
}

export function settingFields(): SettingField[] {
  return (Object.keys(SettingsSchema.shape) as SettingKey[]).map((key) => {
    const schema = SettingsSchema.shape[key];
    const meta = (schema.meta() ?? {}) as { title?: string; description?: string; secret?: boolean };
    const value = DEFAULT_SETTINGS[key];
    const kind: SettingField['kind'] = meta.secret ? 'password'
      : typeof value === 'number' ? 'number'
      : schema instanceof z.ZodArray ? (schema.element instanceof z.ZodString ? 'lines' : 'json')
      : 'text';
    return { key, label: meta.title ?? key, help: meta.description ?? '', kind };
  });
}

export interface SettingsProblem {
  source: 'local' | 'policy';
  key: string;
  message: string;
}

export interface EffectiveSettings {
  settings: Settings;
  /** Keys set by policy: shown locked, not editable. */
  locked: SettingKey[];
  problems: SettingsProblem[];
}

/** Validates one source key by key: a bad value is dropped with a problem, the rest stand. */
function readSource(raw: unknown, source: SettingsProblem['source']): { values: Partial<Settings>; problems: SettingsProblem[] } {
  const values: Partial<Settings> = {};
  const problems: SettingsProblem[] = [];
  if (raw === undefined || raw === null) return { values, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { values, problems: [{ source, key: '(all)', message: 'is not an object of settings' }] };
  }
  const shape = SettingsSchema.shape;
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!(key in shape)) {
      problems.push({ source, key, message: 'is not a setting InScope knows' });
      continue;
    }
    const parsed = shape[key as SettingKey].safeParse(value);
    if (parsed.success) (values as Record<string, unknown>)[key] = parsed.data;
    else problems.push({ source, key, message: describeIssue(parsed.error.issues[0]) });
  }
  return { values, problems };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length ? ` (at ${issue.path.join('.')})` : '';
  return `${issue.message}${where}`;
}

/** Defaults, then local settings, then policy, which wins and locks. */
export function effectiveSettings(local: unknown, managed: unknown): EffectiveSettings {
  const l = readSource(local, 'local');
  const m = readSource(managed, 'policy');
  return {
    settings: { ...DEFAULT_SETTINGS, ...l.values, ...m.values },
    locked: Object.keys(m.values) as SettingKey[],
    problems: [...m.problems, ...l.problems],
  };
}

/** Validates a change from the options page; policy-locked keys cannot change. */
export function validateSettingsChange(change: unknown, locked: SettingKey[]): { ok: true; values: Partial<Settings> } | { ok: false; problems: SettingsProblem[] } {
  const { values, problems } = readSource(change, 'local');
  for (const key of Object.keys(values)) {
    if (locked.includes(key as SettingKey)) problems.push({ source: 'local', key, message: 'is set by your organization\'s policy and cannot be changed here' });
  }
  return problems.length ? { ok: false, problems } : { ok: true, values };
}

/**
 * Chrome's managed storage schema (a JSON Schema subset) for these settings, generated from the
 * zod schema. public/managed_schema.json is this, committed; a test keeps them equal.
 */
export function managedStorageSchema(): Record<string, unknown> {
  const json = z.toJSONSchema(SettingsSchema, { target: 'draft-7', unrepresentable: 'any' }) as { properties: Record<string, unknown> };
  const simplify = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(simplify);
    if (!node || typeof node !== 'object') return node;
    const n = node as Record<string, unknown>;
    if (n.anyOf) {
      // Chrome's schema has no anyOf: the URL-or-empty setting is a string.
      return { type: 'string', ...(n.title ? { title: n.title } : {}), ...(n.description ? { description: n.description } : {}) };
    }
    // The keywords Chrome's policy schema understands.
    const out: Record<string, unknown> = {};
    for (const k of ['type', 'title', 'description', 'enum', 'minimum', 'maximum']) if (n[k] !== undefined) out[k] = n[k];
    if (n.items) out.items = simplify(n.items);
    if (n.properties) {
      out.properties = Object.fromEntries(Object.entries(n.properties as Record<string, unknown>).map(([k, v]) => [k, simplify(v)]));
    }
    return out;
  };
  const properties = Object.fromEntries(Object.entries(json.properties).map(([k, v]) => [k, simplify(v)]));
  return { type: 'object', properties };
}
