/**
 * What the background does, without extension APIs (so tests run it in Node): imports and syncs
 * into the store, keeps the engine for the active generation (rebuilt after the service worker
 * restarts), answers verdicts with freshness applied, and keeps the run log the popup shows.
 */
import { todayIso } from '../../lib/dates';
import type { Acknowledgement } from '../../lib/requests';
import { catalogReport } from '../../lib/procedures/matcher';
import { Engine, type CaseInput, type PersonDetails } from '../../lib/engine';
import { ref } from '../../lib/rules';
import { VerdictPolicy, rosterAgeHours, staleSince, type PolicySettings } from '../../lib/policy';
import { builtinVocabulary } from '../../lib/vocabulary/builtin';
import { expiringSoon, type ExpiringItem } from '../../lib/expiring';
import { deadlines, type Deadline } from '../../lib/deadlines';
import { caseInputOf, parseSchedule, ScheduleError } from '../../lib/schedule';
import { CsvError } from '../../lib/csv';
import { readRosterBytes } from '../../lib/roster/load';
import { diffRosters } from '../../lib/roster/diff';
import type { DecodeOptions, RosterError } from '../../lib/roster/validate';
import type { Roster } from '../../lib/roster/schema';
import type { FacilityRef } from '../../lib/verdict';
import { DEFAULT_SETTINGS, type Adapter, type Settings } from '../settings';
import { UNNAMED_FACILITY } from '../../lib/roster/validate';
import { matchesPattern } from '../../lib/match-pattern';
import { mainReasons, type CaseVerdict, type PersonVerdict, type PractitionerRef } from '../../lib/verdict';
import { fold } from '../../lib/text';
import type { AckRecord, GenerationRecord, InScopeDb, RosterSource, RunRecord } from './db';
import { LazyRosterView, RosterStore, type CommitProgress } from './roster-store';
import { displayUrl, fetchRoster, SyncError, type FetchOptions } from './sync';

/** Errors kept per run (all are counted; the popup offers them for download). */
const MAX_STORED_ERRORS = 5000;

export interface ServiceOptions {
  now?: () => Date;
  settings?: () => Promise<Settings> | Settings;
  fetch?: typeof fetch;
  /** Retry and timeout behaviour for sync (tests shorten them). */
  http?: Pick<FetchOptions, 'timeoutMs' | 'attempts' | 'backoffMs' | 'sleep'>;
  /** Whether the extension may reach this URL (host permission); assumed when absent. */
  canReach?: (url: string) => Promise<boolean>;
  /** Told when another roster generation becomes active (open pages re-check their cases). */
  onRosterChanged?: (generation: number) => void;
}

/** How an import came: the server's ETag and time, the file's time, whether the coordinator confirmed a held replacement. */
export interface ImportHow {
  etag?: string;
  fallbackTime?: DecodeOptions['fallbackTime'];
  confirm?: boolean;
  uploadId?: string;
  started?: number;
}

export interface Progress {
  phase: 'downloading' | 'parsing' | 'validating' | CommitProgress['phase'] | 'indexing';
  done?: number;
  total?: number;
}

/** One facility's roster in use, as the popup lists them. */
export interface FacilityStatus {
  facility: { id: string; name: string; aliases?: string[] };
  generation: number;
  source: RosterSource;
  generatedAt: string;
  importedAt: string;
  counts: GenerationRecord['counts'];
  ageHours: number;
  stale: boolean;
}

export interface Status {
  hasRoster: boolean;
  /** Every facility's roster in use (a health system's: one per facility), by name. The fields below are the first's. */
  facilities: FacilityStatus[];
  facility?: { id: string; name: string };
  generation?: number;
  source?: RosterSource;
  generatedAt?: string;
  importedAt?: string;
  counts?: GenerationRecord['counts'];
  ageHours?: number;
  stale: boolean;
  maxRosterAgeHours: number;
  lastRun?: RunRecord;
  lastSuccess?: RunRecord;
  rosterUrl: string;
  /** How long building the indexes took, and when they were ready (ms since this worker started). */
  index?: { builtMs: number; readyAtMs: number };
}

/** One facility's roster in use, with its engine. */
interface Loaded {
  generation: GenerationRecord & { id: number };
  view: LazyRosterView;
  engine: Engine;
  /** Each person's name, aliases, NPI and id, folded for search (made on the first search). */
  searchText?: string[];
}

/** Every facility's roster in use: none, one, or a health system's several. */
type System = Loaded[];

