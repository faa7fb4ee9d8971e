/** The widget's verdict source: the core's verdict policy, in the host page (the extension asks its background). */
import { Engine, viewOf } from '../lib/engine';
import { nameKeysOf } from '../lib/names';
import { VerdictPolicy, type PolicySettings } from '../lib/policy';
import type { Roster } from '../lib/roster/schema';
import type { VerdictSource } from '../components/overlay/source';

export interface SourceOptions extends PolicySettings {
  /** Why there is no roster, for the no-roster reason. */
  remedy: string;
}

export function engineSource(roster: Roster | undefined, options: SourceOptions): VerdictSource {
  const nameKeys = roster && nameKeysOf(roster.practitioners);
  const policy = new VerdictPolicy(
    roster && { engine: new Engine({ ...viewOf(roster), nameKeys }), generatedAt: roster.generatedAt },
    options, options.remedy,
  );
  return {
    setup: async () => ({ familyKeys: nameKeys ? [...new Set(nameKeys.family.flatMap((f) => f.split('\t')))] : [], hasRoster: !!roster }),
    evaluateCases: async (cases) => policy.cases(cases),
    caseVerdict: async (c) => policy.cases([c])[0],
    evaluatePeople: async (names) => policy.people(names),
    personCard: async (name) => policy.personCard(name),
  };
}
