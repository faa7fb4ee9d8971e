/**
 * The InScope engine: a roster plus its lookup indexes, answering case and person verdicts.
 * The extension's background, the widget, the CDS service and the CLI each hold one.
 */
import { addDays, isIsoDate, todayIso } from './dates';
import { NameIndex, type NameKeys, type Resolution } from './names';
import { fold } from './text';
import { ProcedureMatcher, type CatalogProcedure, type FacilityTerm, type MatchPart, type MatchResult } from './procedures/matcher';
import type { Vocabulary } from './vocabulary/compile';
import {
  changeDays, credentialReasons, credentialLabel, conditionLabel, practitionerLabel, ref, requirementOutcome, type GrantOutcome,
} from './rules';
import type { FacilityVocabulary, PersonEntry, Practitioner, PrivilegeDef, Roster } from './roster/schema';
import type { CredentialSharing } from './facilities';
import {
  worstOf, type CaseVerdict, type MatchedProcedure, type PersonVerdict, type PractitionerRef,
  type ProcedureRef, type Reason,
} from './verdict';

export const DEFAULT_EXPIRY_WARNING_DAYS = 30;
/** How far ahead a case whose date is not shown may be (days): its verdict must hold through then. */
export const DEFAULT_HORIZON_DAYS = 90;

export interface CaseInput {
  /** The name (or NPI) as the page prints it. */
  practitioner: string;
  /** Booking text, e.g. "LAP CHOLE W/ IOC". */
  procedure: string;
  code?: string;
  /**
   * The case date, ISO. Text that is not one (a date as printed that could not be read, or '' for
   * "no date given") makes the verdict unknown. Absent when the page or file shows no date: the
   * verdict is then given only if it is the same on every day from today through the horizon.
   */
  date?: string;
  /** Where an unreadable date came from, for its reason: the case's row (default), the page (its heading or date picker). */
  dateFrom?: 'row' | 'page';
  /** The department or service the schedule names: tells namesakes apart (only when the name fits several). */
  department?: string;
  /**
   * Where the case is, as the row prints it (a Facility / Location / Hospital / Site / Campus
   * cell), and its room: with several facilities' rosters loaded, they say whose roster decides
   * (lib/facilities.ts). `pinnedFacility`: the facility a site or adapter pins the page to (an id
   * or a name), for rows that name none.
   */
  facility?: string;
  room?: string;
  pinnedFacility?: string;
}

export interface EngineOptions {
  /** The procedure vocabulary, or how to get it (called on the first case: compiling it takes a few hundred ms). */
  vocabulary: Vocabulary | (() => Vocabulary);
  /** A facility's own terms (docs/vocabulary.md). */
  terms?: FacilityTerm[];
  /** Add-ons booked with their parent are covered by the parent's line (default true). */
  addons?: boolean;
  memo?: boolean;
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
  /** Days ahead a case without a date may be on (default 90). */
  horizonDays?: number;
}

export interface ResolvedName {
  resolution: Resolution;
  /** The resolved person's roster index. */
  index?: number;
  /** The resolved practitioner's full record (when the view has it loaded). */
  practitioner?: Practitioner;
  candidates: PersonEntry[];
}

/**
 * A roster as the engine reads it. The people list (names, ids) is always in memory, for name
 * resolution; full records may load lazily (the extension keeps them in IndexedDB chunks and
 * loads the ones a page needs). `practitioner(i)` returns undefined for a record not loaded.
 */
export interface RosterView {
  privileges: PrivilegeDef[];
  /** The facility's own vocabulary, when the roster carries one. */
  vocabulary?: FacilityVocabulary;
  people: readonly PersonEntry[];
  /** Name keys computed earlier, if the view has them: building the index from them is faster. */
  nameKeys?: NameKeys;
  practitioner(index: number): Practitioner | undefined;
}

/** A whole roster in memory is a view with everything loaded. */
export function viewOf(roster: Roster): RosterView {
  return { privileges: roster.privileges, vocabulary: roster.vocabulary, people: roster.practitioners, practitioner: (i) => roster.practitioners[i] };
}