/** One case of an audited schedule, as the coordinator's page shows and exports it. */
export interface AuditRow {
  line: number;
  id?: string;
  /** ISO, or the date cell as written when it could not be read. */
  date: string;
  practitioner: string;
  procedure: string;
  verdict: CaseVerdict['verdict'];
  /** The reasons as bad as the verdict. */
  reasons: string[];
  /** The roster practitioner the row was read as. */
  matched?: string;
  /** With several facilities: the facility whose roster decided. */
  facility?: string;
}

export class InScopeService {
  readonly store: RosterStore;
  private loaded?: Promise<System>;
  private familyKeys?: string[];
  private indexTiming?: { builtMs: number; readyAtMs: number };
  private busy?: Promise<RunRecord>;
  private readonly now: () => Date;
  private readonly startedAt = new Date().toISOString();

  constructor(readonly db: InScopeDb, private readonly options: ServiceOptions = {}) {
    this.store = new RosterStore(db);
    this.now = options.now ?? (() => new Date());
  }

  private async settings(): Promise<Settings> {
    return (await this.options.settings?.()) ?? DEFAULT_SETTINGS;
  }

  /** An engine for each facility's active roster, built once per service-worker life. */
  ready(): Promise<System> {
    this.loaded ??= (async () => {
      const t0 = performance.now();
      const generations = await this.store.actives();
      // Leftovers of an interrupted import can wait until the indexes are ready.
      const cleanup = () => void this.settings().then((s) => this.store.cleanup(this.startedAt, s.keptGenerations)).catch(() => undefined);
      const system: System = [];
      for (const generation of generations) {
        const view = await this.store.view(generation);
        system.push({ generation, view, engine: new Engine(view, { vocabulary: builtinVocabulary }) });
      }
      if (system.length) this.indexTiming = { builtMs: performance.now() - t0, readyAtMs: performance.now() };
      cleanup();
      return system;
    })();
    return this.loaded;
  }

  /** The facility a page is pinned to: the first of the site adapters matching its URL that names one. */
  private async pinOf(url: string | undefined): Promise<string | undefined> {
    if (!url) return undefined;
    return (await this.settings()).siteAdapters.find((a) => a.facility && a.matches.some((p) => matchesPattern(p, url)))?.facility;
  }

  private today(): string {
    return todayIso(this.now());
  }

  /** The core's verdict policy over the rosters in force (one per facility), with these settings. */
  private async policy(system: System): Promise<VerdictPolicy> {
    const s = await this.settings();
    const settings: PolicySettings = { maxRosterAgeHours: s.maxRosterAgeHours, expiryWarningDays: s.expiryWarningDays, horizonDays: s.horizonDays };
    const aliases = Object.fromEntries(s.facilityAliases.map((a) => [a.facility, a.aliases]));
    // A health system's further roster URLs that have never brought a roster: their facility is unknown, and so is any case that may be there.
    const missing = system.length ? s.moreRosterUrls.map(displayUrl).filter((u) => !system.some((l) => l.generation.source.kind === 'url' && l.generation.source.name === u)) : [];
    return new VerdictPolicy(
      system.map((l) => ({ engine: l.engine, generatedAt: l.generation.generatedAt, facility: l.generation.facility })),
      settings, 'import one from the InScope popup.', undefined, { aliases, missing: missing.map((u) => `${u} has not synced yet`) },
    );
  }

  /**
   * Loads the records of the people these printed names resolve to (a generation stored without a
   * rules index), in every facility's roster, with the same people's records elsewhere (by NPI).
   */
  private async loadFor(system: System, names: string[]): Promise<void> {
    const incomplete = system.filter((l) => !l.view.complete);
    if (!incomplete.length) return;
    for (const l of incomplete) await l.view.load(l.engine.indexesFor(names));
    if (system.length < 2) return;
    const npis = system.flatMap((l) => l.engine.indexesFor(names).map((i) => l.view.people[i]?.npi)).filter((n): n is string => !!n);
    for (const l of incomplete) await l.view.load(l.engine.indexesFor(npis));
  }

  /** Verdicts for a page's (or file's) cases; `url`: the page, whose site adapter may pin its facility. */
  async evaluateCases(cases: CaseInput[], url?: string): Promise<CaseVerdict[]> {
    const system = await this.ready();
    await this.loadFor(system, cases.map((c) => c.practitioner));
    const pin = await this.pinOf(url);
    return (await this.policy(system)).cases(pin ? cases.map((c) => ({ ...c, pinnedFacility: c.pinnedFacility ?? pin })) : cases, this.now());
  }

  async evaluatePeople(names: string[], url?: string): Promise<PersonVerdict[]> {
    const system = await this.ready();
    await this.loadFor(system, names);
    return (await this.policy(system)).people(names, this.now(), await this.pinOf(url));
  }

