/**
 * The one verdict policy. Every host — the extension's background, the widget, `inscope check` and
 * `audit`, the CDS Hooks service — asks this for verdicts and adds nothing of its own: the clock
 * (today, in the user's calendar), the roster's age (a roster older than allowed, or dated in the
 * future, cannot give `ok`), no roster at all (`unknown`, saying what to do), cases whose date is
 * not shown (the scheduling horizon) and dates that cannot be read (`unknown`). With several
 * facilities' rosters in force (a health system), each case is checked at its own facility; one
 * whose facility cannot be told gets a verdict only when it is the same at every facility.
 */
import { todayIso } from './dates';
import {
  DEFAULT_EXPIRY_WARNING_DAYS, DEFAULT_HORIZON_DAYS, noRosterVerdict, type CaseInput, type Engine, type EvaluateOptions,
  type PersonDetails,
} from './engine';
import { CLOCK_SKEW_MS } from './roster/validate';
import { CredentialSharing, FacilityDirectory, type Facility } from './facilities';
import type { CaseVerdict, FacilityRef, PersonVerdict, Reason } from './verdict';

export const DEFAULT_MAX_ROSTER_AGE_HOURS = 24;

export interface PolicySettings {
  /** A roster older than this is stale: verdicts that would be ok become unknown. */
  maxRosterAgeHours: number;
  /** Person cards warn about credentials expiring within this many days. */
  expiryWarningDays: number;
  /** A case whose date is not shown may be this many days ahead. */
  horizonDays: number;
}

export const DEFAULT_POLICY: PolicySettings = {
  maxRosterAgeHours: DEFAULT_MAX_ROSTER_AGE_HOURS, expiryWarningDays: DEFAULT_EXPIRY_WARNING_DAYS, horizonDays: DEFAULT_HORIZON_DAYS,
};

/** The roster in force: its engine, when the credentialing system produced it, and (with several) its facility. */
export interface RosterInForce {
  engine: Engine;
  generatedAt: string;
  facility?: Facility;
}

/** Hours since a roster was generated (negative when it is dated in the future). */
export function rosterAgeHours(generatedAt: string, now: Date): number {
  return (now.getTime() - new Date(generatedAt).getTime()) / 3_600_000;
}

/**
 * Why a roster cannot give `ok` now, as the `staleSince` verdicts carry (its generatedAt), or
 * undefined when it is fresh. Older than `maxAgeHours`, dated in the future, or not a time at all.
 */
export function staleSince(generatedAt: string, now: Date, maxAgeHours: number): string | undefined {
  const t = new Date(generatedAt).getTime();
  if (Number.isNaN(t) || t > now.getTime() + CLOCK_SKEW_MS) return generatedAt;
  return rosterAgeHours(generatedAt, now) > maxAgeHours ? generatedAt : undefined;
}

export class VerdictPolicy {
  /** The rosters in force: none, one (a single facility), or one per facility of a health system. */
  readonly rosters: readonly RosterInForce[];
  private directoryMade?: FacilityDirectory;

  /**
   * `rosters`: the roster in force, or one per facility, or none; `remedy`: what the user should
   * do when there is none ("import one from the InScope popup."); `noVocabulary`: why booking
   * text cannot be read (the widget's vocabulary file did not load): every case is then unknown,
   * saying so; person verdicts do not need it. `system.aliases`: more names per facility id
   * (settings); `system.missing`: facilities' rosters the host was told to load and could not
   * (their sources, in words) — a case not placed at a loaded facility is then unknown, since the
   * missing facility may be where it is.
   */
  constructor(
    rosters: RosterInForce | readonly RosterInForce[] | undefined,
    readonly settings: PolicySettings = DEFAULT_POLICY,
    private readonly remedy = 'load a roster.',
    private readonly noVocabulary?: string,
    private readonly system: { aliases?: Readonly<Record<string, readonly string[]>>; missing?: readonly string[] } = {},
  ) {
    this.rosters = rosters === undefined ? [] : Array.isArray(rosters) ? rosters : [rosters as RosterInForce];
    if (this.rosters.length > 1) link(this.rosters.map((r) => r.engine));
  }

  /** The roster in force when there is one facility (or the first of several). */
  get roster(): RosterInForce | undefined {
    return this.rosters[0];
  }

  /** Facility names and aliases, read once per policy. */
  get directory(): FacilityDirectory {
    this.directoryMade ??= new FacilityDirectory(this.rosters.flatMap((r) => (r.facility ? [r.facility] : [])), this.system.aliases);
    return this.directoryMade;
  }

  /** What the engine is told for verdicts at `now` (about `roster`: the first, by default). */
  options(now: Date = new Date(), roster: RosterInForce | undefined = this.roster): EvaluateOptions & { today: string } {
    return {
      today: todayIso(now),
      expiryWarningDays: this.settings.expiryWarningDays,
      horizonDays: this.settings.horizonDays,
      staleSince: roster && staleSince(roster.generatedAt, now, this.settings.maxRosterAgeHours),
    };
  }

