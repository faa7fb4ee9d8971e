/**
 * The InScope engine: a roster plus its lookup indexes, answering case and person verdicts.
 * The extension's background, the widget, the CDS service and the CLI each hold one.
 */
import { isIsoDate, todayIso } from './dates';
import { NameIndex, type Resolution } from './names';
import { ProcedureMatcher, type CatalogProcedure, type MatchPart } from './procedures/matcher';
import {
  credentialReasons, credentialLabel, conditionLabel, practitionerLabel, requirementOutcome, type GrantOutcome,
} from './rules';
import type { Practitioner, PrivilegeDef, Roster } from './roster/schema';
import {
  worstOf, type CaseVerdict, type MatchedProcedure, type PersonVerdict, type PractitionerRef,
  type ProcedureRef, type Reason,
} from './verdict';

export const DEFAULT_EXPIRY_WARNING_DAYS = 30;

export interface CaseInput {
  /** The name (or NPI) as the page prints it. */
  practitioner: string;
  /** Booking text, e.g. "LAP CHOLE W/ IOC". */
  procedure: string;
  code?: string;
  /** Case date, ISO; today when absent. */
  date?: string;
}

export interface EvaluateOptions {
  /** Today's date, ISO (defaults to the local date). */
  today?: string;
  expiryWarningDays?: number;
  /**
   * Set when the roster is older than the allowed age: verdicts that would be `ok` become
   * `unknown` ("roster stale").
   */
  staleSince?: string;
}

export interface ResolvedName {
  resolution: Resolution;
  practitioner?: Practitioner;
  candidates: Practitioner[];
}

export class Engine {
  readonly names: NameIndex;
  readonly matcher: ProcedureMatcher;
  private readonly privileges = new Map<string, PrivilegeDef>();

  constructor(readonly roster: Roster) {
    for (const def of roster.privileges) this.privileges.set(def.id, def);
    this.names = new NameIndex(roster.practitioners);
    this.matcher = new ProcedureMatcher(roster.privileges);
  }

  privilege(id: string): PrivilegeDef | undefined {
    return this.privileges.get(id);
  }

  resolve(text: string): ResolvedName {
    const resolution = this.names.resolve(text);
    const list = this.roster.practitioners;
    if (resolution.status === 'resolved') return { resolution, practitioner: list[resolution.index], candidates: [] };
    return { resolution, candidates: resolution.candidates.map((i) => list[i]) };
  }

  evaluateCase(input: CaseInput, options: EvaluateOptions = {}): CaseVerdict {
    const date = input.date ?? options.today ?? todayIso();
    const match = this.matcher.match(input.procedure, input.code || undefined);
    const base = {
      date,
      procedures: match.parts.map(toMatched),
      approaches: match.approaches,
      ...(match.laterality ? { laterality: match.laterality } : {}),
      ...(match.levels.length ? { levels: match.levels } : {}),
    };
    if (!isIsoDate(date)) {
      return finish({ ...base, reasons: [{ code: 'input-invalid', severity: 'unknown', message: `The case date "${date}" is not a date.` }] }, options);
    }
    const reasons: Reason[] = [];
    const who = this.resolve(input.practitioner);
    // Rule 6: parts of the booking the catalog does not know.
    for (const part of match.parts) {
      if (part.status === 'unknown') reasons.push(unknownProcedureReason(part));
    }
    if (!who.practitioner) {
      reasons.unshift(practitionerReason(input.practitioner, who));
      return finish({ ...base, reasons, candidates: who.candidates.map(ref) }, options);
    }
    const p = who.practitioner;
    reasons.unshift(...credentialReasons(p, date));
    // Rule 7: every matched procedure and every approach privilege the booking needs.
    for (const part of match.parts) {
      if (part.status === 'matched') reasons.push(...this.partOutcome(p, part, date).reasons);
    }
    for (const req of match.approachRequirements) {
      reasons.push(...requirementOutcome(p, req.privileges, `${capitalize(req.approach)} approach`, date).reasons);
    }
    return finish({ ...base, reasons, practitioner: ref(p) }, options);
  }

  private partOutcome(p: Practitioner, part: MatchPart, date: string): GrantOutcome {
    const outcomes = part.groups.map((group) => {
      const defs = unique(group.map((c) => this.privileges.get(c.privilegeId)!));
      return requirementOutcome(p, defs, group[0].procedure, date);
    });
    if (outcomes.length === 1 || outcomes.every((o) => o.level === outcomes[0].level)) return outcomes[0];
    // Variants (laparoscopic or open) the booking did not choose between, privileged differently.
    const variants = part.groups.map((g, i) => `${g[0].procedure}: ${outcomes[i].level}`).join('; ');
    return {
      level: 'unknown',
      reasons: [{
        code: 'approach-unspecified', severity: 'unknown', date,
        message: `"${part.text}" does not say which approach, and the privileges differ (${variants}). Verify manually.`,
      }],
    };
  }