function isRoster(r: Roster | RosterView): r is Roster {
  return (r as Roster).practitioners !== undefined;
}

export class Engine {
  readonly names: NameIndex;
  private matcherBuilt?: ProcedureMatcher;
  private readonly matcherOptions: EngineOptions & { memoSize?: number };
  private readonly privileges = new Map<string, PrivilegeDef>();

  readonly view: RosterView;
  /**
   * Set by the health system when other facilities' rosters are in force: the same person's
   * license, DEA, board certification and exclusion checks there count here too (lib/facilities.ts).
   */
  sharing?: CredentialSharing;
  /** The engines `sharing` was made with (the policy links them again when the set changes). */
  linkedWith?: readonly Engine[];

  /**
   * `vocabulary`: the procedure vocabulary (the host's: the shipped one, or the widget's download);
   * `terms` and `addons`: the facility's own vocabulary; `memo: false` turns off the caches of
   * resolved names and matched bookings (benchmarks).
   */
  constructor(roster: Roster | RosterView, options: EngineOptions) {
    this.view = isRoster(roster) ? viewOf(roster) : roster;
    for (const def of this.view.privileges) this.privileges.set(def.id, def);
    const memoSize = options.memo === false ? 0 : undefined;
    this.names = new NameIndex(this.view.nameKeys ?? this.view.people, { memoSize });
    this.matcherOptions = { ...options, memoSize };
  }

  /**
   * The catalog read through the vocabulary, built on the first case (person verdicts never need
   * it, and a service worker answers names before it has compiled the vocabulary).
   */
  get matcher(): ProcedureMatcher {
    const o = this.matcherOptions;
    // The facility's vocabulary: the roster's own, and any given beside it (a file on the command line), which wins.
    const facility = this.view.vocabulary;
    this.matcherBuilt ??= new ProcedureMatcher(this.view.privileges, {
      vocabulary: typeof o.vocabulary === 'function' ? o.vocabulary() : o.vocabulary, memoSize: o.memoSize,
      terms: [...(facility?.terms ?? []), ...(o.terms ?? [])], addons: o.addons ?? facility?.addons,
    });
    return this.matcherBuilt;
  }

  private readonly specialtyCache = new WeakMap<Practitioner, Set<string>>();

  /** The vocabulary's specialties a practitioner works in: from their department and the departments of the privileges they hold. */
  specialtiesOf(p: Practitioner): Set<string> {
    let out = this.specialtyCache.get(p);
    if (out) return out;
    out = specialtiesOfDepartments(this.matcher.vocabulary, [p.department, ...p.privileges.map((g) => this.privileges.get(g.privilegeId)?.department)]);
    this.specialtyCache.set(p, out);
    return out;
  }

  privilege(id: string): PrivilegeDef | undefined {
    return this.privileges.get(id);
  }

  /** Who a printed name (or NPI) is; a department, when given, tells namesakes apart. */
  resolve(text: string, department?: string): ResolvedName {
    let resolution = this.names.resolve(text);
    if (resolution.status === 'ambiguous' && department?.trim()) {
      const want = fold(department).replace(/[^a-z]+/g, ' ').trim();
      const fits = resolution.candidates.filter((i) => {
        const d = this.view.people[i].department;
        return !!d && fold(d).replace(/[^a-z]+/g, ' ').trim() === want;
      });
      if (fits.length === 1) resolution = { status: 'resolved', index: fits[0] };
    }
    if (resolution.status === 'resolved') {
      return { resolution, index: resolution.index, practitioner: this.withSystem(this.view.practitioner(resolution.index)), candidates: [] };
    }
    return { resolution, candidates: resolution.candidates.map((i) => this.view.people[i]) };
  }

  /** A record with the person-level credentials the system's other rosters hold for them. */
  withSystem<P extends Practitioner | undefined>(p: P): P {
    return (p && this.sharing ? this.sharing.withSystem(p) : p) as P;
  }