  /**
   * What holds back every verdict on a page, in one sentence for the page's summary: no roster,
   * booking text that cannot be read, or a stale roster. Undefined when verdicts stand on their own.
   */
  notice(now: Date = new Date()): string | undefined {
    if (!this.roster) return `No roster is loaded, so every case is unknown: ${this.remedy}`;
    if (this.noVocabulary) return `Booking text cannot be read, so every case is unknown: ${this.noVocabulary}`;
    if (this.system.missing?.length) return `A facility's roster could not be loaded (${this.system.missing.join('; ')}), so cases not placed at a loaded facility are unknown.`;
    const stale = this.rosters.filter((r) => staleSince(r.generatedAt, now, this.settings.maxRosterAgeHours));
    if (!stale.length) return undefined;
    if (this.rosters.length === 1) return `The roster is out of date (generated ${stale[0].generatedAt}), so no case shows as in scope: verify cases in the roster.`;
    const which = stale.map((r) => `${facilityName(r)} (generated ${r.generatedAt})`).join(', ');
    return stale.length === this.rosters.length
      ? `Every facility's roster is out of date (${which}), so no case shows as in scope: verify cases in the roster.`
      : `The roster of ${which} is out of date, so no case there shows as in scope: verify those cases in the roster.`;
  }

  /** Whether a roster in force is too old (or dated in the future) to give ok verdicts. */
  stale(now: Date = new Date()): boolean {
    return this.rosters.some((r) => staleSince(r.generatedAt, now, this.settings.maxRosterAgeHours) !== undefined);
  }

  /** The facility a case is at: its row's facility, else a room naming one, else the page's pin. */
  facilityOf(c: Pick<CaseInput, 'facility' | 'room' | 'pinnedFacility'>): { roster?: RosterInForce; printed?: string } {
    const find = (f: Facility | undefined) => f && this.rosters.find((r) => r.facility === f);
    if (c.facility?.trim()) {
      const r = find(this.directory.resolve(c.facility));
      return r ? { roster: r } : { printed: c.facility.trim() };
    }
    const r = find(this.directory.resolve(c.room)) ?? find(c.pinnedFacility ? this.directory.byId(c.pinnedFacility) ?? this.directory.resolve(c.pinnedFacility) : undefined);
    return r ? { roster: r } : {};
  }

  cases(inputs: readonly CaseInput[], now: Date = new Date()): CaseVerdict[] {
    const o = this.options(now);
    const engine = this.roster?.engine;
    if (!engine) return inputs.map((c) => ({ ...noRosterVerdict(o.today, this.remedy), procedures: [], approaches: [], date: c.date ?? o.today }) as CaseVerdict);
    if (this.noVocabulary) {
      return inputs.map((c) => ({
        verdict: 'unknown', date: c.date ?? o.today, procedures: [], approaches: [],
        reasons: [{ code: 'no-vocabulary', severity: 'unknown', message: `Booking text cannot be read: ${this.noVocabulary} Verify the case manually.` }],
      }));
    }
    const missing = this.system.missing ?? [];
    if (this.rosters.length === 1 && !missing.length) return inputs.map((c) => engine.evaluateCase(c, o));
    const each = this.rosters.map((r) => this.options(now, r));
    return inputs.map((c) => {
      const at = this.facilityOf(c);
      if (at.roster) return this.at(at.roster, at.roster.engine.evaluateCase(c, each[this.rosters.indexOf(at.roster)]));
      // A facility whose roster does not have the person answers unknown whatever the booking: its
      // booking text is read only when no facility has them (the first then says it all).
      const absent = this.rosters.map((r) => r.engine.resolve(c.practitioner, c.department).resolution.status === 'not-found');
      const anywhere = absent.includes(false);
      const answers = this.rosters.map((r, i) => (absent[i] && (anywhere || i > 0) ? notFoundAt(c, each[i].today) : r.engine.evaluateCase(c, each[i])));
      if (missing.length) {
        // The case may be at the facility whose roster is missing: nothing loaded can answer for it.
        const where = at.printed ? `The case's facility "${at.printed}" is not one InScope knows` : "The case's facility is not shown";
        return {
          ...answers[0], verdict: 'unknown', facility: undefined,
          reasons: [{ code: 'facility-not-shown', severity: 'unknown', message: `${where}, and the roster of another facility could not be loaded (${missing.join('; ')}): verify the case.` }],
        };
      }
      return this.everywhere(answers, this.rosters.map(facilityName), at.printed, 'case');
    });
  }

  /** A verdict given at one facility of several: it names the facility, and a name not found is not found in that facility's roster. */
  private at<V extends CaseVerdict | PersonVerdict>(r: RosterInForce, v: V): V {
    const name = facilityName(r);
    return {
      ...v, facility: facilityRef(r),
      reasons: v.reasons.map((x) => (x.code === 'practitioner-not-found' ? { ...x, message: x.message.replace(' is not in the roster', ` is not in the roster of ${name}`) } : x)),
    };
  }

