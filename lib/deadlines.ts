/**
 * The coordinator's deadlines board: every credential and privilege grant of an active
 * practitioner that has expired (within `lookBackDays`) or expires within `days`, with days left,
 * kind, department and practitioner type; filters, counts per window, and the notices a
 * coordinator sends about a selection (CSV for mail merge, an iCalendar file of reminders, a
 * mailto: draft). InScope sends nothing itself. What counts is `dueWithin`'s (lib/expiring.ts):
 * the latest credential of a kind, the latest grant of a privilege.
 */
import { toCsv } from './csv';
import { addDays, dayNumber } from './dates';
import { CREDENTIAL_LABELS, ref } from './rules';
import { dueWithin } from './expiring';
import type { CredentialKind, Practitioner, PrivilegeDef } from './roster/schema';
import type { PractitionerRef } from './verdict';

export type DeadlineWindow = 'expired' | '0-30' | '31-60' | '61-90';
export const DEADLINE_WINDOWS: DeadlineWindow[] = ['expired', '0-30', '31-60', '61-90'];

export interface Deadline {
  practitioner: PractitionerRef;
  /** A credential's kind (license, dea, …) or "privilege". */
  kind: CredentialKind | 'privilege';
  /** "License (CA)", "DEA registration", or the privilege's name — never a credential's number. */
  what: string;
  /** The grant's or credential's status as the roster states it. */
  status: string;
  expires: string;
  daysLeft: number;
  window: DeadlineWindow;
  /** With several facilities' rosters: whose roster this comes from (its name). */
  facility?: string;
}

export function windowOf(daysLeft: number): DeadlineWindow {
  return daysLeft < 0 ? 'expired' : daysLeft <= 30 ? '0-30' : daysLeft <= 60 ? '31-60' : '61-90';
}

export function deadlines(
  practitioners: Iterable<Practitioner>, privileges: PrivilegeDef[], today: string, options: { days?: number; lookBackDays?: number } = {},
): Deadline[] {
  const horizon = addDays(today, options.days ?? 90);
  const from = addDays(today, -(options.lookBackDays ?? 365));
  const names = new Map(privileges.map((p) => [p.id, p.name]));
  const t0 = dayNumber(today);
  const out: Deadline[] = [];
  const add = (p: Practitioner, kind: Deadline['kind'], what: string, status: string, expires: string) => {
    const daysLeft = dayNumber(expires) - t0;
    out.push({ practitioner: ref(p), kind, what, status, expires, daysLeft, window: windowOf(daysLeft) });
  };
  for (const p of practitioners) {
    for (const d of dueWithin(p, from, horizon)) {
      if ('credential' in d) {
        const c = d.credential;
        add(p, c.kind, `${CREDENTIAL_LABELS[c.kind]}${c.issuer ? ` (${c.issuer})` : ''}`, c.status ?? (d.expires < today ? 'expired' : 'current'), d.expires);
      } else add(p, 'privilege', names.get(d.grant.privilegeId) ?? d.grant.privilegeId, d.grant.status, d.expires);
    }
  }
  return out.sort((a, b) => a.expires.localeCompare(b.expires) || a.practitioner.name.localeCompare(b.practitioner.name));
}

export interface DeadlineFilter {
  windows?: DeadlineWindow[];
  kind?: Deadline['kind'];
  department?: string;
  type?: string;
  facility?: string;
  /** Words of the practitioner's name or of what expires. */
  search?: string;
  sort?: 'soonest' | 'latest' | 'name';
}

export function filterDeadlines(items: readonly Deadline[], f: DeadlineFilter): Deadline[] {
  const words = (f.search ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const out = items.filter((i) => (!f.windows?.length || f.windows.includes(i.window))
    && (!f.kind || i.kind === f.kind)
    && (!f.department || i.practitioner.department === f.department)
    && (!f.type || i.practitioner.type === f.type)
    && (!f.facility || i.facility === f.facility)
    && words.every((w) => `${i.practitioner.name} ${i.what}`.toLowerCase().includes(w)));
  if (f.sort === 'latest') out.reverse();
  else if (f.sort === 'name') out.sort((a, b) => a.practitioner.name.localeCompare(b.practitioner.name) || a.expires.localeCompare(b.expires));
  return out;
}

/** How many items fall in each window (after the other filters). */
export function countByWindow(items: readonly Deadline[]): Record<DeadlineWindow, number> {
  const out: Record<DeadlineWindow, number> = { expired: 0, '0-30': 0, '31-60': 0, '61-90': 0 };
  for (const i of items) out[i.window]++;
  return out;
}

/** One row per deadline, for a mail merge. No credential numbers, no NPI. */
export function noticesCsv(items: readonly Deadline[]): string {
  return toCsv([
    ['practitioner', 'practitioner_id', 'type', 'department', 'what', 'kind', 'status', 'expires', 'days_left'],
    ...items.map((i) => [i.practitioner.name, i.practitioner.id, i.practitioner.type, i.practitioner.department ?? '', i.what, i.kind, i.status, i.expires, i.daysLeft]),
  ]);
}

const icsText = (s: string) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** Lines longer than 75 octets folded as RFC 5545 says (continuation lines start with a space). */
function fold(line: string): string {
  const bytes = new TextEncoder().encode(line);
  if (bytes.length <= 75) return line;
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = new TextEncoder().encode(ch).length;
    if (size + n > (out.length ? 74 : 75)) {
      out.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  out.push(current);
  return out.join('\r\n ');
}

/**
 * An iCalendar file: one all-day event on each deadline, with a reminder `remindDaysBefore` days
 * ahead. `stamp` is the file's creation time (the caller's clock).
 */
export function noticesIcs(items: readonly Deadline[], stamp: Date, remindDaysBefore = 30): string {
  const dt = stamp.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  const day = (iso: string) => iso.replace(/-/g, '');
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//InScope//Deadlines//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const i of items) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${icsText(`${i.practitioner.id}-${i.kind}-${day(i.expires)}-${i.what}`).replace(/\s+/g, '_')}@inscope`,
      `DTSTAMP:${dt}`,
      `DTSTART;VALUE=DATE:${day(i.expires)}`,
      `DTEND;VALUE=DATE:${day(addDays(i.expires, 1))}`,
      `SUMMARY:${icsText(`${i.what} expires — ${i.practitioner.name}`)}`,
      `DESCRIPTION:${icsText(`${i.practitioner.name} (${[i.practitioner.type, i.practitioner.department].filter(Boolean).join(', ')}): ${i.what} expires ${i.expires}.`)}`,
      'BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${icsText(`${i.what} expires in ${remindDaysBefore} days — ${i.practitioner.name}`)}`, `TRIGGER:-P${remindDaysBefore}D`, 'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}

/** A mailto: draft listing the deadlines (no recipient: the roster holds no e-mail addresses). */
export function noticesMailto(items: readonly Deadline[]): string {
  const subject = items.length === 1 ? `${items[0].what} expires ${items[0].expires}` : `${items.length} credential and privilege deadlines`;
  const body = ['The following expire soon or have expired; please send the renewal to the medical staff office.', '',
    ...items.map((i) => `- ${i.practitioner.name}: ${i.what}, ${i.daysLeft < 0 ? `expired ${i.expires}` : `expires ${i.expires} (${i.daysLeft} days)`}`)].join('\n');
  return `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