  /** Person verdict for hover cards: credentials at today's date. */
  evaluatePerson(text: string, options: EvaluateOptions = {}): PersonVerdict {
    const date = options.today ?? todayIso();
    const who = this.resolve(text);
    if (!who.practitioner) {
      return { verdict: 'unknown', date, reasons: [practitionerReason(text, who)], candidates: who.candidates.map(ref) };
    }
    return this.personVerdict(who.practitioner, options);
  }

  personVerdict(p: Practitioner, options: EvaluateOptions = {}): PersonVerdict {
    const date = options.today ?? todayIso();
    const reasons = credentialReasons(p, date, options.expiryWarningDays ?? DEFAULT_EXPIRY_WARNING_DAYS);
    if (!reasons.length) {
      reasons.push({ code: 'credentials-current', severity: 'ok', date, message: `Credentials current on ${date}.` });
    }
    const out: PersonVerdict = { verdict: worstOf(reasons), reasons, date, practitioner: ref(p) };
    if (options.staleSince && out.verdict === 'ok') {
      out.verdict = 'unknown';
      out.reasons.push(staleReason(options.staleSince));
    }
    return out;
  }

  /** What a person card shows: credentials and privileges in words. */
  describe(p: Practitioner, options: EvaluateOptions = {}): PersonDetails {
    const date = options.today ?? todayIso();
    return {
      practitioner: ref(p),
      status: p.status,
      credentials: p.credentials.map((c) => ({
        kind: c.kind, label: credentialLabel(c), expires: c.expires, status: c.status,
        current: (!c.issued || c.issued <= date) && (!c.expires || c.expires >= date),
      })),
      privileges: p.privileges.map((g) => ({
        privilegeId: g.privilegeId,
        name: this.privileges.get(g.privilegeId)?.name ?? g.privilegeId,
        status: g.status, effective: g.effective, expires: g.expires,
        conditions: (g.conditions ?? []).map(conditionLabel),
      })),
    };
  }
}

export interface PersonDetails {
  practitioner: PractitionerRef;
  status: string;
  credentials: Array<{ kind: string; label: string; expires?: string; status?: string; current: boolean }>;
  privileges: Array<{ privilegeId: string; name: string; status: string; effective?: string; expires?: string; conditions: string[] }>;
}

type Unfinished = Omit<CaseVerdict, 'verdict'>;

function finish(v: Unfinished, options: EvaluateOptions): CaseVerdict {
  const out: CaseVerdict = { verdict: worstOf(v.reasons), ...v };
  if (options.staleSince && out.verdict === 'ok') {
    out.verdict = 'unknown';
    out.reasons.push(staleReason(options.staleSince));
  }
  return out;
}

function staleReason(since: string): Reason {
  return { code: 'roster-stale', severity: 'unknown', date: since, message: `The roster is stale (last updated ${since}); verify before relying on it.` };
}

function practitionerReason(text: string, who: ResolvedName): Reason {
  const names = who.candidates.slice(0, 5).map(practitionerLabel).join('; ');
  if (who.resolution.status === 'ambiguous') {
    return { code: 'practitioner-ambiguous', severity: 'unknown', message: `"${text}" fits several practitioners: ${names}.` };
  }
  return {
    code: 'practitioner-not-found', severity: 'unknown',
    message: `"${text}" is not in the roster${names ? ` (similar: ${names})` : ''}.`,
  };
}

function unknownProcedureReason(part: MatchPart): Reason {
  const closest = (part.candidates ?? []).map((c) => c.procedure);
  return {
    code: 'procedure-unknown', severity: 'unknown',
    message: `"${part.text}": ${part.why ?? 'not recognised'} — verify manually.${closest.length ? ` Closest: ${[...new Set(closest)].join('; ')}.` : ''}`,
  };
}

function toMatched(part: MatchPart): MatchedProcedure {
  const out: MatchedProcedure = { text: part.text, status: part.status, procedures: part.groups.flat().map(procRef) };
  if (part.via) out.via = part.via;
  if (part.candidates?.length) out.candidates = part.candidates.map(procRef);
  return out;
}

function procRef(c: CatalogProcedure): ProcedureRef {
  return { privilegeId: c.privilegeId, privilege: c.privilege, procedure: c.procedure };
}

export function ref(p: Practitioner): PractitionerRef {
  const out: PractitionerRef = { id: p.id, name: practitionerLabel(p), type: p.type };
  if (p.npi) out.npi = p.npi;
  if (p.department) out.department = p.department;
  return out;
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1).replace(/-/g, ' ');
}
