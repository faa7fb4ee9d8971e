/**
 * The widget's verdict side, a module of its own (`inscope-engine.mjs` beside the widget's
 * script, imported when the widget mounts): the roster in any format InScope reads, the procedure
 * vocabulary, and the core's verdict policy. The page side (`index.ts`: badges, cards, the
 * scanner) asks it through the overlay's VerdictSource, as the extension's content script asks its
 * background. Two files, so that each stays within the widget's 40 KB budget.
 */
import { DEFAULT_POLICY, staleSince, type PolicySettings } from '../lib/policy';
import type { VerdictSource } from '../page/overlay/source';
import { loadRoster, type LoadedRoster } from './roster';
import type { Roster } from '../lib/roster/schema';
import { engineSource } from './source';
import { loadVocabulary, type LoadedVocabulary } from './vocabulary';

export interface EngineOptions extends Partial<PolicySettings> {
  /** A roster, or one per facility of a health system. */
  roster: string | object | Array<string | object>;
  catalog?: string | object;
  facility?: string;
  facilityAliases?: Record<string, string[]>;
  /** Absolute URL of the procedure vocabulary. */
  vocabulary: string;
  /** What relative roster and catalog URLs are relative to (the page's base URI). */
  base: string;
}

export interface EngineStatus {
  loaded: boolean;
  source: LoadedRoster['source'];
  generatedAt?: string;
  facility?: string;
  /** With several rosters: each facility's name, in the order given. */
  facilities?: string[];
  practitioners: number;
  stale: boolean;
  problem?: string;
  errors: LoadedRoster['errors'];
}

export interface StartedEngine {
  status: EngineStatus;
  source: VerdictSource;
}

// Read once per page (revalidated by ETag on the next start after a failure).
let words: { url: string; loaded: Promise<LoadedVocabulary> } | undefined;

export async function startEngine(o: EngineOptions): Promise<StartedEngine> {
  const catalog = o.catalog === undefined ? undefined : await loadRoster(o.catalog, o.base);
  const sources = Array.isArray(o.roster) ? o.roster : [o.roster];
  const all: LoadedRoster[] = catalog && !catalog.roster
    ? [{ source: 'none', problem: `The catalog could not be loaded. ${catalog.problem}`, errors: catalog.errors }]
    : await Promise.all(sources.map(async (src) => {
      const c = catalog?.roster;
      const one = await loadRoster(src, o.base, c && { privileges: c.privileges, key: c.generatedAt });
      // A CSV or FHIR roster's facility vocabulary comes with its catalog.
      if (c?.vocabulary && one.roster && !one.roster.vocabulary) one.roster = { ...one.roster, vocabulary: c.vocabulary };
      return one;
    }));
  if (!words || words.url !== o.vocabulary) words = { url: o.vocabulary, loaded: loadVocabulary(o.vocabulary) };
  const vocab = await words.loaded;
  if (!vocab.vocabulary) words = undefined;
  const rosters = all.flatMap((l) => (l.roster ? [l.roster] : []));
  // Two sources of one facility are one too many: the second is not used (the first given stands).
  const byFacility = new Map<string, Roster>();
  for (const r of rosters) if (!byFacility.has(r.facility.id)) byFacility.set(r.facility.id, r);
  const used = [...byFacility.values()];
  const again = rosters.find((r) => byFacility.get(r.facility.id) !== r);
  const twice = again ? `Two rosters given are for the same facility (${again.facility.name}); the first stands.` : undefined;
  const problem = [...all.map((l) => l.problem), twice, vocab.problem].filter(Boolean).join(' ') || undefined;
  // A source that brought no roster while others did: cases that may be at its facility cannot be answered.
  const missing = used.length ? sources.flatMap((s, i) => (all[i]?.roster ? [] : [typeof s === 'string' ? `${s} did not load` : 'a roster object was not valid'])) : [];
  const maxRosterAgeHours = o.maxRosterAgeHours ?? DEFAULT_POLICY.maxRosterAgeHours;
  const first = used[0];
  const status: EngineStatus = {
    loaded: used.length > 0, source: all.find((l) => l.roster)?.source ?? all[0]?.source ?? 'none', generatedAt: first?.generatedAt, facility: first?.facility.name,
    ...(used.length > 1 ? { facilities: used.map((r) => r.facility.name) } : {}),
    practitioners: used.reduce((n, r) => n + r.practitioners.length, 0),
    stale: used.some((r) => staleSince(r.generatedAt, new Date(), maxRosterAgeHours) !== undefined),
    problem, errors: all.flatMap((l) => l.errors),
  };
  const source = engineSource(used, {
    maxRosterAgeHours, expiryWarningDays: o.expiryWarningDays ?? DEFAULT_POLICY.expiryWarningDays,
    horizonDays: o.horizonDays ?? DEFAULT_POLICY.horizonDays,
    remedy: all.find((l) => l.problem)?.problem ?? 'the page gave InScope no roster.',
    vocabulary: vocab.vocabulary, vocabularyProblem: vocab.problem,
    facility: o.facility, facilityAliases: o.facilityAliases, missing,
  });
  return { status, source };
}