  async personCard(name: string, url?: string): Promise<{ verdict: PersonVerdict; details?: PersonDetails }> {
    const system = await this.ready();
    await this.loadFor(system, [name]);
    return (await this.policy(system)).personCard(name, this.now(), await this.pinOf(url));
  }

  /**
   * What a scheduling page may be told (a full case verdict, a person card): the same, without
   * the identifiers the people at the screen do not need — no license, DEA or other credential
   * numbers, no NPI. The coordinator's pages get everything.
   */
  async forPage<T>(value: T): Promise<T> {
    const system = await this.ready();
    const ids = new Set<string>();
    JSON.stringify(value, (key, v) => {
      if ((key === 'practitioner' || key === 'candidates') && v) for (const r of Array.isArray(v) ? v : [v]) if (typeof r?.id === 'string') ids.add(r.id);
      return v;
    });
    const secrets = new Set<string>();
    for (const loaded of ids.size ? system : []) {
      const indexes = [...ids].map((id) => loaded.view.people.findIndex((p) => p.id === id)).filter((i) => i >= 0);
      await loaded.view.load(indexes);
      for (const i of indexes) {
        // With the credentials the person's records at other facilities add.
        const p = loaded.engine.withSystem(loaded.view.practitioner(i));
        for (const c of p?.credentials ?? []) if (c.kind !== 'other' && c.identifier && c.identifier.trim().length >= 3) secrets.add(c.identifier.trim());
        if (p?.npi) secrets.add(p.npi);
      }
    }
    const hide = (text: string) => {
      let out = text;
      for (const s of secrets) out = out.split(s).join('');
      return out === text ? text : out.replace(/ {2,}/g, ' ').replace(/ \)/g, ')').replace(/\( /g, '(');
    };
    return JSON.parse(JSON.stringify(value, (key, v) => (key === 'npi' ? undefined : typeof v === 'string' ? hide(v) : v))) as T;
  }

  /** A practitioner's card from the coordinator's pages; `facilityId` says whose roster (ids are a facility's own). */
  async practitionerCard(id: string, facilityId?: string): Promise<{ verdict: PersonVerdict; details: PersonDetails } | undefined> {
    const system = await this.ready();
    const policy = await this.policy(system);
    for (const loaded of system) {
      if (facilityId !== undefined && loaded.generation.facility.id !== facilityId) continue;
      const index = loaded.view.people.findIndex((p) => p.id === id);
      if (index < 0) continue;
      await loaded.view.load([index]);
      const p = loaded.view.practitioner(index)!;
      const options = policy.options(this.now(), policy.rosters.find((r) => r.engine === loaded.engine));
      const details = loaded.engine.describe(p, options);
      return { verdict: loaded.engine.personVerdict(p, options), details: system.length > 1 ? { ...details, facility: facilityRefOf(loaded) } : details };
    }
    return undefined;
  }

