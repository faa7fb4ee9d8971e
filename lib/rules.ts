/**
 * The rules that turn a practitioner's roster record into reasons, at a given date.
 * All dates are ISO strings, which compare correctly as text.
 */
import { addDays, dayNumber } from './dates';
import type { Credential, CredentialKind, Grant, Practitioner, PrivilegeDef } from './roster/schema';
import type { Reason, Verdict } from './verdict';
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

/** Credentials whose lapse on the case date is a warning, not a block. */
const WARN_KINDS: CredentialKind[] = ['dea', 'board-certification', 'bls', 'acls', 'pals'];
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

export function practitionerLabel(p: Practitioner): string {
  return [p.name.prefix, ...p.name.given, p.name.family].filter(Boolean).join(' ') + (p.type ? `, ${p.type}` : '');
}

function validOn(c: { issued?: string; effective?: string; expires?: string }, date: string): boolean {
  const start = c.issued ?? c.effective;
  return (!start || start <= date) && (!c.expires || c.expires >= date);
}

/** The credential of a kind that lasts longest (no expiry counts as longest). */
function latest(creds: Credential[]): Credential {
  return creds.reduce((a, b) => (!a.expires ? a : !b.expires ? b : b.expires > a.expires ? b : a));
}

/**
 * Rules 2–5 at `date`: practitioner status, exclusion, license and malpractice (block), DEA,
 * board certification and life-support cards (warn). With `warnDays`, also credentials that
 * expire within that many days of `date` (warn) — the person verdict uses this.
 */
export function credentialReasons(p: Practitioner, date: string, warnDays?: number): Reason[] {
  const reasons: Reason[] = [];
  const who = practitionerLabel(p);
  if (p.status !== 'active') {
    reasons.push({
      code: p.status === 'suspended' ? 'practitioner-suspended' : 'practitioner-inactive',
      severity: 'block',
      message: `${who} is ${p.status} in the medical staff roster.`,
    });
  }
  const byKind = new Map<CredentialKind, Credential[]>();
  for (const c of p.credentials) {
    const list = byKind.get(c.kind);
    if (list) list.push(c);
    else byKind.set(c.kind, [c]);
  }
  for (const c of byKind.get('exclusion-check') ?? []) {
    if (c.status === 'excluded') {
      reasons.push({
        code: 'excluded', severity: 'block', credential: c.kind, date: c.verifiedAt,
        message: `${who} is on an exclusion list (${credentialLabel(c)}${c.verifiedAt ? `, checked ${c.verifiedAt}` : ''}).`,
      });
    }
  }
  const licenses = byKind.get('license') ?? [];
  if (!licenses.length) {
    reasons.push({ code: 'license-missing', severity: 'block', credential: 'license', message: `No license on file for ${who}.` });
  } else if (!licenses.some((c) => validOn(c, date))) {
    reasons.push(lapsed(latest(licenses), date, 'license-expired', 'block'));
  }
  const malpractice = byKind.get('malpractice') ?? [];
  if (malpractice.length && !malpractice.some((c) => validOn(c, date))) {
    reasons.push(lapsed(latest(malpractice), date, 'malpractice-expired', 'block'));
  }
  for (const kind of WARN_KINDS) {
    const creds = byKind.get(kind) ?? [];
    if (creds.length && !creds.some((c) => validOn(c, date))) {
      reasons.push(lapsed(latest(creds), date, 'credential-expired', 'warn'));
    }
  }
  if (warnDays !== undefined) {
    const horizon = addDays(date, warnDays);
    for (const [kind, creds] of byKind) {
      if (kind === 'exclusion-check') continue;
      const current = creds.filter((c) => validOn(c, date));
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

/** Rule 7 for one grant of one privilege, at `date`; `what` names the procedure or approach. */
export function grantOutcome(g: Grant, def: PrivilegeDef, what: string, date: string): GrantOutcome {
  const priv = `"${def.name}"`;
  const base = { privilegeId: def.id };
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
  if (reasons.length) return { level: 'warn', reasons };
  return {
    level: 'ok',
    reasons: [{ ...base, code: 'privileged', severity: 'ok', date, message: `${what}: privileged under ${priv}${g.expires ? ` through ${g.expires}` : ''}.` }],
  };
}

/**
 * Rule 7 for one requirement: the best grant among the privileges that cover it counts. No
 * grant at all blocks.
 */
export function requirementOutcome(p: Practitioner, defs: PrivilegeDef[], what: string, date: string): GrantOutcome {
  let best: GrantOutcome | undefined;
  for (const def of defs) {
    for (const g of p.privileges) {
      if (g.privilegeId !== def.id) continue;
      const o = grantOutcome(g, def, what, date);
      if (!best || verdictRank(o.level) < verdictRank(best.level)) best = o;
      if (best.level === 'ok') return best;
    }
  }
  if (best) return best;
  const names = [...new Set(defs.map((d) => `"${d.name}"`))].join(' or ');
  return {
    level: 'block',
    reasons: [{ code: 'privilege-missing', severity: 'block', privilegeId: defs[0]?.id, date, message: `${what}: not privileged — no grant of ${names}.` }],
  };
}