  /** This roster's own record of the person with this NPI (loaded), if any. */
  byNpi(npi: string): Practitioner | undefined {
    const i = this.names.byNpi(npi);
    return i === undefined ? undefined : this.view.practitioner(i);
  }

  /** Roster indexes of the people these printed names resolve to (to load them first). */
  indexesFor(names: Iterable<string>): number[] {
    const out = new Set<number>();
    for (const n of names) {
      const r = this.names.resolve(n);
      if (r.status === 'resolved') out.add(r.index);
    }
    return [...out];
  }

  evaluateCase(input: CaseInput, options: EvaluateOptions = {}): CaseVerdict {
    const today = options.today ?? todayIso();
    const match = this.matcher.match(input.procedure, input.code || undefined);
    const who = this.resolve(input.practitioner, input.department);
    if (who.index !== undefined && !who.practitioner) throw new Error(`practitioner ${who.index} is not loaded`);
    if (input.date === undefined) return finish(this.undated(input, match, who, today, options.horizonDays ?? DEFAULT_HORIZON_DAYS), options);
    if (!isIsoDate(input.date)) {
      const out = this.at(input, match, who, today);
      const printed = input.date.trim();
      const whose = input.dateFrom === 'page' ? "The page's date" : 'The case date';
      out.date = printed;
      out.reasons.unshift({
        code: 'input-invalid', severity: 'unknown',
        message: printed ? `${whose} "${printed}" could not be read as a date; verify the case manually.` : `${whose} is missing; verify the case manually.`,
      });
      // Nothing at another day stands in for the case's: only what does not depend on the date is kept.
      out.reasons = out.reasons.filter((r) => r.severity === 'unknown');
      return finish(out, options);
    }
    return finish(this.at(input, match, who, input.date), options);
  }

  /** The verdict of a case on one day (the rules; no staleness). */
  private at(input: CaseInput, match: MatchResult, who: ResolvedName, date: string): CaseVerdict {
    // One object shape for every verdict: absent fields stay undefined (JSON leaves them out).
    const out: CaseVerdict = {
      verdict: 'ok', reasons: [], date, practitioner: undefined, candidates: undefined,
      procedures: matchedProcedures(match), approaches: match.approaches,
      laterality: match.laterality, levels: match.levels.length ? match.levels : undefined,
    };
    const reasons = out.reasons;
    if (!input.practitioner.trim()) {
      reasons.push({ code: 'input-invalid', severity: 'unknown', message: 'The case names no practitioner; verify manually.' });
    } else if (!who.practitioner) {
      reasons.push(practitionerReason(input.practitioner, who));
      out.candidates = who.candidates.map(ref);
    } else {
      out.practitioner = ref(who.practitioner);
      for (const r of credentialReasons(who.practitioner, date)) reasons.push(r);
    }
    // An anesthesiologist's booking of a block beside the surgery it is for: the block is the case.
    // An emergency physician's deep sedation or an intensivist's arterial line beside the
    // operation: theirs to be privileged for too, where their specialty does it.
    // (Read only for such a booking: a practitioner's specialties cost a pass over their privileges.)
    const mine = who.practitioner && match.performed ? this.specialtiesOf(who.practitioner) : undefined;
    const own = mine && match.performed ? match.performed.filter((p) => p.specialties.some((s) => mine.has(s))).map((p) => p.part) : [];
    const parts = match.anesthesia && who.practitioner && this.isAnesthesia(who.practitioner) ? match.anesthesia : own.length ? [...match.parts, ...own] : match.parts;
    out.procedures = parts === match.parts ? out.procedures : parts.map(toMatched);
    // Rule 6: parts of the booking the catalog does not know (an abbreviation with several
    // readings waits for the practitioner's specialties, below).
    for (const part of parts) {
      if (part.status === 'unknown' && (!part.readings || !who.practitioner)) reasons.push({ ...unknownProcedureReason(part) });
    }
    if (who.practitioner) {
      const p = who.practitioner;
      // Rule 7: every matched procedure and every approach privilege the booking needs.
      for (const part of parts) {
        const settled = part.readings ? this.reading(p, part) : part;
        if (settled.status === 'matched') for (const r of this.partOutcome(p, settled, date).reasons) reasons.push(r);
        else if (part.readings) reasons.push(unknownProcedureReason(settled));
      }
      for (const req of match.approachRequirements) {
        for (const r of requirementOutcome(p, req.privileges, `${capitalize(req.approach)} approach`, date).reasons) reasons.push(r);
      }
    }
    out.verdict = worstOf(reasons);
    return out;
  }

