/**
 * The coordinator's "Expiring soon" list: credentials and privilege grants that are current
 * today and end within the next N days, soonest first, exportable as CSV.
 */
import { toCsv } from './csv';
import { addDays, dayNumber } from './dates';
import { ref } from './rules';
import { credentialLabel } from './rules';
import type { Practitioner, PrivilegeDef } from './roster/schema';
import type { PractitionerRef } from './verdict';

export interface ExpiringItem {
  practitioner: PractitionerRef;
  kind: 'credential' | 'privilege';
  /** "License CA-A12345 (CA)", or the privilege's name. */
  what: string;
  expires: string;
  daysLeft: number;
}

const ACTIVE_GRANTS = new Set(['granted', 'provisional', 'temporary']);

export function expiringSoon(
  practitioners: Iterable<Practitioner>, privileges: PrivilegeDef[], today: string, days: number,
): ExpiringItem[] {
  const horizon = addDays(today, days);
  const names = new Map(privileges.map((p) => [p.id, p.name]));
  const t0 = dayNumber(today);
  const out: ExpiringItem[] = [];
  for (const p of practitioners) {
    if (p.status !== 'active') continue;
    // Only the latest credential of a kind matters: a renewal on file supersedes the old one.
    const latest = new Map<string, string>();
    for (const c of p.credentials) {
      if (c.kind === 'exclusion-check' || !c.expires) continue;
      const prev = latest.get(c.kind);
      if (!prev || c.expires > prev) latest.set(c.kind, c.expires);
    }
    for (const c of p.credentials) {
      if (!c.expires || c.expires !== latest.get(c.kind)) continue;
      if (c.expires >= today && c.expires <= horizon) {
        out.push({ practitioner: ref(p), kind: 'credential', what: credentialLabel(c), expires: c.expires, daysLeft: dayNumber(c.expires) - t0 });
      }
    }
    for (const g of p.privileges) {
      if (!ACTIVE_GRANTS.has(g.status) || !g.expires || g.expires < today || g.expires > horizon) continue;
      const renewed = p.privileges.some((o) => o !== g && o.privilegeId === g.privilegeId && ACTIVE_GRANTS.has(o.status) && (!o.expires || o.expires > g.expires!));
      if (renewed) continue;
      out.push({ practitioner: ref(p), kind: 'privilege', what: names.get(g.privilegeId) ?? g.privilegeId, expires: g.expires, daysLeft: dayNumber(g.expires) - t0 });
    }
  }
  return out.sort((a, b) => a.expires.localeCompare(b.expires) || a.practitioner.name.localeCompare(b.practitioner.name));
}

export function expiringCsv(items: ExpiringItem[]): string {
  return toCsv([
    ['expires', 'days_left', 'practitioner', 'practitioner_id', 'npi', 'department', 'kind', 'what'],
    ...items.map((i) => [i.expires, i.daysLeft, i.practitioner.name, i.practitioner.id, i.practitioner.npi ?? '', i.practitioner.department ?? '', i.kind, i.what]),
  ]);
}
