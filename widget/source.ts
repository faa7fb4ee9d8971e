/** The widget's verdict source: the core's verdict policy, in the host page (the extension asks its background). */
import { Engine, viewOf, type CaseInput } from '../lib/engine';
import type { Vocabulary } from '../lib/vocabulary/compile';
import { nameKeysOf } from '../lib/names';
import { VerdictPolicy, type PolicySettings } from '../lib/policy';
import type { Roster } from '../lib/roster/schema';
import type { VerdictSource } from '../page/overlay/source';

export interface SourceOptions extends PolicySettings {
  /** Why there is no roster, for the no-roster reason. */
  remedy: string;
  /** The facility the page is at (an id or a name), for rows that name none; more names per facility id; rosters that did not load. */
  facility?: string;
  facilityAliases?: Record<string, string[]>;
  missing?: string[];
  /** The procedure vocabulary; without it every case is unknown (`vocabularyProblem` says why). */
  vocabulary?: Vocabulary;
  vocabularyProblem?: string;
}

/** The verdict source over the rosters loaded: one, or one per facility of a health system. */
export function engineSource(rosters: readonly Roster[], options: SourceOptions): VerdictSource {
  const keys = rosters.map((r) => nameKeysOf(r.practitioners));
  const vocabulary = options.vocabulary;
  const policy = new VerdictPolicy(
    rosters.map((r, i) => ({ engine: new Engine({ ...viewOf(r), nameKeys: keys[i] }, { vocabulary: () => vocabulary! }), generatedAt: r.generatedAt, facility: r.facility })),
    options, options.remedy, vocabulary ? undefined : options.vocabularyProblem ?? 'the procedure vocabulary did not load.',
    { aliases: options.facilityAliases, missing: options.missing },
  );
  const pin = options.facility;
  const pinned = (c: CaseInput) => (pin && !c.pinnedFacility ? { ...c, pinnedFacility: pin } : c);
  return {
    setup: async () => {
      const notice = policy.notice();
      return {
        familyKeys: [...new Set(keys.flatMap((k) => k.family.flatMap((f) => f.split('\t'))))], hasRoster: rosters.length > 0,
        ...(notice ? { notice } : {}), ...(rosters.length > 1 || options.missing?.length ? { facilities: true } : {}),
      };
    },
    evaluateCases: async (cases) => policy.cases(cases.map(pinned)),
    caseVerdict: async (c) => policy.cases([pinned(c)])[0],
    evaluatePeople: async (names) => policy.people(names, undefined, pin),
    personCard: async (name) => policy.personCard(name, undefined, pin),
  };
}
