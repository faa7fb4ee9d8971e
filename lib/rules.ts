/**
 * The rules that turn a practitioner's roster record into reasons, at a given date.
 * All dates are ISO strings, which compare correctly as text.
 */
import { BoundedCache } from './bounded-cache';
import { addDays, dayNumber } from './dates';
import type { Credential, CredentialKind, Grant, PersonEntry, Practitioner, PrivilegeDef } from './roster/schema';
import type { PractitionerRef, Reason, Verdict } from './verdict';
import { verdictRank } from './verdict';

export const CREDENTIAL_LABELS: Record<CredentialKind, string> = {
  license: 'License',
  dea: 'DEA registration',
  'board-certification': 'Board certification',
  bls: 'BLS',
  acls: 'ACLS',
  pals: 'PALS',
  malpractice: 'Malpractice coverage',
  'exclusion-check': 'Exclusion check',
  other: 'Credential',
};

const CONDITION_LABELS: Record<string, string> = {
  'proctor-required': 'Proctor required',
  'supervision-required': 'Supervision required',
  'consultation-required': 'Consultation required',
};

/** Grant statuses that never allow a case. */
const INACTIVE_GRANTS = new Set(['pending', 'suspended', 'revoked', 'relinquished', 'denied', 'expired']);

export function conditionLabel(c: string): string {
  return CONDITION_LABELS[c] ?? c;
}

export function credentialLabel(c: Credential): string {
  const base = c.kind === 'other' && c.identifier ? c.identifier : CREDENTIAL_LABELS[c.kind];
  const id = c.kind !== 'other' && c.identifier ? ` ${c.identifier}` : '';
  const issuer = c.issuer ? ` (${c.issuer})` : '';
  return `${base}${id}${issuer}`;
}

export function practitionerLabel(p: PersonEntry): string {
  return [p.name.prefix, ...p.name.given, p.name.family].filter(Boolean).join(' ') + (p.type ? `, ${p.type}` : '');
}

/** A validity window with sentinel ends, so checks compare strings and nothing else. */
interface Span<T> {
  start: string;
  end: string;
  item: T;
}

const NO_START = '';
const NO_END = '9999-12-31';

function span<T extends { expires?: string }>(item: T, start: string | undefined): Span<T> {
  return { start: start ?? NO_START, end: item.expires ?? NO_END, item };
}


/** The credential of a kind that lasts longest (no expiry counts as longest). */
function latest(spans: Span<Credential>[]): Credential {
  let best = spans[0];
  for (const s of spans) if (s.end > best.end) best = s;
  return best.item;
}

/**
 * What a credential's `status` (as credentialing systems export it) means for the rules. A status
 * InScope does not know leaves the credential unverified: its verdicts are unknown.
 */
export type Standing = 'good' | 'lapsed' | 'conditional' | 'unverified';

/** Documented values (docs/roster-format.md); any other value is `unverified`. */
export const CREDENTIAL_STATUSES: Record<string, Standing> = {
  active: 'good', current: 'good', valid: 'good', verified: 'good', clear: 'good', cleared: 'good', renewed: 'good',
  unrestricted: 'good', 'in good standing': 'good', 'good standing': 'good', passed: 'good', 'no match': 'good', 'not excluded': 'good',
  inactive: 'lapsed', expired: 'lapsed', lapsed: 'lapsed', revoked: 'lapsed', suspended: 'lapsed', surrendered: 'lapsed',
  'voluntarily surrendered': 'lapsed', excluded: 'lapsed', terminated: 'lapsed', cancelled: 'lapsed', canceled: 'lapsed',
  retired: 'lapsed', denied: 'lapsed', 'not renewed': 'lapsed', delinquent: 'lapsed', debarred: 'lapsed', sanctioned: 'lapsed',
  match: 'lapsed', failed: 'lapsed',
  probation: 'conditional', probationary: 'conditional', 'on probation': 'conditional', restricted: 'conditional',
  conditional: 'conditional', limited: 'conditional',
  pending: 'unverified', 'in process': 'unverified', 'in-process': 'unverified', 'in progress': 'unverified',
  unverified: 'unverified', 'not verified': 'unverified', 'pending verification': 'unverified', unknown: 'unverified',
};