  /**
   * A case whose date is not shown: the verdict stands only if it is the same on every day from
   * today through the horizon; otherwise unknown, naming the day it changes and why.
   */
  private undated(input: CaseInput, match: MatchResult, who: ResolvedName, today: string, horizonDays: number): CaseVerdict {
    const base = this.at(input, match, who, today);
    const through = addDays(today, horizonDays);
    if (who.practitioner) {
      for (const day of changeDays(who.practitioner)) {
        if (day <= today) continue;
        if (day > through) break;
        const then = this.at(input, match, who, day);
        if (then.verdict === base.verdict) continue;
        const why = then.reasons.find((r) => r.severity === then.verdict && !base.reasons.some((b) => b.message === r.message))
          ?? base.reasons.find((r) => r.severity === base.verdict && !then.reasons.some((t) => t.message === r.message));
        return {
          ...base, verdict: 'unknown', horizon: through,
          reasons: [
            {
              code: 'case-date-not-shown', severity: 'unknown', date: day,
              message: `The case date is not shown, and the answer changes on ${day} (${base.verdict} before, ${then.verdict} from then)${why ? `: ${why.message}` : ''} Verify the date.`,
            },
            ...base.reasons.filter((r) => r.severity === 'unknown'),
          ],
        };
      }
    }
    base.horizon = through;
    base.reasons.push({
      code: 'case-date-not-shown', severity: base.verdict === 'ok' ? 'ok' : base.verdict,
      message: `The case date is not shown; the answer is the same on every day from ${today} through ${through}.`,
    });
    return base;
  }

  /** Whether the practitioner works in anesthesiology or pain medicine (their bookings' blocks are the case). */
  private isAnesthesia(p: Practitioner): boolean {
    const mine = this.specialtiesOf(p);
    return mine.has('anesthesiology') || mine.has('pain-medicine');
  }

  /**
   * An abbreviation with several readings: the one reading that belongs to the practitioner's
   * specialties, else unknown naming the readings.
   */
  private reading(p: Practitioner, part: MatchPart): MatchPart {
    const fits = readingsFor(part, this.specialtiesOf(p));
    if (fits.length === 1) return fits[0];
    return { ...part, why: `it reads as ${part.readings!.map((r) => r.concept).join(' or ')}, and ${fits.length ? 'more than one fits' : 'none fits'} ${practitionerLabel(p)}'s specialties` };
  }