  /**
   * A case (or person) whose facility cannot be told, asked at every facility (`names`, in the
   * answers' order): the answer stands when it is the same at all of them; otherwise unknown,
   * naming each facility's answer.
   */
  private everywhere<V extends CaseVerdict | PersonVerdict>(answers: V[], names: string[], printed: string | undefined, what: 'case' | 'person'): V {
    const where = printed
      ? `The ${what === 'case' ? "case's facility" : 'facility'} "${printed}" is not one InScope knows`
      : what === 'case' ? "The case's facility is not shown" : 'No facility is given';
    const first = answers[0];
    if (answers.every((a) => a.verdict === first.verdict)) {
      const reason: Reason = {
        code: 'facility-not-shown', severity: first.verdict,
        message: `${where}; the answer is the same at every facility loaded (${names.join(', ')}).`,
      };
      return { ...first, reasons: [...first.reasons, reason] };
    }
    const differ = answers.map((a, i) => {
      const why = a.reasons.find((r) => r.severity === a.verdict && r.code !== 'privileged' && r.code !== 'credentials-current');
      return `${names[i]}: ${a.verdict}${why ? ` (${why.message.replace(/\.$/, '')})` : ''}`;
    });
    const found = answers.find((a) => a.practitioner);
    return {
      ...first, verdict: 'unknown', practitioner: found?.practitioner, candidates: found ? undefined : first.candidates,
      reasons: [{
        code: 'facility-not-shown', severity: 'unknown',
        message: `${where}, and the answer differs by facility — ${differ.join('; ')}. Verify where the ${what === 'case' ? 'case is' : 'person works'}.`,
      }],
    };
  }

  /** Person verdicts; `pinnedFacility`: the facility a site or adapter pins the page to. */
  people(names: readonly string[], now: Date = new Date(), pinnedFacility?: string): PersonVerdict[] {
    const o = this.options(now);
    const engine = this.roster?.engine;
    if (!engine) return names.map(() => noRosterVerdict(o.today, this.remedy));
    if (this.rosters.length === 1) return names.map((n) => engine.evaluatePerson(n, o));
    // (A person's own verdict needs no facility: with a roster missing, the loaded ones still speak for their people.)
    const pinned = this.facilityOf({ pinnedFacility }).roster;
    if (pinned) return names.map((n) => this.at(pinned, pinned.engine.evaluatePerson(n, this.options(now, pinned))));
    return names.map((n) => {
      const answers = this.rosters.map((r) => ({ roster: r, verdict: r.engine.evaluatePerson(n, this.options(now, r)) }));
      // A person is asked about where the roster knows them; nowhere, the first roster says why.
      const known = answers.filter((a) => a.verdict.practitioner);
      if (known.length === 1) return { ...known[0].verdict, facility: facilityRef(known[0].roster) };
      if (!known.length) return answers[0].verdict;
      return this.everywhere(known.map((a) => a.verdict), known.map((a) => facilityName(a.roster)), undefined, 'person');
    });
  }

  /** A person card: the verdict and, for someone the roster knows, what the card shows. */
  personCard(name: string, now: Date = new Date(), pinnedFacility?: string): { verdict: PersonVerdict; details?: PersonDetails } {
    const [verdict] = this.people([name], now, pinnedFacility);
    // The record shown: the pinned facility's, else the first facility that knows the person.
    const pinned = this.facilityOf({ pinnedFacility }).roster;
    for (const r of pinned ? [pinned] : this.rosters) {
      const who = r.engine.resolve(name);
      if (who.practitioner) {
        const details = r.engine.describe(who.practitioner, this.options(now, r));
        return { verdict, details: this.rosters.length > 1 ? { ...details, facility: facilityRef(r) } : details };
      }
    }
    return { verdict };
  }
}

/** The answer of a facility whose roster does not have the case's practitioner (only its verdict and reason are read). */
function notFoundAt(c: CaseInput, today: string): CaseVerdict {
  return {
    verdict: 'unknown', date: c.date ?? today, procedures: [], approaches: [],
    reasons: [{ code: 'practitioner-not-found', severity: 'unknown', message: `"${c.practitioner}" is not in the roster.` }],
  };
}

function facilityName(r: RosterInForce): string {
  return r.facility?.name ?? 'the roster';
}

function facilityRef(r: RosterInForce): FacilityRef | undefined {
  return r.facility && { id: r.facility.id, name: r.facility.name };
}

/** Links a health system's engines so each counts the others' person-level credentials (once per set). */
function link(engines: Engine[]): void {
  for (const e of engines) {
    if (e.linkedWith && e.linkedWith.length === engines.length && engines.every((x) => e.linkedWith!.includes(x))) continue;
    const others = engines.filter((x) => x !== e);
    e.sharing = new CredentialSharing(others);
    e.linkedWith = engines;
  }
}
