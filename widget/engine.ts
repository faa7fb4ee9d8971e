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
import { engineSource } from './source';
import { loadVocabulary, type LoadedVocabulary } from './vocabulary';

export interface EngineOptions extends Partial<PolicySettings> {
  roster: string | object;
  catalog?: string | object;
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
  let loaded: LoadedRoster;
  const catalog = o.catalog === undefined ? undefined : await loadRoster(o.catalog, o.base);
  if (catalog && !catalog.roster) loaded = { source: 'none', problem: `The catalog could not be loaded. ${catalog.problem}`, errors: catalog.errors };
  else {
    const c = catalog?.roster;
    loaded = await loadRoster(o.roster, o.base, c && { privileges: c.privileges, key: c.generatedAt });
    // A CSV or FHIR roster's facility vocabulary comes with its catalog.
    if (c?.vocabulary && loaded.roster && !loaded.roster.vocabulary) loaded.roster = { ...loaded.roster, vocabulary: c.vocabulary };
  }
  if (!words || words.url !== o.vocabulary) words = { url: o.vocabulary, loaded: loadVocabulary(o.vocabulary) };
  const vocab = await words.loaded;
  if (!vocab.vocabulary) words = undefined;
  const problem = [loaded.problem, vocab.problem].filter(Boolean).join(' ') || undefined;
  const roster = loaded.roster;
  const maxRosterAgeHours = o.maxRosterAgeHours ?? DEFAULT_POLICY.maxRosterAgeHours;
  const status: EngineStatus = {
    loaded: !!roster, source: loaded.source, generatedAt: roster?.generatedAt, facility: roster?.facility.name,
    practitioners: roster?.practitioners.length ?? 0,
    stale: !!roster && staleSince(roster.generatedAt, new Date(), maxRosterAgeHours) !== undefined,
    problem, errors: loaded.errors,
  };
  const source = engineSource(roster, {
    maxRosterAgeHours, expiryWarningDays: o.expiryWarningDays ?? DEFAULT_POLICY.expiryWarningDays,
    horizonDays: o.horizonDays ?? DEFAULT_POLICY.horizonDays,
    remedy: loaded.problem ?? 'the page gave InScope no roster.',
    vocabulary: vocab.vocabulary, vocabularyProblem: vocab.problem,
  });
  return { status, source };
}
