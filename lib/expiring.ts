/**
 * The coordinator's "Expiring soon" list: credentials and privilege grants that are current
 * today and end within the next N days, soonest first, exportable as CSV.
 */
import { toCsv } from './csv';
import { addDays, dayNumber } from './dates';
import { ref } from './rules';
import { credentialLabel } from './rules';
import type { Credential, Grant, Practitioner, PrivilegeDef } from './roster/schema';
import type { PractitionerRef } from './verdict';

export interface ExpiringItem {
  practitioner: PractitionerRef;
  kind: 'credential' | 'privilege';
  /** "License CA-A12345 (CA)", or the privilege's name. */
  what: string;
  expires: string;
  daysLeft: number;
  /** With several facilities' rosters: whose roster this comes from (its name). */
  facility?: string;
}

const ACTIVE_GRANTS = new Set(['granted', 'provisional', 'temporary']);

/**
 * What of an active practitioner's ends between `from` and `to` (inclusive, ISO): the latest
 * credential of each kind (a renewal on file supersedes the old one; exclusion checks do not
 * expire) and each usable grant not renewed by a later one. The one selection both the popup's
 * list and the coordinator's deadlines board use.
 */
export function dueWithin(p: Practitioner, from: string, to: string): Array<{ credential: Credential; expires: string } | { grant: Grant; expires: string }> {
  const out: Array<{ credential: Credential; expires: string } | { grant: Grant; expires: string }> = [];
  if (p.status !== 'active') return out;
  const latest = new Map<string, string>();
  for (const c of p.credentials) {
    if (c.kind === 'exclusion-check' || !c.expires) continue;
    const prev = latest.get(c.kind);
    if (!prev || c.expires > prev) latest.set(c.kind, c.expires);
  }
  for (const c of p.credentials) {
    if (c.expires && c.expires === latest.get(c.kind) && c.expires >= from && c.expires <= to) out.push({ credential: c, expires: c.expires });
  }
  for (const g of p.privileges) {
    if (!ACTIVE_GRANTS.has(g.status) || !g.expires || g.expires < from || g.expires > to) continue;
    if (p.privileges.some((o) => o !== g && o.privilegeId === g.privilegeId && ACTIVE_GRANTS.has(o.status) && (!o.expires || o.expires > g.expires!))) continue;
    out.push({ grant: g, expires: g.expires });
  }
  return out;
}

export function expiringSoon(
  practitioners: Iterable<Practitioner>, privileges: PrivilegeDef[], today: string, days: number,
): ExpiringItem[] {
  const horizon = addDays(today, days);
  const names = new Map(privileges.map((p) => [p.id, p.name]));
  const t0 = dayNumber(today);
  const out: ExpiringItem[] = [];
  for (const p of practitioners) {
    for (const d of dueWithin(p, today, horizon)) {
      out.push('credential' in d
        ? { practitioner: ref(p), kind: 'credential', what: credentialLabel(d.credential), expires: d.expires, daysLeft: dayNumber(d.expires) - t0 }
        : { practitioner: ref(p), kind: 'privilege', what: names.get(d.grant.privilegeId) ?? d.grant.privilegeId, expires: d.expires, daysLeft: dayNumber(d.expires) - t0 });
    }
  }
  return out.sort((a, b) => a.expires.localeCompare(b.expires) || a.practitioner.name.localeCompare(b.practitioner.name));
}

export function expiringCsv(items: ExpiringItem[]): string {
  // A health system's list says whose roster each line is from.
  const facility = items.some((i) => i.facility);
  return toCsv([
    ['expires', 'days_left', 'practitioner', 'practitioner_id', 'npi', 'department', 'kind', 'what', ...(facility ? ['facility'] : [])],
    ...items.map((i) => [i.expires, i.daysLeft, i.practitioner.name, i.practitioner.id, i.practitioner.npi ?? '', i.practitioner.department ?? '', i.kind, i.what, ...(facility ? [i.facility ?? ''] : [])]),
  ]);
}