/** The standing a status gives, and whether InScope knows the word. No status is good standing (the dates decide). */
export function standingOf(status: string | undefined): { standing: Standing; known: boolean } {
  if (status === undefined) return GOOD;
  let out = standings.get(status);
  if (!out) {
    const s = CREDENTIAL_STATUSES[status.trim().toLowerCase().replace(/[_\s]+/g, ' ')];
    out = s ? { standing: s, known: true } : { standing: 'unverified', known: false };
    standings.set(status, out);
  }
  return out;
}

const GOOD: { standing: Standing; known: boolean } = { standing: 'good', known: true };
/** Statuses as exported, read once each (an export repeats a handful). */
const standings = new BoundedCache<string, { standing: Standing; known: boolean }>(1000);

/**
 * A practitioner's roster record prepared for the rules: credentials by kind and grants by
 * privilege as uniform windows. Made once per record (roster records are never mutated) and
 * kept while the record lives.
 */
interface Prepared {
  /** The exclusion checks whose result is not clear (read once: a record is never mutated). */
  exclusions: { c: Credential; result: 'excluded' | 'unverified' }[];
  byKind: Map<CredentialKind, Span<Credential>[]>;
  grants: Map<string, Span<Grant>[]>;
  /** Days on which something in the record starts or ends (for cases whose date is not known; worked out when first asked). */
  changes?: string[];
}

const prepared = new WeakMap<Practitioner, Prepared>();
const NONE: Span<never>[] = [];

function prepare(p: Practitioner): Prepared {
  let out = prepared.get(p);
  if (out) return out;
  out = { exclusions: [], byKind: new Map(), grants: new Map() };
  for (const c of p.credentials) {
    if (c.kind === 'exclusion-check') {
      const result = exclusionResult(c.status);
      if (result !== 'clear') out.exclusions.push({ c, result });
      continue;
    }
    const list = out.byKind.get(c.kind);
    const s = span(c, c.issued);
    if (list) list.push(s);
    else out.byKind.set(c.kind, [s]);
  }
  for (const g of p.privileges) {
    const list = out.grants.get(g.privilegeId);
    const s = span(g, g.effective);
    if (list) list.push(s);
    else out.grants.set(g.privilegeId, [s]);
  }
  prepared.set(p, out);
  return out;
}

/** Days on which something in a practitioner's record starts or ends, in order. */
export function changeDays(p: Practitioner): readonly string[] {
  const out = prepare(p);
  if (!out.changes) {
    const changes = new Set<string>();
    const edge = (start: string | undefined, end: string | undefined) => {
      if (start) changes.add(start);
      if (end && end < NO_END) changes.add(addDays(end, 1));
    };
    for (const c of p.credentials) if (c.kind !== 'exclusion-check') edge(c.issued, c.expires);
    for (const g of p.privileges) edge(g.effective, g.expires);
    out.changes = [...changes].sort();
  }
  return out.changes;
}

const EXCLUSION_GOOD = new Set(['clear', 'cleared', 'passed', 'no match', 'not excluded']);
const EXCLUSION_BAD = new Set(['excluded', 'match', 'failed', 'sanctioned', 'debarred']);

/** What an exclusion check's result says: clear, on a list, or nothing InScope can rely on (no result, or one it does not know). */
export function exclusionResult(status: string | undefined): 'clear' | 'excluded' | 'unverified' {
  const s = status?.trim().toLowerCase();
  return s && EXCLUSION_BAD.has(s) ? 'excluded' : s && EXCLUSION_GOOD.has(s) ? 'clear' : 'unverified';
}

/** Severity of a lapse, by kind: a license or malpractice coverage blocks; the others warn. */
function lapseSeverity(kind: CredentialKind): Verdict {
  return kind === 'license' || kind === 'malpractice' ? 'block' : 'warn';
}

/** Kinds checked after the license, in the order their reasons are given. */
const OTHER_KINDS = ['malpractice', 'dea', 'board-certification', 'bls', 'acls', 'pals'] as const;

/**
 * Rules 2–5 at `date`: practitioner status, exclusion, license and malpractice (block), DEA,
 * board certification and life-support cards (warn); a credential's status as exported (revoked,
 * probation, pending…) on top of its dates. With `warnDays`, also credentials that expire within
 * that many days of `date` (warn) — the person verdict uses this.
 */
