/**
 * The one verdict policy. Every host — the extension's background, the widget, `inscope check` and
 * `audit`, the CDS Hooks service — asks this for verdicts and adds nothing of its own: the clock
 * (today, in the user's calendar), the roster's age (a roster older than allowed, or dated in the
 * future, cannot give `ok`), no roster at all (`unknown`, saying what to do), cases whose date is
 * not shown (the scheduling horizon) and dates that cannot be read (`unknown`).
 */
import { todayIso } from './dates';
import {
  DEFAULT_EXPIRY_WARNING_DAYS, DEFAULT_HORIZON_DAYS, noRosterVerdict, type CaseInput, type Engine, type EvaluateOptions,
  type PersonDetails,
} from './engine';
import { CLOCK_SKEW_MS } from './roster/validate';
import type { CaseVerdict, PersonVerdict } from './verdict';

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

/** The roster in force: its engine and when the credentialing system produced it. */
export interface RosterInForce {
  engine: Engine;
  generatedAt: string;
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
  /**
   * `roster`: the roster in force, or undefined when there is none; `remedy`: what the user should
   * do when there is none ("import one from the InScope popup.").
   */
  /**
   * `noVocabulary`: why booking text cannot be read (the widget's vocabulary file did not load):
   * every case is then unknown, saying so; person verdicts do not need it.
   */
  constructor(
    readonly roster: RosterInForce | undefined,
    readonly settings: PolicySettings = DEFAULT_POLICY,
    private readonly remedy = 'load a roster.',
    private readonly noVocabulary?: string,
  ) {}

  /** What the engine is told for verdicts at `now`. */
  options(now: Date = new Date()): EvaluateOptions & { today: string } {
    return {
      today: todayIso(now),
      expiryWarningDays: this.settings.expiryWarningDays,
      horizonDays: this.settings.horizonDays,
      staleSince: this.roster && staleSince(this.roster.generatedAt, now, this.settings.maxRosterAgeHours),
    };
  }

  /**
   * What holds back every verdict on a page, in one sentence for the page's summary: no roster,
   * booking text that cannot be read, or a stale roster. Undefined when verdicts stand on their own.
   */
  notice(now: Date = new Date()): string | undefined {
    if (!this.roster) return `No roster is loaded, so every case is unknown: ${this.remedy}`;
    if (this.noVocabulary) return `Booking text cannot be read, so every case is unknown: ${this.noVocabulary}`;
    const since = staleSince(this.roster.generatedAt, now, this.settings.maxRosterAgeHours);
    if (since) return `The roster is out of date (generated ${since}), so no case shows as in scope: verify cases in the roster.`;
    return undefined;
  }

  /** Whether the roster in force is too old (or dated in the future) to give ok verdicts. */
  stale(now: Date = new Date()): boolean {
    return !!this.roster && staleSince(this.roster.generatedAt, now, this.settings.maxRosterAgeHours) !== undefined;
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
    return inputs.map((c) => engine.evaluateCase(c, o));
  }

  people(names: readonly string[], now: Date = new Date()): PersonVerdict[] {
    const o = this.options(now);
    const engine = this.roster?.engine;
    if (!engine) return names.map(() => noRosterVerdict(o.today, this.remedy));
    return names.map((n) => engine.evaluatePerson(n, o));
  }

  /** A person card: the verdict and, for someone the roster knows, what the card shows. */
  personCard(name: string, now: Date = new Date()): { verdict: PersonVerdict; details?: PersonDetails } {
    const [verdict] = this.people([name], now);
    const engine = this.roster?.engine;
    const who = engine?.resolve(name);
    return { verdict, ...(engine && who?.practitioner ? { details: engine.describe(who.practitioner, this.options(now)) } : {}) };
  }
}
