/** The widget's verdict source: the engine itself, in the host page (the extension asks its background). */
import { todayIso } from '../lib/dates';
import { DEFAULT_EXPIRY_WARNING_DAYS, Engine, noRosterVerdict, staleSince, viewOf } from '../lib/engine';
import { nameKeysOf } from '../lib/names';
import type { Roster } from '../lib/roster/schema';
import type { CaseVerdict } from '../lib/verdict';
import type { VerdictSource } from '../components/overlay/source';

export interface SourceOptions {
  maxRosterAgeHours: number;
  expiryWarningDays?: number;
  /** Why there is no roster, for the no-roster reason. */
  remedy: string;
}

export function engineSource(roster: Roster | undefined, options: SourceOptions): VerdictSource {
  const today = () => todayIso();
  if (!roster) {
    const none = () => noRosterVerdict(today(), options.remedy);
    return {
      setup: async () => ({ familyKeys: [], hasRoster: false }),
      evaluateCases: async (cases) => cases.map((c) => ({ ...none(), date: c.date ?? today() }) as CaseVerdict),
      caseVerdict: async (c) => ({ ...none(), date: c.date ?? today() }) as CaseVerdict,
      evaluatePeople: async (names) => names.map(none),
      personCard: async () => ({ verdict: none() }),
    };
  }
  const nameKeys = nameKeysOf(roster.practitioners);
  const engine = new Engine({ ...viewOf(roster), nameKeys });
  const expiryWarningDays = options.expiryWarningDays ?? DEFAULT_EXPIRY_WARNING_DAYS;
  const opts = () => ({ today: today(), expiryWarningDays, staleSince: staleSince(roster.generatedAt, new Date(), options.maxRosterAgeHours) });
  return {
    setup: async () => ({ familyKeys: [...new Set(nameKeys.family.flatMap((f) => f.split('\t')))], hasRoster: true }),
    evaluateCases: async (cases) => {
      const o = opts();
      return cases.map((c) => engine.evaluateCase(c, o));
    },
    caseVerdict: async (c) => engine.evaluateCase(c, opts()),
    evaluatePeople: async (names) => {
      const o = opts();
      return names.map((n) => engine.evaluatePerson(n, o));
    },
    personCard: async (name) => {
      const o = opts();
      const who = engine.resolve(name);
      return { verdict: engine.evaluatePerson(name, o), ...(who.practitioner ? { details: engine.describe(who.practitioner, o) } : {}) };
    },
  };
}