export function credentialReasons(p: Practitioner, date: string, warnDays?: number): Reason[] {
  const reasons: Reason[] = [];
  if (p.status !== 'active') {
    reasons.push({
      code: p.status === 'suspended' ? 'practitioner-suspended' : 'practitioner-inactive',
      severity: 'block',
      message: `${practitionerLabel(p)} is ${p.status} in the medical staff roster.`,
    });
  }
  const { exclusions, byKind } = prepare(p);
  for (const { c, result } of exclusions) {
    const status = c.status?.trim().toLowerCase();
    const checked = c.verifiedAt ? `, checked ${c.verifiedAt}` : '';
    if (result === 'excluded') {
      reasons.push({
        code: 'excluded', severity: 'block', credential: c.kind, date: c.verifiedAt,
        message: `${practitionerLabel(p)} is on an exclusion list (${credentialLabel(c)}${checked}).`,
      });
    } else if (result === 'unverified') {
      reasons.push({
        code: 'credential-unverified', severity: 'unknown', credential: c.kind, date: c.verifiedAt,
        message: `${credentialLabel(c)}${checked}: ${status ? `the result "${c.status}" is not one InScope knows` : 'no result on file'}; verify manually.`,
      });
    }
  }
  const licenses = byKind.get('license') ?? NONE;
  if (!licenses.length) {
    reasons.push({ code: 'license-missing', severity: 'block', credential: 'license', message: `No license on file for ${practitionerLabel(p)}.` });
  } else {
    kindReasons(licenses, date, 'license', reasons);
  }
  for (const kind of OTHER_KINDS) {
    const creds = byKind.get(kind) ?? NONE;
    if (creds.length) kindReasons(creds, date, kind, reasons);
  }
  if (warnDays !== undefined) {
    const horizon = addDays(date, warnDays);
    for (const [kind, spans] of byKind) {
      const current = spans.filter((s) => s.start <= date && s.end >= date && standingOf(s.item.status).standing === 'good');
      if (!current.length) continue;
      const best = latest(current);
      if (best.expires && best.expires <= horizon) {
        const days = dayNumber(best.expires) - dayNumber(date);
        reasons.push({
          code: 'credential-expiring', severity: 'warn', credential: kind, date: best.expires,
          message: `${credentialLabel(best)} expires ${best.expires} (${days === 0 ? 'today' : `in ${days} day${days === 1 ? '' : 's'}`}).`,
        });
      }
    }
  }
  return reasons;
}

/**
 * One kind of credential at `date`: current when any credential of the kind is valid by its dates
 * and in good standing; else the best of what there is says why (restricted → warn, status not
 * known or pending → unknown, lapsed or out of date → the kind's lapse severity).
 */
function kindReasons(spans: Span<Credential>[], date: string, kind: CredentialKind, reasons: Reason[]): void {
  // Most credentials are current and in good standing: said without building anything.
  for (const s of spans) if (s.start <= date && s.end >= date && standingOf(s.item.status).standing === 'good') return;
  const inDates = spans.filter((s) => s.start <= date && s.end >= date);
  if (!inDates.length) {
    reasons.push(lapsed(latest(spans), date, kind === 'license' ? 'license-expired' : kind === 'malpractice' ? 'malpractice-expired' : 'credential-expired', lapseSeverity(kind)));
    return;
  }
  const by = (st: Standing) => inDates.filter((s) => standingOf(s.item.status).standing === st).map((s) => s.item);
  if (by('good').length) return;
  const conditional = by('conditional')[0];
  if (conditional) {
    reasons.push({
      code: 'credential-restricted', severity: 'warn', credential: kind, date,
      message: `${credentialLabel(conditional)} is ${conditional.status?.toLowerCase()} on ${date}: check its terms before the case.`,
    });
    return;
  }
  const unverified = by('unverified')[0];
  if (unverified) {
    const { known } = standingOf(unverified.status);
    reasons.push({
      code: 'credential-unverified', severity: 'unknown', credential: kind, date,
      message: known
        ? `${credentialLabel(unverified)} is ${unverified.status?.toLowerCase()} (not verified); verify manually.`
        : `${credentialLabel(unverified)} has the status "${unverified.status}", which InScope does not know; verify manually.`,
    });
    return;
  }
  const gone = by('lapsed')[0];
  reasons.push({
    code: 'credential-inactive', severity: lapseSeverity(kind), credential: kind, date,
    message: `${credentialLabel(gone)} is ${gone.status?.toLowerCase()} (case date ${date}).`,
  });
}

function lapsed(c: Credential, date: string, code: Reason['code'], severity: Verdict): Reason {
  const label = credentialLabel(c);
  const message = c.expires && c.expires < date
    ? `${label} expired ${c.expires}, before ${date}.`
    : `${label} is not yet valid on ${date} (issued ${c.issued}).`;
  return { code, severity, credential: c.kind, date: c.expires ?? c.issued, message };
}

