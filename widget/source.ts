/** The widget's verdict source: the core's verdict policy, in the host page (the extension asks its background). */
import { Engine, viewOf } from '../lib/engine';
import type { Vocabulary } from '../lib/vocabulary/compile';
import { nameKeysOf } from '../lib/names';
import { VerdictPolicy, type PolicySettings } from '../lib/policy';
import type { Roster } from '../lib/roster/schema';
import type { VerdictSource } from '../page/overlay/source';

export interface SourceOptions extends PolicySettings {
  /** Why there is no roster, for the no-roster reason. */
  remedy: string;
  /** The procedure vocabulary; without it every case is unknown (`vocabularyProblem` says why). */
  vocabulary?: Vocabulary;
  vocabularyProblem?: string;
}

export function engineSource(roster: Roster | undefined, options: SourceOptions): VerdictSource {
  const nameKeys = roster && nameKeysOf(roster.practitioners);
  const vocabulary = options.vocabulary;
  const policy = new VerdictPolicy(
    roster && { engine: new Engine({ ...viewOf(roster), nameKeys }, { vocabulary: () => vocabulary! }), generatedAt: roster.generatedAt },
    options, options.remedy, vocabulary ? undefined : options.vocabularyProblem ?? 'the procedure vocabulary did not load.',
  );
  return {
    setup: async () => {
      const notice = policy.notice();
      return { familyKeys: nameKeys ? [...new Set(nameKeys.family.flatMap((f) => f.split('\t')))] : [], hasRoster: !!roster, ...(notice ? { notice } : {}) };
    },
    evaluateCases: async (cases) => policy.cases(cases),
    caseVerdict: async (c) => policy.cases([c])[0],
    evaluatePeople: async (names) => policy.people(names),
    personCard: async (name) => policy.personCard(name),
  };
}
