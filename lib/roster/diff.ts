/**
 * What changed between two roster generations: practitioners added, removed and changed, and
 * privileges newly blocked (allowed at `date` under the old roster, blocked under the new).
 */
import { CREDENTIAL_LABELS, credentialReasons, ref, requirementOutcome } from '../rules';
import type { Credential, Grant, Practitioner, PrivilegeDef, Roster } from './schema';
import type { PractitionerRef } from '../verdict';

export interface NewlyBlocked {
  practitioner: PractitionerRef;
  /** The privilege, or "all privileges" when the practitioner as a whole is now blocked. */
  privilege: string;
  privilegeId?: string;
  /** Why it is blocked now: the reason's sentence. */
  reason: string;
}

export interface RosterDiff {
  added: PractitionerRef[];
  removed: PractitionerRef[];
  /**
   * `fields`: which of the practitioner's fields changed; `details`: each change in words — which
   * credential or privilege, from what to what ("General Surgery Core: granted → suspended").
   * Credential numbers are not repeated there.
   */
  changed: Array<{ practitioner: PractitionerRef; fields: string[]; details: string[] }>;
  newlyBlocked: NewlyBlocked[];
}

export function emptyDiff(): RosterDiff {
  return { added: [], removed: [], changed: [], newlyBlocked: [] };
}

/**
 * Compares the previous practitioners (any iterable, so a store can stream them) with a new
 * roster, at `date` (today, for imports).
 */
export function diffRosters(previous: Iterable<Practitioner>, next: Pick<Roster, 'practitioners' | 'privileges'>, date: string): RosterDiff {
  const diff = emptyDiff();
  const before = new Map<string, Practitioner>();
  for (const p of previous) before.set(p.id, p);
  const defs = new Map(next.privileges.map((d) => [d.id, d]));
  for (const p of next.practitioners) {
    const old = before.get(p.id);
    if (!old) {
      diff.added.push(ref(p));
      continue;
    }
    before.delete(p.id);
    const fields = changedFields(old, p);
    if (!fields.length) continue;
    diff.changed.push({ practitioner: ref(p), fields, details: describeChanges(old, p, defs) });
    diff.newlyBlocked.push(...newlyBlocked(old, p, defs, date));
  }
  for (const p of before.values()) diff.removed.push(ref(p));
  return diff;
}

function changedFields(a: Practitioner, b: Practitioner): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  const out: string[] = [];
  for (const k of keys) {
    const x = (a as Record<string, unknown>)[k];
    const y = (b as Record<string, unknown>)[k];
    if (!(UNORDERED.has(k) ? sameSet(x, y) : sameValue(x, y))) out.push(k);
  }
  return out;
}

/** Lists whose order means nothing: formats list credentials and grants in their own order. */
const UNORDERED = new Set(['credentials', 'privileges', 'aliases']);

function sameSet(a: unknown, b: unknown): boolean {
  if (!Array.isArray(a) || !Array.isArray(b)) return sameValue(a, b);
  if (a.length !== b.length) return false;
  const rest = [...b];
  for (const x of a) {
    const i = rest.findIndex((y) => sameValue(x, y));
    if (i < 0) return false;
    rest.splice(i, 1);
  }
  return true;
}

/** Deep equality that ignores key order (formats build objects in different orders). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((x, i) => sameValue(x, (b as unknown[])[i]));
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

function newlyBlocked(old: Practitioner, now: Practitioner, defs: Map<string, PrivilegeDef>, date: string): NewlyBlocked[] {
  const blockedNow = credentialReasons(now, date).filter((r) => r.severity === 'block');
  const blockedBefore = credentialReasons(old, date).some((r) => r.severity === 'block');
  if (blockedNow.length && !blockedBefore) {
    return [{ practitioner: ref(now), privilege: 'all privileges', reason: blockedNow[0].message }];
  }
  const out: NewlyBlocked[] = [];
  const ids = new Set(old.privileges.map((g) => g.privilegeId));
  for (const id of ids) {
    const def = defs.get(id);
    if (!def) continue;
    const was = requirementOutcome(old, [def], def.name, date);
    const is = requirementOutcome(now, [def], def.name, date);
    if (was.level !== 'block' && is.level === 'block') {
      out.push({ practitioner: ref(now), privilege: def.name, privilegeId: id, reason: is.reasons[0].message });
    }
  }
  return out;
}

const show = (v: unknown) => (v === undefined || v === '' ? '—' : Array.isArray(v) ? (v.length ? v.join(', ') : '—') : String(v));

/** Each change from `a` to `b` in words: status, department, type, name, each credential and each grant. */
export function describeChanges(a: Practitioner, b: Practitioner, defs: Map<string, PrivilegeDef>): string[] {
  const out: string[] = [];
  for (const k of ['status', 'type', 'department', 'npi'] as const) {
    if (!sameValue(a[k], b[k])) out.push(`${k === 'npi' ? 'NPI' : k}: ${show(a[k])} → ${show(b[k])}`);
  }
  if (!sameValue(a.name, b.name)) out.push('name changed');
  // Credentials by kind and issuer, grants by privilege: what was added, removed, or changed in which field.
  const credKey = (c: Credential) => `${c.kind}|${c.issuer ?? ''}|${c.identifier ?? ''}`;
  const credLabel = (c: Credential) => `${CREDENTIAL_LABELS[c.kind]}${c.issuer ? ` (${c.issuer})` : ''}`;
  pairUp(a.credentials, b.credentials, credKey, (x, y) => {
    if (!x) out.push(`${credLabel(y!)} added${y!.expires ? `, expires ${y!.expires}` : ''}`);
    else if (!y) out.push(`${credLabel(x)} removed`);
    else {
      const f = (['status', 'issued', 'expires', 'verifiedAt'] as const).filter((k) => !sameValue(x[k], y[k]));
      if (f.length) out.push(`${credLabel(y)}: ${f.map((k) => `${k === 'verifiedAt' ? 'verified' : k} ${show(x[k])} → ${show(y[k])}`).join('; ')}`);
    }
  });
  const grantLabel = (g: Grant) => defs.get(g.privilegeId)?.name ?? g.privilegeId;
  pairUp(a.privileges, b.privileges, (g) => g.privilegeId, (x, y) => {
    if (!x) out.push(`${grantLabel(y!)} granted (${y!.status})`);
    else if (!y) out.push(`${grantLabel(x)} removed`);
    else {
      const f = (['status', 'effective', 'expires', 'conditions'] as const).filter((k) => !sameValue(x[k] ?? (k === 'conditions' ? [] : undefined), y[k] ?? (k === 'conditions' ? [] : undefined)));
      if (f.length) out.push(`${grantLabel(y)}: ${f.map((k) => (k === 'status' ? `${show(x[k])} → ${show(y[k])}` : `${k} ${show(x[k])} → ${show(y[k])}`)).join('; ')}`);
    }
  });
  return out;
}

/** Matches items of two lists by key (the first of each key), calling `each` for every pair, or one side alone. */
function pairUp<T>(a: readonly T[], b: readonly T[], key: (t: T) => string, each: (x: T | undefined, y: T | undefined) => void): void {
  const left = new Map<string, T>();
  for (const x of a) if (!left.has(key(x))) left.set(key(x), x);
  const seen = new Set<string>();
  for (const y of b) {
    const k = key(y);
    if (seen.has(k)) continue;
    seen.add(k);
    each(left.get(k), y);
    left.delete(k);
  }
  for (const x of left.values()) each(x, undefined);
}