export interface GrantOutcome {
  level: Verdict;
  reasons: Reason[];
}

const OK_RANK = verdictRank('ok');

/** The level of one grant at `date`: inactive or out of its dates blocks; provisional, temporary or conditioned warns. grantOutcome writes its reasons. */
function grantLevel(g: Grant, date: string): Verdict {
  if (INACTIVE_GRANTS.has(g.status) || (g.effective && g.effective > date) || (g.expires && g.expires < date)) return 'block';
  return g.status === 'provisional' || g.status === 'temporary' || g.conditions?.length ? 'warn' : 'ok';
}

/** Rule 7 for one grant of one privilege, at `date`; `what` names the procedure or approach. */
export function grantOutcome(g: Grant, def: PrivilegeDef, what: string, date: string): GrantOutcome {
  const priv = `"${def.name}"`;
  const base = { privilegeId: def.id };
  // The level is grantLevel's (requirementOutcome picks the best grant by it); here only the reasons are written.
  const level = grantLevel(g, date);
  if (level === 'ok') {
    return {
      level,
      reasons: [{ ...base, code: 'privileged', severity: 'ok', date, message: `${what}: privileged under ${priv}${g.expires ? ` through ${g.expires}` : ''}.` }],
    };
  }
  if (INACTIVE_GRANTS.has(g.status)) {
    return {
      level: 'block',
      reasons: [{ ...base, code: 'privilege-inactive', severity: 'block', date, message: `${what}: privilege ${priv} is ${g.status} (case date ${date}).` }],
    };
  }
  if (g.effective && g.effective > date) {
    return {
      level: 'block',
      reasons: [{ ...base, code: 'privilege-not-yet-effective', severity: 'block', date: g.effective, message: `${what}: privilege ${priv} is not effective until ${g.effective}, after the case date ${date}.` }],
    };
  }
  if (g.expires && g.expires < date) {
    return {
      level: 'block',
      reasons: [{ ...base, code: 'privilege-expired', severity: 'block', date: g.expires, message: `${what}: privilege ${priv} expired ${g.expires}, before the case date ${date}.` }],
    };
  }
  const reasons: Reason[] = [];
  if (g.status === 'provisional' || g.status === 'temporary') {
    reasons.push({
      ...base, code: g.status === 'provisional' ? 'privilege-provisional' : 'privilege-temporary', severity: 'warn', date: g.expires,
      message: `${what}: privilege ${priv} is ${g.status}${g.expires ? ` through ${g.expires}` : ''}.`,
    });
  }
  for (const c of g.conditions ?? []) {
    reasons.push({ ...base, code: 'privilege-condition', severity: 'warn', condition: c, date, message: `${what}: ${conditionLabel(c)} (privilege ${priv}) on ${date}.` });
  }
  return { level: 'warn', reasons };
}

/**
 * Rule 7 for one requirement: the best grant among the privileges that cover it counts. No
 * grant at all blocks.
 */
export function requirementOutcome(p: Practitioner, defs: PrivilegeDef[], what: string, date: string): GrantOutcome {
  // The best grant is found by its level alone; only its reasons are written out.
  let best: { g: Grant; def: PrivilegeDef; rank: number } | undefined;
  const { grants } = prepare(p);
  search: for (const def of defs) {
    for (const g of grants.get(def.id) ?? NONE) {
      const rank = verdictRank(grantLevel(g.item, date));
      if (!best || rank < best.rank) best = { g: g.item, def, rank };
      if (rank === OK_RANK) break search;
    }
  }
  if (best) return grantOutcome(best.g, best.def, what, date);
  const names = [...new Set(defs.map((d) => `"${d.name}"`))].join(' or ');
  return {
    level: 'block',
    reasons: [{ code: 'privilege-missing', severity: 'block', privilegeId: defs[0]?.id, date, message: `${what}: not privileged — no grant of ${names}.` }],
  };
}

const refs = new WeakMap<PersonEntry, PractitionerRef>();

/** The practitioner as verdicts name them (made once per practitioner; treat as read-only). */
export function ref(p: PersonEntry): PractitionerRef {
  let out = refs.get(p);
  if (out) return out;
  out = { id: p.id, name: practitionerLabel(p), type: p.type };
  if (p.npi) out.npi = p.npi;
  if (p.department) out.department = p.department;
  refs.set(p, out);
  return out;
}