  private partOutcome(p: Practitioner, part: MatchPart, date: string): GrantOutcome {
    const outcomes = part.groups.map((group) => requirementOutcome(p, this.defsOf(group), group[0].procedure, date));
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

  private readonly groupDefs = new WeakMap<CatalogProcedure[], PrivilegeDef[]>();

  /** The privileges covering a group of catalog procedures (groups are remembered with matches). */
  private defsOf(group: CatalogProcedure[]): PrivilegeDef[] {
    let defs = this.groupDefs.get(group);
    if (!defs) {
      defs = unique(group.map((c) => this.privileges.get(c.privilegeId)!));
      this.groupDefs.set(group, defs);
    }
    return defs;
  }

  /** Person verdict for hover cards: credentials at today's date. */
  evaluatePerson(text: string, options: EvaluateOptions = {}): PersonVerdict {
    const date = options.today ?? todayIso();
    const who = this.resolve(text);
    if (who.index !== undefined && !who.practitioner) throw new Error(`practitioner ${who.index} is not loaded`);
    if (!who.practitioner) {
      return { verdict: 'unknown', date, reasons: [practitionerReason(text, who)], candidates: who.candidates.map(ref) };
    }
    return this.personVerdict(who.practitioner, options);
  }

  personVerdict(own: Practitioner, options: EvaluateOptions = {}): PersonVerdict {
    const p = this.withSystem(own);
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
  describe(own: Practitioner, options: EvaluateOptions = {}): PersonDetails {
    const p = this.withSystem(own);
    const date = options.today ?? todayIso();
    return {
      practitioner: ref(p),
      status: p.status,
      credentials: p.credentials.map((c) => ({
        kind: c.kind, label: credentialLabel(c), expires: c.expires, status: c.status,
        current: (!c.issued || c.issued <= date) && (!c.expires || c.expires >= date),
        ...(c.verifiedAt ? { verified: c.verifiedAt } : {}),
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
  /** With several facilities' rosters loaded: whose record this is (privileges are that facility's). */
  facility?: { id: string; name: string };
  status: string;
  credentials: Array<{ kind: string; label: string; expires?: string; status?: string; current: boolean; verified?: string }>;
  privileges: Array<{ privilegeId: string; name: string; status: string; effective?: string; expires?: string; conditions: string[] }>;
}

function finish(out: CaseVerdict, options: EvaluateOptions): CaseVerdict {
  out.verdict = worstOf(out.reasons);
  if (options.staleSince && out.verdict === 'ok') {
    out.verdict = 'unknown';
    out.reasons.push(staleReason(options.staleSince));
  }
  return out;
}

/** The verdict when no roster is loaded: unknown, with what to do about it. */
export function noRosterVerdict(date: string, remedy: string): PersonVerdict {
  return { verdict: 'unknown', date, reasons: [{ code: 'no-roster', severity: 'unknown', message: `No roster is loaded: ${remedy}` }] };
}

function staleReason(since: string): Reason {
  return { code: 'roster-stale', severity: 'unknown', date: since, message: `The roster is stale (last updated ${since}); verify before relying on it.` };
}

function practitionerReason(text: string, who: ResolvedName): Reason {
  const names = who.candidates.slice(0, 5).map((p) => ref(p).name).join('; ');
  if (who.resolution.status === 'ambiguous') {
    return { code: 'practitioner-ambiguous', severity: 'unknown', message: `"${text}" fits several practitioners: ${names}.` };
  }
  return {
    code: 'practitioner-not-found', severity: 'unknown',
    message: `"${text}" is not in the roster${names ? ` (similar: ${names})` : ''}.`,
  };
}

// Matches are remembered per booking text; so is what verdicts derive from them.
const matchedCache = new WeakMap<MatchResult, MatchedProcedure[]>();
const unknownCache = new WeakMap<MatchPart, Reason>();

function matchedProcedures(match: MatchResult): MatchedProcedure[] {
  let out = matchedCache.get(match);
  if (!out) {
    out = match.parts.map(toMatched);
    matchedCache.set(match, out);
  }
  return out;
}

function unknownProcedureReason(part: MatchPart): Reason {
  let reason = unknownCache.get(part);
  if (!reason) {
    reason = describeUnknownProcedure(part);
    unknownCache.set(part, reason);
  }
  return reason;
}

function describeUnknownProcedure(part: MatchPart): Reason {
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

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1).replace(/-/g, ' ');
}

/** The readings of an abbreviation with several that belong to the given specialties (the engine takes one that alone fits). */
export function readingsFor(part: MatchPart, specialties: Set<string>): MatchPart[] {
  return (part.readings ?? []).filter((r) => r.specialties.some((s) => specialties.has(s))).map((r) => r.part);
}

/** The vocabulary's specialties that departments' names stand for ("Pulmonary and Critical Care" → pulmonology, critical care). */
export function specialtiesOfDepartments(v: Vocabulary, departments: Array<string | undefined>): Set<string> {
  const named = departments.filter((d): d is string => !!d).map((d) => ` ${fold(d).replace(/[^a-z0-9]+/g, ' ').trim()} `);
  const out = new Set<string>();
  for (const [key, names] of v.departments) if (named.some((d) => names.some((n) => d.includes(` ${n} `)))) out.add(key);
  return out;
}