  /** Practitioners whose name or NPI contains the query (case and accents ignored), each with their facility when there are several. */
  async search(query: string, limit = 20): Promise<Array<PractitionerRef & { facility?: FacilityRef }>> {
    const system = await this.ready();
    const q = fold(query).replace(/[^a-z0-9 ]+/g, ' ').trim();
    if (!system.length || q.length < 2) return [];
    const words = q.split(/\s+/);
    const out: Array<PractitionerRef & { facility?: FacilityRef }> = [];
    for (const loaded of system) {
      // Folded once per roster, not on every keystroke.
      loaded.searchText ??= loaded.view.people.map((p) => fold(`${p.name.given.join(' ')} ${p.name.family} ${(p.aliases ?? []).join(' ')} ${p.npi ?? ''} ${p.id}`).replace(/['’-]/g, ''));
      for (let i = 0; i < loaded.searchText.length && out.length < limit; i++) {
        if (words.every((w) => loaded.searchText![i].includes(w))) out.push(system.length > 1 ? { ...ref(loaded.view.people[i]), facility: facilityRefOf(loaded) } : ref(loaded.view.people[i]));
      }
    }
    return out;
  }

  async expiring(days: number): Promise<ExpiringItem[]> {
    const system = await this.ready();
    const out: ExpiringItem[] = [];
    for (const loaded of system) {
      const items = expiringSoon(await this.store.allPractitioners(loaded.generation), loaded.generation.catalog, this.today(), days);
      for (const i of items) out.push(system.length > 1 ? { ...i, facility: loaded.generation.facility.name } : i);
    }
    return system.length > 1 ? out.sort((a, b) => a.expires.localeCompare(b.expires)) : out;
  }

  /** The roster generations on hand (the one in use and those kept) and the log of imports and syncs. */
  async history(): Promise<{ generations: Awaited<ReturnType<RosterStore['generations']>>; runs: RunRecord[] }> {
    return { generations: await this.store.generations(), runs: await this.runs(50) };
  }

  /**
   * Puts a kept generation back in use (the coordinator's roll-back): every open page checks its
   * cases again, and the log records what changed, as an import does.
   */
  async rollback(id: number): Promise<RunRecord> {
    if (this.busy) await this.busy.catch(() => undefined);
    const started = Date.now();
    const kept = await this.db.generations.get(id);
    const from = kept && (await this.store.active(kept.facility.id));
    const target = await this.store.activate(id);
    const [before, after] = await Promise.all([from ? this.store.allPractitioners(from) : Promise.resolve([]), this.store.allPractitioners(target)]);
    const diff = diffRosters(before, { practitioners: after, privileges: target.catalog }, this.today());
    this.loaded = undefined;
    this.familyKeys = undefined;
    await this.ready();
    this.options.onRosterChanged?.(target.id);
    return this.record({
      at: this.now().toISOString(), kind: 'rollback', source: target.source, outcome: 'imported', generation: target.id, counts: target.counts,
      facility: { id: target.facility.id, name: target.facility.name },
      summary: `Rolled back ${(await this.ready()).length > 1 ? `${target.facility.name} ` : ''}to generation ${target.id} (generated ${target.generatedAt}): ${diff.added.length} added, ${diff.removed.length} removed, ${diff.changed.length} changed; ${diff.newlyBlocked.length} newly blocked.`,
      diff: capDiff(diff), errors: [], errorCount: 0, durationMs: Date.now() - started,
    });
  }

  /**
   * Stops using a facility's roster (the system no longer includes it, or it was added by
   * mistake): its generations go, every open page checks its cases again, and the log says so.
   * The last facility cannot be removed this way: import another roster over it instead.
   */
  async removeFacility(facilityId: string): Promise<RunRecord> {
    if (this.busy) await this.busy.catch(() => undefined);
    const system = await this.ready();
    const gone = system.find((l) => l.generation.facility.id === facilityId);
    if (!gone) throw new Error(`No roster of facility "${facilityId}" is in use.`);
    if (system.length < 2) throw new Error('The only roster in use cannot be removed; import another roster to replace it.');
    await this.store.removeFacility(facilityId);
    this.loaded = undefined;
    this.familyKeys = undefined;
    const left = await this.ready();
    this.options.onRosterChanged?.(left[0]?.generation.id ?? 0);
    const f = gone.generation.facility;
    return this.record({
      at: this.now().toISOString(), kind: 'remove', source: gone.generation.source, outcome: 'imported', facility: { id: f.id, name: f.name },
      summary: `Stopped using the roster of ${f.name}. ${left.length === 1
        ? `Only ${left[0].generation.facility.name}'s roster is in use: every case is checked against it, whatever its Location says.`
        : `A case whose Location names ${f.name} is now one whose facility InScope does not know.`}`,
      errors: [], errorCount: 0, durationMs: 0,
    });
  }

  /** The coordinator's deadlines board: expired (within a year) and expiring within `days`. */
  async deadlines(days = 90): Promise<Deadline[]> {
    const system = await this.ready();
    const out: Deadline[] = [];
    for (const loaded of system) {
      const items = deadlines(await this.store.allPractitioners(loaded.generation), loaded.generation.catalog, this.today(), { days });
      for (const d of items) out.push(system.length > 1 ? { ...d, facility: loaded.generation.facility.name } : d);
    }
    return system.length > 1 ? out.sort((a, b) => a.expires.localeCompare(b.expires)) : out;
  }

  /**
   * A schedule export (CSV) checked case by case, as `inscope audit` does: each row's verdict and
   * the reasons as bad as it. A file that cannot be read is refused, naming the line or column.
   */
  async auditSchedule(text: string): Promise<AuditRow[]> {
    let cases;
    try {
      cases = parseSchedule(text).cases;
    } catch (e) {
      if (e instanceof ScheduleError || e instanceof CsvError) throw new Error(`The schedule could not be read: ${e.message}`);
      throw e;
    }
    const system = await this.ready();
    const inputs = cases.map((c) => caseInputOf(c, (npi) => system.some((l) => !!l.engine.byNpi(npi))));
    const verdicts = await this.evaluateCases(inputs);
    return cases.map((c, i) => {
      const v = verdicts[i];
      return {
        line: c.line, ...(c.id ? { id: c.id } : {}), date: c.date ?? c.rawDate, practitioner: c.practitioner, procedure: c.procedure,
        verdict: v.verdict, reasons: mainReasons(v).map((r) => r.message),
        ...(v.practitioner ? { matched: v.practitioner.name } : {}),
        ...(v.facility ? { facility: v.facility.name } : {}),
      };
    });
  }

  /**
   * What a page needs before scanning: the rosters' family-name keys, to pick names out of text,
   * and whether several facilities are loaded (the page then sends each row's facility and room).
   */
  async pageSetup(url = ''): Promise<{ familyKeys: string[]; hasRoster: boolean; adapters: Adapter[]; notice?: string; facilities?: boolean }> {
    const adapters = (await this.settings()).siteAdapters.filter((a) => a.matches.some((p) => matchesPattern(p, url)));
    const system = await this.ready();
    // What holds back every verdict on the page (no roster, a stale one), for the page's summary chip.
    const notice = (await this.policy(system)).notice(this.now());
    const said = notice ? { notice } : {};
    if (!system.length) return { familyKeys: [], hasRoster: false, adapters, ...said };
    this.familyKeys ??= [...new Set(system.flatMap((l) => l.view.nameKeys?.family.flatMap((f) => f.split('\t')) ?? []))];
    // A health system (several rosters, or further roster URLs configured): rows say where they are.
    const several = system.length > 1 || (await this.settings()).moreRosterUrls.length > 0;
    return { familyKeys: this.familyKeys, hasRoster: true, adapters, ...said, ...(several ? { facilities: true } : {}) };
  }

  /**
   * Logs a scheduler's acknowledgement of a case. The case is checked again here: the log keeps
   * what InScope matched (practitioner id, catalog procedures, verdict, date), the preset reason
   * and the note — never the booking text the page sent.
   */
  async acknowledge(ack: Acknowledgement, origin: string, url?: string): Promise<AckRecord> {
    const [verdict] = await this.evaluateCases([ack.case], url);
    const procedures = [...new Set(verdict.procedures.filter((p) => p.status === 'matched').flatMap((p) => p.procedures.map((x) => x.procedure)))];
    const record: AckRecord = {
      at: this.now().toISOString(), origin, procedures, verdict: verdict.verdict, reason: ack.reason,
      ...(verdict.practitioner ? { practitionerId: verdict.practitioner.id } : {}),
      ...(ack.note ? { note: ack.note } : {}),
      ...(/^\d{4}-\d{2}-\d{2}$/.test(verdict.date ?? '') ? { caseDate: verdict.date } : {}),
      ...(verdict.facility ? { facility: verdict.facility.name } : {}),
    };
    record.id = await this.db.acks.add(record);
    return record;
  }

  async acknowledgements(limit = 5000): Promise<AckRecord[]> {
    return this.db.acks.orderBy('at').reverse().limit(limit).toArray();
  }

  async runs(limit = 20): Promise<RunRecord[]> {
    return this.db.runs.orderBy('at').reverse().limit(limit).toArray();
  }

  async status(): Promise<Status> {
    const settings = await this.settings();
    const system = await this.ready();
    const policy = await this.policy(system);
    const runs = await this.runs(50);
    const g = system[0]?.generation;
    const age = g ? rosterAgeHours(g.generatedAt, this.now()) : undefined;
    const facilities = system.map(({ generation: f }): FacilityStatus => ({
      facility: f.facility, generation: f.id, source: f.source, generatedAt: f.generatedAt, importedAt: f.createdAt, counts: f.counts,
      ageHours: rosterAgeHours(f.generatedAt, this.now()), stale: staleSince(f.generatedAt, this.now(), settings.maxRosterAgeHours) !== undefined,
    }));
    return {
      hasRoster: !!g,
      facilities,
      ...(g ? {
        facility: g.facility, generation: g.id, source: g.source, generatedAt: g.generatedAt, importedAt: g.createdAt,
        counts: g.counts, ageHours: age,
      } : {}),
      stale: policy.stale(this.now()),
      maxRosterAgeHours: settings.maxRosterAgeHours,
      lastRun: runs[0],
      lastSuccess: runs.find((r) => r.outcome === 'imported' || r.outcome === 'not-modified'),
      rosterUrl: settings.rosterUrl || settings.moreRosterUrls[0] || '',
      ...(this.indexTiming ? { index: this.indexTiming } : {}),
    };
  }

  /**
   * Imports a file the popup stored in `uploads`. A roster that would leave no practitioners,
   * remove more than the allowed share of them, or is older than the one in use is held until the
   * coordinator confirms (`confirm`); the upload is kept until then.
   */
  async importUpload(uploadId: string, onProgress?: (p: Progress) => void, confirm = false): Promise<RunRecord> {
    const upload = await this.db.uploads.get(uploadId);
    if (!upload) return this.fail('import', { kind: 'file', name: '(missing upload)' }, 'The file to import was not found; choose it again.', [], Date.now());
    let held = false;
    try {
      const bytes = new Uint8Array(await upload.file.arrayBuffer());
      const fallbackTime = upload.lastModified ? { at: new Date(upload.lastModified).toISOString(), from: 'file-time' as const } : undefined;
      const run = await this.importBytes(bytes, { kind: 'file', name: upload.name }, 'import', { fallbackTime, confirm, uploadId }, onProgress);
      held = run.outcome === 'held';
      return run;
    } finally {
      if (!held) await this.db.uploads.delete(uploadId);
    }
  }

  /** Drops a held import: the roster in use stays, and the log says so. */
  async discardUpload(uploadId: string): Promise<RunRecord> {
    const upload = await this.db.uploads.get(uploadId);
    await this.db.uploads.delete(uploadId);
    const name = upload?.name ?? '(the held file)';
    return this.record({
      at: this.now().toISOString(), kind: 'import', source: { kind: 'file', name }, outcome: 'kept',
      summary: `Kept the roster in use; ${name} was not imported.`, errors: [], errorCount: 0, durationMs: 0,
    });
  }

  /**
   * Fetches each configured roster (the roster URL, and a health system's more roster URLs: one
   * per facility) and imports those that changed, one after another. Each is its own run in the
   * log; with several, the answer sums them up (the worst outcome first).
   */
  async syncNow(onProgress?: (p: Progress) => void): Promise<RunRecord> {
    const settings = await this.settings();
    const urls = [...new Set([settings.rosterUrl, ...settings.moreRosterUrls].filter(Boolean))];
    if (!urls.length) {
      return this.fail('sync', { kind: 'url', name: '(none)' }, 'No roster URL is set: add one in InScope\'s options.', [], Date.now());
    }
    const runs: RunRecord[] = [];
    for (const url of urls) runs.push(await this.syncOne(url, settings, onProgress));
    if (runs.length === 1) return runs[0];
    const rank = (r: RunRecord) => ['failed', 'refused', 'held', 'imported', 'not-modified', 'kept'].indexOf(r.outcome);
    const worst = [...runs].sort((x, y) => rank(x) - rank(y))[0];
    return { ...worst, summary: runs.map((r) => `${r.facility?.name ?? r.source.name}: ${r.summary}`).join(' ') };
  }

  private async syncOne(url: string, settings: Settings, onProgress?: (p: Progress) => void): Promise<RunRecord> {
    const source: RosterSource = { kind: 'url', name: displayUrl(url) };
    const started = Date.now();
    if (this.options.canReach && !(await this.options.canReach(url))) {
      return this.fail('sync', source, `InScope has no permission to reach ${new URL(url).origin}: open the options and save the roster URL to grant it.`, [], started);
    }
    // The facility this URL last brought, for its ETag.
    const active = (await this.store.actives()).find((g) => g.source.kind === 'url' && g.source.name === source.name);
    let fetched;
    try {
      onProgress?.({ phase: 'downloading' });
      fetched = await fetchRoster(url, {
        token: settings.rosterToken || undefined,
        etag: active?.etag,
        fetch: this.options.fetch,
        timeoutMs: settings.syncTimeoutSeconds * 1000,
        attempts: settings.syncAttempts,
        ...this.options.http,
        onProgress: (p) => onProgress?.({ phase: 'downloading', done: p.bytes, total: p.total }),
      });
    } catch (e) {
      const message = e instanceof SyncError ? e.message : `Sync failed: ${(e as Error).message}. The previous roster stays in use.`;
      return this.fail('sync', source, message, [], started);
    }
    if (fetched.notModified) {
      await this.store.touch(active, fetched.etag);
      return this.record({
        at: this.now().toISOString(), kind: 'sync', source, outcome: 'not-modified', generation: active?.id,
        ...(active ? { facility: { id: active.facility.id, name: active.facility.name } } : {}),
        summary: 'The roster on the server has not changed.', errors: [], errorCount: 0, durationMs: Date.now() - started,
      });
    }
    return this.importBytes(fetched.bytes, source, 'sync', { etag: fetched.etag, fallbackTime: fetched.time, started }, onProgress);
  }

  /** Parses, validates and stores a roster text (tests, and callers that have text). */
  async importText(text: string, source: RosterSource, kind: RunRecord['kind'], etag?: string, onProgress?: (p: Progress) => void): Promise<RunRecord> {
    return this.importBytes(new TextEncoder().encode(text), source, kind, { etag }, onProgress);
  }

  /** Decodes, validates and stores a roster file's bytes; one run at a time. */
  async importBytes(bytes: Uint8Array, source: RosterSource, kind: RunRecord['kind'], how: ImportHow = {}, onProgress?: (p: Progress) => void): Promise<RunRecord> {
    while (this.busy) await this.busy.catch(() => undefined);
    const run = this.doImport(bytes, source, kind, how, onProgress);
    this.busy = run;
    try {
      return await run;
    } finally {
      this.busy = undefined;
    }
  }

  private async doImport(
    bytes: Uint8Array, source: RosterSource, kind: RunRecord['kind'], how: ImportHow,
    onProgress: ((p: Progress) => void) | undefined,
  ): Promise<RunRecord> {
    const { etag } = how;
    const started = how.started ?? Date.now();
    onProgress?.({ phase: 'parsing' });
    const actives = await this.store.actives();
    const timings: NonNullable<RunRecord['timings']> = {};
    const t0 = performance.now();
    const read = (catalogOf: GenerationRecord | undefined) => readRosterBytes(bytes, source.name, { catalog: catalogOf?.catalog, now: this.now(), timings, fallbackTime: how.fallbackTime });
    // A CSV or FHIR update is read with its facility's catalog: the only facility's, else the one the file names.
    let { format, result, encoding } = read(actives.length === 1 ? actives[0] : undefined);
    const rejected = (errors: RosterError[]) => this.fail(kind, source, `The roster was rejected: ${errors.length} error${errors.length === 1 ? '' : 's'} (first: ${errors[0].path}: ${errors[0].message}). The previous roster stays in use.`, errors, started);
    if (!result.ok) return rejected(result.errors);
    const named = result.roster.facility;
    let active = actives.find((g) => g.facility.id === named.id);
    if (format !== 'json') {
      const what = format === 'csv' ? 'CSV' : 'FHIR';
      const stated = named.id !== UNNAMED_FACILITY;
      if (!stated && actives.length > 1) {
        return this.fail(kind, source, `The ${what} roster does not say which facility it is for (${format === 'csv' ? 'a facility_id column' : 'an Organization'}), and ${actives.length} facilities' rosters are in use: add it to the file. The rosters in use stay.`, [], started);
      }
      if (!stated) active = actives[0];
      if (!active) {
        return this.fail(kind, source, `A ${what} roster carries no privilege catalog: import a canonical JSON roster${stated && actives.length ? ` for ${named.name}` : ''} first, then ${what} updates.`, [], started);
      }
      if (actives.length > 1) {
        ({ format, result, encoding } = read(active));
        if (!result.ok) return rejected(result.errors);
      }
      // The facility as the catalog's roster names it (aliases included), when the file says no more.
      if (!stated || !result.roster.facility.aliases) result.roster.facility = { ...active.facility, ...(stated ? { id: named.id, name: named.name } : {}) };
    }
    if (timings.validateMs === undefined) timings.validateMs = performance.now() - t0;
    const facility = { id: result.roster.facility.id, name: result.roster.facility.name };
    // A CSV or FHIR update carries no catalog, and so no facility vocabulary: the one in use stays.
    if (format !== 'json' && active?.vocabulary && !result.roster.vocabulary) result.roster.vocabulary = active.vocabulary;
    const problem = await this.replacementProblem(result.roster, kind);
    if (problem && (kind === 'sync' || !how.confirm)) {
      const what = kind === 'sync' ? 'Sync refused' : 'Not imported yet';
      return this.record({
        at: this.now().toISOString(), kind, source, outcome: kind === 'sync' ? 'refused' : 'held',
        summary: kind === 'sync'
          ? `${what}: the roster from ${source.name} ${problem}. The previous roster stays in use; if the change is real, import the file and confirm it.`
          : `${what}: ${source.name} ${problem}. ${active ? 'Replace the roster in use with it anyway, or keep the current one?' : 'Add it anyway, or keep the rosters in use as they are?'}`,
        facility,
        ...(how.uploadId && kind === 'import' ? { heldUpload: how.uploadId } : {}),
        ...(active ? {} : { newFacility: true }),
        generatedAtFrom: result.generatedAtFrom, ...(encoding ? { encoding } : {}),
        errors: [], errorCount: 0, durationMs: Date.now() - started,
      });
    }
    let committed;
    const t1 = performance.now();
    try {
      committed = await this.store.commit(result.roster, {
        source, format, etag, today: this.today(), keep: (await this.settings()).keptGenerations,
        onProgress: (p) => onProgress?.({ phase: p.phase, done: p.done, total: p.total }),
      });
    } catch (e) {
      const quota = /quota/i.test(String((e as Error).name) + String((e as Error).message));
      return this.fail(kind, source, quota
        ? 'The browser ran out of storage for the roster; the previous roster stays in use.'
        : `Storing the roster failed (${(e as Error).message}); the previous roster stays in use.`, [], started);
    }
    timings.storeMs = performance.now() - t1;
    Object.assign(timings, committed.timings);
    onProgress?.({ phase: 'indexing' });
    const t2 = performance.now();
    this.loaded = undefined;
    this.familyKeys = undefined;
    await this.ready();
    timings.indexMs = performance.now() - t2;
    const { generation, diff } = committed;
    const c = generation.counts;
    this.options.onRosterChanged?.(generation.id);
    // The catalog read through the vocabulary: which lines InScope understood (the coordinator can fix the rest).
    const loadedNow = await this.ready();
    const mine = loadedNow.find((l) => l.generation.id === generation.id);
    const report = mine ? catalogReport(mine.engine.matcher) : undefined;
    return this.record({
      at: this.now().toISOString(), kind, source, outcome: 'imported', generation: generation.id, counts: c, facility,
      summary: `Imported ${c.practitioners} practitioners${loadedNow.length > 1 ? ` for ${facility.name}` : ''} (${diff.added.length} added, ${diff.removed.length} removed, ${diff.changed.length} changed; ${diff.newlyBlocked.length} newly blocked).`,
      generatedAtFrom: result.generatedAtFrom, ...(encoding ? { encoding } : {}),
      diff: capDiff(diff), errors: [], errorCount: 0, durationMs: Date.now() - started, timings,
      ...(report ? { catalog: { ...report, ownWords: report.ownWords.slice(0, 50) } } : {}),
    });
  }

  /**
   * Why replacing the roster in use with `roster` needs a person's decision: it holds no
   * practitioners, removes more than the allowed share of them, or is older than the one in use.
   */
  private async replacementProblem(roster: Roster, kind: RunRecord['kind']): Promise<string | undefined> {
    if (!roster.practitioners.length) return 'holds no practitioners: it would leave every case unknown';
    const system = await this.ready();
    const loaded = system.find((l) => l.generation.facility.id === roster.facility.id);
    // A file for a facility not in use yet adds it beside the others: the coordinator confirms that once.
    if (!loaded && system.length && kind === 'import') {
      return `is the roster of ${roster.facility.name} (${roster.facility.id}), a facility not in use yet: it would be added beside ${system.map((l) => l.generation.facility.name).join(', ')}, and each case checked at its own facility`;
    }
    if (!loaded) return undefined;
    const inUse = loaded.generation;
    if (new Date(roster.generatedAt).getTime() < new Date(inUse.generatedAt).getTime()) {
      return `was generated ${roster.generatedAt}, before the roster in use (generated ${inUse.generatedAt})`;
    }
    const { maxRemovedPercent } = await this.settings();
    const ids = new Set(roster.practitioners.map((p) => p.id));
    const before = loaded.view.people;
    let removed = 0;
    for (const p of before) if (!ids.has(p.id)) removed++;
    const share = before.length ? (removed / before.length) * 100 : 0;
    if (share > maxRemovedPercent) {
      return `would remove ${removed} of the ${before.length} practitioners in use (${Math.round(share)}%; the limit is ${maxRemovedPercent}%)`;
    }
    return undefined;
  }

  private fail(kind: RunRecord['kind'], source: RosterSource, summary: string, errors: RosterError[], started: number): Promise<RunRecord> {
    return this.record({
      at: this.now().toISOString(), kind, source, outcome: 'failed', summary,
      errors: errors.slice(0, MAX_STORED_ERRORS), errorCount: errors.length, durationMs: Date.now() - started,
    });
  }

  private async record(run: RunRecord): Promise<RunRecord> {
    const id = await this.db.runs.add(run);
    // Keep the log short.
    const old = await this.db.runs.orderBy('at').reverse().offset(200).primaryKeys();
    if (old.length) await this.db.runs.bulkDelete(old);
    return { ...run, id };
  }
}

function facilityRefOf(l: Loaded): FacilityRef {
  return { id: l.generation.facility.id, name: l.generation.facility.name };
}

function capDiff<T extends { added: unknown[]; removed: unknown[]; changed: unknown[]; newlyBlocked: unknown[] }>(d: T): T {
  return { ...d, added: d.added.slice(0, 500), removed: d.removed.slice(0, 500), changed: d.changed.slice(0, 500), newlyBlocked: d.newlyBlocked.slice(0, 500) };
}
